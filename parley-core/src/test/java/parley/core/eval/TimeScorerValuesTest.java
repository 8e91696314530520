package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;

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

  @Test
  void predictedTimesOverlappingNoGoldTimeAreListedForReading() {
    String text = "Talks ended on Friday and resume next week, officials said last night.";
    Optional<LocalDate> day = Optional.of(LocalDate.of(2019, 11, 10));
    GoldDocument gold = new GoldDocument("d1", text, day,
        List.of(new GoldTime("Friday", Optional.empty(), "2019-11-08", "DATE")), List.of());
    Document predicted = Document.of("d1", text, day).withTimes(List.of(
        new TimeExpression("on Friday", new Span(12, 21), Optional.of("2019-11-08")),
        new TimeExpression("next week", new Span(33, 42), Optional.of("2019-W46")),
        new TimeExpression("last night", new Span(59, 69), Optional.empty())));

    assertThat(TimeScorer.unmatched(gold, predicted))
        .containsExactly("d1 2019-11-10 'next week' = 2019-W46", "d1 2019-11-10 'last night' = (none)");
    assertThat(TimeScorer.errors(gold, predicted)).isEmpty();
  }
}
