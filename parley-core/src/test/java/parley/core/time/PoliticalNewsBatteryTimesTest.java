package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;
import parley.core.quote.Parses;

/** Time values of political-news sentences written for the test: quarters, ranges, clock zones, sets. */
class PoliticalNewsBatteryTimesTest {
  /** A Tuesday, two days into the year. */
  private static final LocalDate SECOND_OF_JANUARY = LocalDate.of(2024, 1, 2);
  /** A Wednesday. */
  private static final LocalDate FIRST_OF_JUNE = LocalDate.of(2022, 6, 1);
  /** A Thursday. */
  private static final LocalDate MARCH = LocalDate.of(2025, 3, 13);

  @Test
  void pastVerbsQuarterNotYetOver_isLastYears() {
    assertThat(ResolvedTimes.listed("Exports fell sharply in the first quarter, the statistics office said.", SECOND_OF_JANUARY))
        .containsExactly("in the first quarter = 2023-Q1");
    assertThat(ResolvedTimes.listed("The economy shrank in the second quarter.", SECOND_OF_JANUARY))
        .containsExactly("in the second quarter = 2023-Q2");
    // an irregular past form is a past as well: "shrank" told in March is last year's fourth quarter
    assertThat(ResolvedTimes.listed("The economy shrank in the fourth quarter.", MARCH))
        .containsExactly("in the fourth quarter = 2024-Q4");
    // a quarter over, or in its last months, stays this year's; a future verb looks ahead
    assertThat(ResolvedTimes.listed("Exports fell in the first quarter.", FIRST_OF_JUNE)).containsExactly("in the first quarter = 2022-Q1");
    assertThat(ResolvedTimes.listed("Inflation eased in the fourth quarter.", LocalDate.of(2024, 12, 30)))
        .containsExactly("in the fourth quarter = 2024-Q4");
    // weeks into its own quarter, a quarter of that number may be a fiscal one just reported
    assertThat(ResolvedTimes.listed("The firm reported a loss for its fourth quarter.", LocalDate.of(2024, 10, 26)))
        .containsExactly("for its fourth quarter = 2024-Q4");
    assertThat(ResolvedTimes.listed("Exports will recover in the first quarter.", SECOND_OF_JANUARY))
        .containsExactly("in the first quarter = 2024-Q1");
  }

  @Test
  void spanOfWeekdays_closesAfterItOpens() {
    assertThat(ResolvedTimes.listed("Talks will continue from Monday to Wednesday next week.", FIRST_OF_JUNE))
        .containsExactly("from Monday = 2022-06-06", "Wednesday = 2022-06-08", "next week = 2022-W23");
    assertThat(ResolvedTimes.listed("The talks will run from Monday to Wednesday.", MARCH))
        .containsExactly("from Monday = 2025-03-17", "Wednesday = 2025-03-19");
    // two days that open no span keep their own readings
    assertThat(ResolvedTimes.listed("The envoy arrived on Wednesday and left on Thursday.", MARCH))
        .containsExactly("on Wednesday = 2025-03-12", "on Thursday = 2025-03-13");
  }

