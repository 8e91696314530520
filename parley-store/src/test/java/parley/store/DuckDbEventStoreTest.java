package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static parley.store.Fixtures.document;
import static parley.store.Fixtures.event;
import static parley.store.Fixtures.story;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Deadline;
import parley.core.doc.Document;
import parley.core.doc.Evidence;
import parley.core.doc.Mode;
import parley.core.doc.Quote;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;

class DuckDbEventStoreTest {
  @TempDir Path dir;

  @Test
  void write_handBuiltDocument_readsBackEveryEventField() {
    Document doc = document("seoul", story(1), "2019-11-10", "wire",
            event("seoul#e1", "USA", "PRK", "026", "2019-11-10"),
            event("seoul#e2", "KORGOV", null, "0311", "2019-11", Mode.HYPOTHETICAL))
        .withQuotes(List.of(new Quote(Optional.of(ActorRef.of("KORGOV", "Chung", new Span(0, 5))), "Only if", new Span(10, 17), true)))
        .withTimes(List.of(new TimeExpression("on Friday", new Span(20, 29), Optional.of("2019-11-08"))))
        .withDeadlines(List.of(new Deadline(Optional.of(ActorRef.of("PRKGOV", "Kim", new Span(0, 3))),
            Optional.empty(), Optional.of("talks"), Optional.of("2019-12-31"), Optional.of("2019-04"),
            new Evidence("by year-end", new Span(30, 41)))))
        .withActors(List.of(new ActorMention(1, 0, 1, 1, ActorRef.of("USA", "The US", new Span(0, 6)), "name")));
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("p.duckdb"))) {
      store.write(List.of(doc));
      assertThat(new StoredEvents(store).of("seoul")).containsExactlyElementsOf(doc.events());
      StoreCounts counts = store.counts();
      assertThat(counts.documents()).isEqualTo(1);
      assertThat(counts.events()).isEqualTo(2);
      assertThat(counts.quotes()).isEqualTo(1);
      assertThat(counts.times()).isEqualTo(1);
      assertThat(counts.deadlines()).isEqualTo(1);
      assertThat(counts.actors()).isEqualTo(1);
    }
  }

  @Test
  void holds_sameIdOrSameText_evenAfterReopening() {
    Path file = dir.resolve("p.duckdb");
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      store.write(List.of(document("a", story(1), "2020-01-01", "wire")));
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      assertThat(store.holds(document("a", story(2), "2020-01-01", "wire"))).isTrue();
      assertThat(store.holds(document("b", "  " + story(1).replace(" ", "\n "), "2020-01-01", "wire"))).isTrue();
      assertThat(store.holds(document("c", story(3), "2020-01-01", "wire"))).isFalse();
    }
  }

  @Test
  void known_sameIdOrSameText_evenAfterReopening() {
    Path file = dir.resolve("p.duckdb");
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      store.write(List.of(document("a", story(1), "2020-01-01", "wire"), document("b", story(2), "2020-01-01", "wire")));
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      KnownDocuments known = store.known();
      assertThat(known.size()).isEqualTo(2);
      assertThat(known.knows(document("a", story(7), "2020-01-01", "wire"))).isTrue();
      assertThat(known.knows(document("z", "  " + story(2).replace(" ", "\n "), "2020-01-01", "wire"))).isTrue();
      assertThat(known.knows(document("c", story(3), "2020-01-01", "wire"))).isFalse();
    }
  }

  @Test
  void known_emptyStore_knowsNothing() {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("p.duckdb"))) {
      assertThat(store.known().size()).isZero();
      assertThat(store.known().knows(document("a", story(1), "2020-01-01", "wire"))).isFalse();
    }
  }

  @Test
  void write_failureMidBatch_storesNothingOfThatBatch() {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("p.duckdb"))) {
      store.write(List.of(document("first", story(0), "2020-01-01", "wire", event("first#e1", "USA", "RUS", "010", "2020-01-01"))));
      List<Document> batch = List.of(
          document("a", story(1), "2020-01-01", "wire", event("a#e1", "USA", "CHN", "010", "2020-01-01")),
          document("b", story(2), "2020-01-01", "wire", event("b#e1", "USA", "CHN", "190", "2020-01-01")),
          document("a", story(3), "2020-01-01", "wire", event("a#e9", "USA", "CHN", "190", "2020-01-01")));
      assertThatThrownBy(() -> store.write(batch)).isInstanceOf(StoreException.class);
      assertThat(store.counts().documents()).isEqualTo(1);
      assertThat(store.counts().events()).isEqualTo(1);
      store.write(batch.subList(0, 2));
      assertThat(store.counts().documents()).isEqualTo(3);
      assertThat(store.counts().events()).isEqualTo(3);
    }
  }

  @Test
  void reject_sameInputTwice_isRecordedOnce() {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("p.duckdb"))) {
      store.reject("news.jsonl", 7, "malformed JSON");
      store.reject("news.jsonl", 7, "malformed JSON");
      store.reject("gone.txt", 0, "no such file or folder");
      assertThat(store.counts().rejectedInputs()).isEqualTo(2);
    }
  }

  @Test
  void open_garbageFile_saysItIsNotAParleyDatabase() throws Exception {
    Path file = dir.resolve("junk.duckdb");
    byte[] junk = "this is no database at all, just some words repeated. ".repeat(200).getBytes();
    Files.write(file, junk);
    assertThatThrownBy(() -> DuckDbEventStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(file + ": not a Parley database");
    assertThat(Files.readAllBytes(file)).isEqualTo(junk);
  }

  @Test
  void open_someoneElsesDuckDb_isRefusedUntouched() throws Exception {
    Path file = dir.resolve("other.duckdb");
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + file); var st = c.createStatement()) {
      st.execute("CREATE TABLE sales (id INTEGER)");
    }
    assertThatThrownBy(() -> DuckDbEventStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessage(file + ": not a Parley database (it holds other tables: sales)");
  }

  @Test
  void openReadOnly_missingFile_saysSo() {
    Path file = dir.resolve("none.duckdb");
    assertThatThrownBy(() -> DuckDbEventStore.openReadOnly(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no such database");
    assertThat(file).doesNotExist();
  }

  @Test
  void migrations_splitTheSchemaIntoStatements() {
    List<String> statements = Migrations.statements(Migrations.script(1));
    assertThat(statements).anyMatch(s -> s.startsWith("CREATE TABLE events"));
    assertThat(statements).noneMatch(s -> s.contains("--"));
  }
}
