package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.store.Fixtures.document;
import static parley.store.Fixtures.event;
import static parley.store.Fixtures.story;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.doc.Document;
import parley.core.doc.Event;

class EventMergerTest {
  @TempDir Path dir;

  @Test
  void merge_sameDyadRootWithinWindow_becomesOneEventCountingWireCopiesOnce() throws Exception {
    String wire = story(7);
    String copy = "Republished by another paper. " + wire.replace("w7x59.", "w7x59 and more.");
    List<Document> docs = List.of(
        document("d1", wire, "2019-11-10", "wire", event("d1#e1", "USA", "PRK", "026", "2019-11-10"),
            event("d1#e2", "USA", "PRK", "020", "2019-11-10")),
        document("d2", story(8), "2019-11-11", "ap", event("d2#e1", "USA", "PRK", "021", "2019-11-11")),
        document("d3", copy, "2019-11-12", "times", event("d3#e1", "USA", "PRK", "026", "2019-11-13")),
        document("d4", story(9), "2019-11-20", "ap", event("d4#e1", "USA", "PRK", "026", "2019-11-20")),
        document("d5", story(10), "2019-11-10", "ap", event("d5#e1", "PRK", "USA", "026", "2019-11-10")),
        document("d6", story(11), "2019-11-10", "ap", event("d6#e1", "USA", "PRK", "190", "2019-11-10")));
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("m.duckdb"))) {
      store.write(docs);
      MergeSummary summary = store.merge(MergeSettings.defaults());
      assertThat(summary.duplicateDocuments()).isEqualTo(1);
      assertThat(summary.mentions()).isEqualTo(7);
      assertThat(summary.mergedEvents()).isEqualTo(4);
      assertThat(rows(store, "SELECT document_id || '~' || original_id FROM duplicates")).containsExactly("d3~d1");
      assertThat(rows(store, "SELECT source_code || '>' || target_code || ' ' || root || ' ' || day || ' m'"
          + " || num_mentions || ' s' || num_sources || ' a' || num_articles || ' ' || first_event_id"
          + " FROM merged_events ORDER BY day, source_code, root")).containsExactly(
              "PRK>USA 02 2019-11-10 m1 s1 a1 d5#e1",
              "USA>PRK 02 2019-11-10 m4 s3 a2 d1#e1",
              "USA>PRK 19 2019-11-10 m1 s1 a1 d6#e1",
              "USA>PRK 02 2019-11-20 m1 s1 a1 d4#e1");
      assertThat(rows(store, "SELECT event_id FROM mentions WHERE is_duplicate")).containsExactly("d3#e1");
    }
  }

  @Test
  void merge_rebuiltTwice_givesTheSameTables() {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("m.duckdb"))) {
      store.write(List.of(document("a", story(1), "2020-01-01", "x", event("a#e1", "USA", "IRN", "173", "2020-01-01"))));
      MergeSummary first = store.merge(MergeSettings.defaults());
      assertThat(store.merge(MergeSettings.defaults())).isEqualTo(first);
      assertThat(first.mergedEvents()).isEqualTo(1);
    }
  }

  @Test
  void merge_afterTwoMoreIngests_equalsAFullRebuild() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("m.duckdb"))) {
      store.write(documents(random, 0, 80));
      store.write(List.of(document("anchor", story(800), "2019-06-01", "x", event("anchor#e1", "KOR", "JPN", "036", "2019-06-01"))));
      store.merge(MergeSettings.defaults());
      List<String> anchor = rows(store, "SELECT id FROM merged_events WHERE first_event_id = 'anchor#e1'");
      store.write(documents(random, 80, 50));
      store.write(List.of(document("joiner", story(801), "2019-06-03", "y", event("joiner#e1", "KOR", "JPN", "036", "2019-06-03"))));
      store.write(List.of(document("early-copy", "Copied early. " + story(3), "2019-12-31", "first"),
          document("late-bridge", story(900), "2020-01-05", "bridge", event("late-bridge#e1", "USA", "CHN", "010", "2020-01-20"),
              event("late-bridge#e2", "USA", "CHN", "190", "2020-01-18"), event("late-bridge#e3", "RUS", null, "173", "2019-12-01"))));
      store.merge(MergeSettings.defaults());
      store.write(documents(random, 130, 30));
      MergeSummary incremental = store.merge(MergeSettings.defaults());
      List<List<String>> tables = mergeTables(store);
      store.inTransaction(() -> new EventMerger(store.connection()).rebuild(MergeSettings.defaults()));
      assertThat(mergeTables(store)).isEqualTo(tables);
      assertThat(store.merge(MergeSettings.defaults())).isEqualTo(incremental);
      assertThat(rows(store, "SELECT id || ' ' || num_mentions FROM merged_events WHERE first_event_id = 'anchor#e1'"))
          .containsExactly(anchor.get(0) + " 2");
      assertThat(incremental.duplicateDocuments()).isGreaterThan(2);
    }
  }

  @Test
  void merge_withOtherSettings_rebuildsEverything() {
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("m.duckdb"))) {
      store.write(List.of(document("a", story(1), "2020-01-01", "x", event("a#e1", "USA", "IRN", "173", "2020-01-01")),
          document("b", story(2), "2020-01-06", "x", event("b#e1", "USA", "IRN", "173", "2020-01-06"))));
      assertThat(store.merge(MergeSettings.defaults()).mergedEvents()).isEqualTo(2);
      assertThat(store.merge(new MergeSettings(5, 0.8)).mergedEvents()).isEqualTo(1);
    }
  }

  /** Documents {@code first..first+count-1}: few dyads and roots over a month, so reports chain; some wire copies. */
  private static List<Document> documents(SplittableRandom random, int first, int count) {
    String[] actors = {"USA", "CHN", "RUS", null};
    String[] codes = {"010", "042", "190"};
    List<Document> docs = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      LocalDate published = LocalDate.of(2019, 12, 10).plusDays(random.nextInt(40));
      String id = "doc" + i;
      String text = random.nextInt(6) == 0 && i > 5 ? "Also in print. " + story(random.nextInt(i)) : story(i);
      List<Event> events = new ArrayList<>();
      for (int e = 1; e <= 1 + random.nextInt(3); e++) {
        String day = published.minusDays(random.nextInt(4)).toString();
        events.add(event(id + "#e" + e, actors[random.nextInt(3)], actors[random.nextInt(4)],
            codes[random.nextInt(codes.length)], random.nextInt(10) == 0 ? "2019" : day));
      }
      docs.add(document(id, text, published.toString(), "outlet" + random.nextInt(4), events.toArray(Event[]::new)));
    }
    return docs;
  }

  private static List<List<String>> mergeTables(DuckDbEventStore store) throws Exception {
    return List.of(
        rows(store, "SELECT m::VARCHAR FROM merged_events m ORDER BY id"),
        rows(store, "SELECT m::VARCHAR FROM mentions m ORDER BY event_id, document_id"),
        rows(store, "SELECT d::VARCHAR FROM duplicates d ORDER BY document_id"));
  }

  @Test
  void minHash_nearCopiesAreSimilar_unrelatedTextsAreNot() {
    long[] a = MinHash.signature(story(1)).orElseThrow();
    long[] b = MinHash.signature("Intro words here. " + story(1)).orElseThrow();
    long[] c = MinHash.signature(story(2)).orElseThrow();
    assertThat(MinHash.similarity(a, b)).isGreaterThan(0.8);
    assertThat(MinHash.similarity(a, c)).isLessThan(0.1);
    assertThat(MinHash.signature("too short")).isEmpty();
  }

  static List<String> rows(DuckDbEventStore store, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
