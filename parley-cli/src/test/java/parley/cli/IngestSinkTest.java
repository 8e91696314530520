package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.doc.Document;
import parley.store.DuckDbEventStore;

class IngestSinkTest {
  @TempDir Path dir;

  private static Document article(String id, String text) {
    return Document.of(id, text, Optional.of(LocalDate.of(2021, 3, 4)));
  }

  @Test
  void accept_sameArticleTwiceInOneRun_codedOnce() {
    List<String> coded = new ArrayList<>();
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("p.duckdb"))) {
      IngestSink sink = new IngestSink(store, d -> coded.add(d.id()), new PrintWriter(new StringWriter()));
      sink.accept(article("one", "The minister met the envoy in the capital."));
      sink.accept(article("one", "The minister met the envoy in the capital."));
      sink.accept(article("copy", "The minister  met the envoy\nin the capital. "));
      sink.accept(article("one", "A different story under the same name."));
      sink.accept(article("two", "Rebels shelled the northern town."));
      assertThat(coded).containsExactly("one", "two");
      assertThat(sink.read()).isEqualTo(5);
      assertThat(sink.skipped()).isEqualTo(3);
    }
  }

  @Test
  void accept_articlesStoredBefore_skippedByIdOrText() {
    Path file = dir.resolve("p.duckdb");
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      store.write(List.of(article("kept", "Talks resumed on Monday."), article("other", "The army withdrew.")));
    }
    List<String> coded = new ArrayList<>();
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      IngestSink sink = new IngestSink(store, d -> coded.add(d.id()), new PrintWriter(new StringWriter()));
      sink.accept(article("kept", "A rewritten story."));
      sink.accept(article("renamed", "The army   withdrew."));
      sink.accept(article("new", "Protesters gathered outside parliament."));
      assertThat(coded).containsExactly("new");
      assertThat(sink.skipped()).isEqualTo(2);
    }
  }
}