  @Test
  void expectedOnADay_liesAhead() {
    String text = "The vote was held on Sunday and results are expected on Friday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det/the vote/NN/4/nsubj:pass/vote was/VBD/4/aux:pass/be "
        + "held/VBN/0/root/hold on/IN/6/case/on Sunday/NNP/4/obl/sunday and/CC/10/cc/and results/NNS/10/nsubj:pass/result "
        + "are/VBP/10/aux:pass/be expected/VBN/4/conj/expect on/IN/12/case/on Friday/NNP/10/obl/friday ././4/punct/.");
    assertThat(ResolvedTimes.valueOf(text, "Sunday", MARCH, List.of(s))).isEqualTo("2025-03-09");
    assertThat(ResolvedTimes.valueOf(text, "Friday", MARCH, List.of(s))).isEqualTo("2025-03-14");
  }

  @Test
  void fourDigitClockInLocalTime_isATimeOfDay() {
    assertThat(ResolvedTimes.listed("The strike was carried out at around 0300 local time.", MARCH))
        .containsExactly("0300 local time = 2025-03-13T03:00");
    // a span of clock times naming its day once is all on that day, and its opening time is no year
    assertThat(ResolvedTimes.listed("Voting will take place from 0700 to 1900 local time on Sunday.", MARCH))
        .containsExactly("from 0700 = 2025-03-16T07:00", "1900 local time on Sunday = 2025-03-16T19:00");
    assertThat(ResolvedTimes.listed("The town was founded in 1900 by settlers.", MARCH)).containsExactly("in 1900 = 1900");
  }

  @Test
  void fullMonthNameAtTheEnd_leavesTheFullStopOut() {
    assertThat(ResolvedTimes.listed("The EU will review the sanctions on 31 July.", FIRST_OF_JUNE))
        .containsExactly("on 31 July = 2022-07-31");
    assertThat(ResolvedTimes.listed("The vote is due on 19 June.", FIRST_OF_JUNE)).containsExactly("on 19 June = 2022-06-19");
    assertThat(ResolvedTimes.listed("The vote is due on Jul. 19.", FIRST_OF_JUNE)).containsExactly("on Jul. 19 = 2022-07-19");
  }

  @Test
  void everySoManyUnits_isASet() {
    assertThat(ResolvedTimes.listed("The committee meets every other week.", MARCH)).containsExactly("every other week = P2W");
    assertThat(ResolvedTimes.listed("The cabinet meets every two weeks.", MARCH)).containsExactly("every two weeks = P2W");
    assertThat(ResolvedTimes.listed("Elections are held every four years.", MARCH)).containsExactly("every four years = P4Y");
    assertThat(ResolvedTimes.listed("The survey is repeated every 10 days.", MARCH)).containsExactly("every 10 days = P10D");
    assertThat(ResolvedTimes.listed("The committee will meet every other Thursday.", MARCH))
        .containsExactly("every other Thursday = XXXX-WXX-4");
  }

  @Test
  void lastQuarterOfAYear_isItsFourth() {
    assertThat(ResolvedTimes.listed("Inflation rose in the last quarter of the year.", SECOND_OF_JANUARY))
        .containsExactly("in the last quarter of the year = 2023-Q4");
    assertThat(ResolvedTimes.listed("The final quarter of 2021 was the deadliest on record.", SECOND_OF_JANUARY))
        .containsExactly("The final quarter of 2021 = 2021-Q4");
    // "the last quarter" alone is the one before this
    assertThat(ResolvedTimes.listed("Profits fell in the last quarter.", FIRST_OF_JUNE)).containsExactly("in the last quarter = 2022-Q1");
  }

  @Test
  void yearClippedToTwoDigits_isTheLatestSoEnding() {
    assertThat(ResolvedTimes.listed("The treaty was signed in '98 after years of talks.", MARCH))
        .containsExactly("in '98 = 1998", "years = PXY");
    assertThat(ResolvedTimes.listed("He has led the party since ’05.", MARCH)).containsExactly("since ’05 = 2005");
    // a decade, and a quoted number, stay as they were
    assertThat(ResolvedTimes.listed("The region boomed in the '90s.", MARCH)).containsExactly("in the '90s = 199");
    assertThat(ResolvedTimes.listed("He wore a shirt with '10' on it.", MARCH)).isEmpty();
  }

  @Test
  void dashedPairOfDays_isTwoDates() {
    assertThat(ResolvedTimes.listed("The summit will take place on June 24-25 in The Hague.", FIRST_OF_JUNE))
        .containsExactly("on June 24 = 2022-06-24", "25 = 2022-06-25");
    assertThat(ResolvedTimes.listed("Leaders meet on 24-25 June in Brussels.", FIRST_OF_JUNE))
        .containsExactly("24 = 2022-06-24", "25 June = 2022-06-25");
    // a score or a count after a date is no day
    assertThat(ResolvedTimes.listed("The bill passed on June 24 by 52-48 votes.", FIRST_OF_JUNE))
        .containsExactly("on June 24 = 2022-06-24");
  }

  @Test
  void everyWeekend_isASetOfWeekends() {
    assertThat(ResolvedTimes.listed("The opposition has staged protests every weekend since January.", FIRST_OF_JUNE))
        .containsExactly("every weekend = XXXX-WXX-WE", "since January = 2022-01");
  }

  @Test
  void consecutiveDays_isALength() {
    assertThat(ResolvedTimes.listed("The strikes have continued for five consecutive days.", MARCH))
        .containsExactly("for five consecutive days = P5D");
    assertThat(ResolvedTimes.listed("Protesters rallied for a third straight day.", MARCH)).isEmpty();
  }
}
