package parley.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTimingsTest {
  @Test
  void seconds_sumsPerStageInFirstReportedOrder() {
    StageTimings timings = new StageTimings();
    timings.add("nlp", 1_000_000_000L);
    timings.add("actors", 500_000_000L);
    timings.add("nlp", 1_000_000_000L);
    assertThat(timings.seconds()).containsExactly(
        org.assertj.core.api.Assertions.entry("nlp", 2.0),
        org.assertj.core.api.Assertions.entry("actors", 0.5));
  }

  @Test
  void clear_zeroesFiguresAndKeepsOrder() {
    StageTimings timings = new StageTimings();
    timings.add("nlp", 7L);
    timings.add("events", 9L);
    timings.clear();
    timings.add("events", 2_000_000_000L);
    assertThat(timings.seconds()).containsExactly(
        org.assertj.core.api.Assertions.entry("nlp", 0.0),
        org.assertj.core.api.Assertions.entry("events", 2.0));
  }
}
