package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeScorerValuesTest {
  @Test
  void valuesCompareInOneSpelling() {
    assertThat(TimeScorer.sameValue("2000-W7", "2000-W07")).isTrue();
    assertThat(TimeScorer.sameValue("1968-XX", "1968")).isTrue();
    assertThat(TimeScorer.sameValue("1994-XX-XX", "1994")).isTrue();
    assertThat(TimeScorer.sameValue("1998-10", "1998")).isFalse();
    assertThat(TimeScorer.sameValue("199X", "199")).isFalse();
    assertThat(TimeScorer.sameValue("P30M", "P2Y6M")).isTrue();
    assertThat(TimeScorer.sameValue("PT5H30M", "PT330M")).isTrue();
    assertThat(TimeScorer.sameValue("P2Y6M", "P2Y")).isFalse();
    assertThat(TimeScorer.sameValue("PT1H30M", "P1Y30M")).isFalse();
    assertThat(TimeScorer.sameValue("1989-11-06T17", "1989-11-06T17:00")).isTrue();
    assertThat(TimeScorer.sameValue("1989-10-27T24", "1989-10-27T24:00")).isTrue();
    assertThat(TimeScorer.sameValue("1989-11-06T17", "1989-11-06T17:30")).isFalse();
  }
}
