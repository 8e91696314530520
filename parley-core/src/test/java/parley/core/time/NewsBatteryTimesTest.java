package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;
import parley.core.quote.Parses;

/** Time values of wire-news sentences written for the test: clock zones, halves, weekends, day parts, deadlines. */
class NewsBatteryTimesTest {
  /** A Tuesday. */
  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 6);
  private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 18);

  @Test
  void fourDigitClockWithAnyZone_isATimeOfDay_notAYear() {
    assertThat(ResolvedTimes.listed("Markets closed at 1600 EST on Tuesday.", JANUARY))
        .containsExactly("at 1600 EST on Tuesday = 2026-01-06T16:00");
    assertThat(ResolvedTimes.listed("Trading resumes at 0930 EDT.", JANUARY)).containsExactly("at 0930 EDT = 2026-01-06T09:30");
    // a year stays a year
    assertThat(ResolvedTimes.listed("The fort was built in 1600 by traders.", JANUARY)).containsExactly("in 1600 = 1600");
  }

  @Test
  void partOfADayToldBefore_keepsThePart() {
    assertThat(ResolvedTimes.listed("He met the governor that evening.", JANUARY)).containsExactly("that evening = 2026-01-06TEV");
    assertThat(ResolvedTimes.listed("On Sunday the rebels attacked. That night, the army struck back.", JANUARY))
        .containsExactly("On Sunday = 2026-01-04", "That night = 2026-01-04TNI");
    assertThat(ResolvedTimes.listed("On Sunday the rebels attacked. The next day, the army struck back.", JANUARY))
        .containsExactly("On Sunday = 2026-01-04", "The next day = 2026-01-05");
  }

  @Test
  void halfOfTheYear_isValuedAsAHalf() {
    assertThat(ResolvedTimes.listed("Growth will pick up in the second half of the year.", JANUARY))
        .containsExactly("in the second half of the year = 2026-H2");
    assertThat(ResolvedTimes.listed("The bank expects a recovery in the first half of next year.", JANUARY))
        .containsExactly("in the first half of next year = 2027-H1");
    // a past verb's half not yet over when told is last year's
    assertThat(ResolvedTimes.listed("Output fell in the first half of the year.", JANUARY))
        .containsExactly("in the first half of the year = 2025-H1");
    assertThat(ResolvedTimes.listed("Output fell in the first half of the year.", NOVEMBER))
        .containsExactly("in the first half of the year = 2026-H1");
  }

  @Test
  void weekendUnderAFutureVerb_isTheComingOne() {
    assertThat(ResolvedTimes.listed("Markets will reopen after the weekend.", JANUARY))
        .containsExactly("after the weekend = 2026-W02-WE");
    // told in the past on a Tuesday, it is the one just over
    assertThat(ResolvedTimes.listed("The rallies were held over the weekend.", JANUARY))
        .containsExactly("the weekend = 2026-W01-WE");
    assertThat(ResolvedTimes.listed("Markets will reopen next weekend.", JANUARY)).containsExactly("next weekend = 2026-W02-WE");
  }

  @Test
  void deadlineOfAStandingRequest_liesAhead() {
    String text = "The agency has requested the documents by March 12.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det agency/NN/4/nsubj has/VBZ/4/aux/have requested/VBN/0/root/request "
        + "the/DT/6/det documents/NNS/4/obj/document by/IN/8/case March/NNP/4/obl 12/CD/8/nummod ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "March 12", NOVEMBER, List.of(s))).isEqualTo("2027-03-12");
    // a plain past request may be long over: the nearest reading stays
    String past = "The agency requested the documents by March 12.";
    Sentence p = Parses.sentence(past, 0, 0, "The/DT/2/det agency/NN/3/nsubj requested/VBD/0/root/request the/DT/5/det "
        + "documents/NNS/3/obj/document by/IN/7/case March/NNP/3/obl 12/CD/7/nummod ./././punct");
    assertThat(ResolvedTimes.valueOf(past, "March 12", NOVEMBER, List.of(p))).isEqualTo("2026-03-12");
  }

  @Test
  void previousQuarterAfterANamedQuarter_isTheOneBeforeIt() {
    assertThat(ResolvedTimes.listed("The economy grew 2 percent in the third quarter from the previous quarter.", JANUARY))
        .containsExactly("in the third quarter = 2025-Q3", "from the previous quarter = 2025-Q2");
  }

  @Test
  void quarterEndedOnAQuarterEnd_isThatQuarter() {
    assertThat(ResolvedTimes.listed("The group posted results for the quarter ended Sept. 30.", LocalDate.of(2026, 6, 15)))
        .containsExactly("for the quarter = 2025-Q3", "Sept. 30 = 2025-09-30");
    // a fiscal quarter ending in another month keeps its reading
    assertThat(ResolvedTimes.listed("The group posted results for the quarter ended July 31.", LocalDate.of(2026, 9, 15)))
        .doesNotContain("for the quarter = 2026-Q3");
  }

  @Test
  void marchOrMayClosingAMonthRange_isAMonth() {
    assertThat(ResolvedTimes.listed("The program ran from January to March.", LocalDate.of(2026, 6, 15)))
        .containsExactly("from January = 2026-01", "March = 2026-03");
    assertThat(ResolvedTimes.listed("Sales rose between April and May.", LocalDate.of(2026, 6, 15)))
        .containsExactly("April = 2026-04", "May = 2026-05");
    // the modal stays a modal
    assertThat(ResolvedTimes.listed("Prices rose in January and may rise again.", LocalDate.of(2026, 6, 15)))
        .containsExactly("in January = 2026-01");
  }

  @Test
  void bareMidnightUnderAPastVerb_isTheOneThatOpenedTheDay() {
    assertThat(ResolvedTimes.listed("The fire broke out just after midnight.", JANUARY))
        .containsExactly("after midnight = 2026-01-05T24:00");
    assertThat(ResolvedTimes.listed("The curfew will begin at midnight.", JANUARY)).containsExactly("at midnight = 2026-01-06T24:00");
  }

  @Test
  void overnightAfterAPastMidnight_isTheNightThatMidnightFellIn() {
    assertThat(ResolvedTimes.listed("The strike began just after midnight. In overnight talks, the sides made progress.", JANUARY))
        .containsExactly("after midnight = 2026-01-05T24:00", "In overnight = 2026-01-05TNI");
  }

  @Test
  void theNewYearInLowerCase_isAYear_notTheHoliday() {
    assertThat(ResolvedTimes.listed("The talks will continue into the new year.", LocalDate.of(2025, 12, 29)))
        .containsExactly("new year = 2026");
    assertThat(ResolvedTimes.listed("Shops will close on New Year's Day.", LocalDate.of(2025, 12, 29)))
        .containsExactly("on New Year's Day = 2026-01-01");
  }
}
