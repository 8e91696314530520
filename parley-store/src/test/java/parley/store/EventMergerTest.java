package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.store.Fixtures.document;
import static parley.store.Fixtures.event;
import static parley.store.Fixtures.story;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.doc.Document;

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
