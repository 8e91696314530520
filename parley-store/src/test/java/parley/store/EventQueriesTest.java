package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.store.Fixtures.document;
import static parley.store.Fixtures.event;
import static parley.store.Fixtures.story;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.doc.Mode;

class EventQueriesTest {
  @TempDir Path dir;
  DuckDbEventStore store;

  @BeforeEach
  void fill() {
    store = DuckDbEventStore.open(dir.resolve("q.duckdb"));
    store.write(List.of(
        document("a", story(1), "2020-03-02", "x",
            event("a#e1", "USAGOV", "CHN", "036", "2020-03-02"),         // quad 1, +3
            event("a#e2", "CHNGOV", "USA", "111", "2020-03-03")),        // quad 3, -2
        document("b", story(2), "2020-03-12", "x",
            event("b#e1", "USA", "CHNMIL", "190", "2020-03-12"),         // quad 4, -9
            event("b#e2", "USA", "CHN", "057", "2020-03-12", Mode.HYPOTHETICAL)),
        document("c", story(3), "2020-04-20", "x",
            event("c#e1", "CHN", "USA", "061", "2020-04-20"),            // quad 2, +6
            event("c#e2", "USA", "RUS", "036", "2020-04-20"))));
    store.merge(MergeSettings.defaults());
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  @Test
  void dyad_byMonth_countsQuadClassesAndGoldsteinInBothDirections() {
    Rows rows = new EventQueries(store).dyad("usa", "CHN", EventQueries.Period.month,
        Optional.of("asserted"), false, Optional.empty(), Optional.empty());
    assertThat(rows.columns()).containsExactly("period", "direction", "events", "verbal_coop",
        "material_coop", "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean");
    assertThat(rows.values()).containsExactly(
        List.of("2020-03-01", "CHN>USA", 1L, 0L, 0L, 1L, 0L, -2.0, -2.0),
        List.of("2020-03-01", "USA>CHN", 2L, 1L, 0L, 0L, 1L, -6.0, -3.0),
        List.of("2020-04-01", "CHN>USA", 1L, 0L, 1L, 0L, 0L, 6.0, 6.0));
  }

  @Test
  void dyad_byWeek_splitsMarch() {
    Rows rows = new EventQueries(store).dyad("USA", "CHN", EventQueries.Period.week,
        Optional.of("asserted"), true, Optional.empty(), Optional.of(LocalDate.parse("2020-03-31")));
    assertThat(rows.values()).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)).containsExactly(
        "2020-03-02 CHN>USA 1", "2020-03-02 USA>CHN 1", "2020-03-09 USA>CHN 1");
  }

  @Test
  void events_actorPrefixAndMode() {
    EventQueries queries = new EventQueries(store);
    EventFilter usa = new EventFilter(Optional.of("USA"), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of("asserted"), Optional.empty(), Optional.empty(),
        Optional.empty(), 0);
    assertThat(queries.events(usa).values()).extracting(r -> r.get(0))
        .containsExactly("a#e1", "a#e2", "b#e1", "c#e1", "c#e2");
    EventFilter anyMode = new EventFilter(Optional.empty(), Optional.of("CHN"), Optional.of("USA"),
        Optional.empty(), Optional.of("5"), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of("EVIDENCE OF B"), 0);
    assertThat(queries.events(anyMode).values()).extracting(r -> r.get(0)).containsExactly("b#e2");
  }

  @Test
  void actors_mostActiveFirst() {
    Rows rows = new EventQueries(store).actors(Optional.of("asserted"), 2);
    assertThat(rows.values()).containsExactly(List.of("USA", 2L, 2L, 4L), List.of("CHN", 1L, 1L, 2L));
  }
}
