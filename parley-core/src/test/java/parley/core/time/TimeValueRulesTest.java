package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;
import parley.core.quote.Parses;

/** TimeML value conventions, one rule per test, on sentences written for the test. */
class TimeValueRulesTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 11, 10);

  private static List<TimeExpression> times(String text, Optional<LocalDate> published, List<Sentence> parsed) {
    return TimeResolver.resolve(text, published, parsed);
  }

  /** The text and value of the expression containing {@code words}, as "text = value". */
  private static String found(String text, String words) {
    return found(text, words, Optional.of(SUNDAY), List.of());
  }

  private static String found(String text, String words, Optional<LocalDate> published, List<Sentence> parsed) {
    for (TimeExpression t : times(text, published, parsed)) {
      if (t.text().contains(words)) return t.text() + " = " + t.value().orElse("");
    }
    throw new AssertionError("no time expression with '" + words + "' in " + text);
  }

  @Test
  void measuredAmounts_areDurationsEvenWithA() {
    assertThat(found("The vote took nearly an hour.", "hour")).isEqualTo("nearly an hour = PT1H");
    assertThat(found("Rescuers searched for over a week.", "week")).isEqualTo("for over a week = P1W");
    assertThat(found("The mandate runs an additional year.", "year")).isEqualTo("an additional year = P1Y");
    assertThat(found("Troops stay two more weeks.", "weeks")).isEqualTo("two more weeks = P2W");
    assertThat(found("Shares fell over eight trading days.", "days")).isEqualTo("over eight trading days = P8D");
    assertThat(found("Reform takes the next couple of years.", "years"))
        .isEqualTo("the next couple of years = P2Y");
    // a bare "a day" stays out: "a day" is often a rate or part of a phrase
    assertThat(times("They eat twice a day at a day centre.", Optional.of(SUNDAY), List.of()))
        .extracting(TimeExpression::text).doesNotContain("a day centre");
  }

  @Test
  void halves_carryIntoTheNextSmallerUnit() {
    assertThat(found("The siege lasted 3 1/2 hours.", "hours")).isEqualTo("3 1/2 hours = PT3H30M");
    assertThat(found("He served 4-1/2 years in jail.", "years")).isEqualTo("4-1/2 years = P4Y6M");
  }

  @Test
  void decadesAndCenturiesAsLengths_areCountedInYears() {
    assertThat(found("The feud went on for three decades.", "decades")).isEqualTo("for three decades = P30Y");
    assertThat(found("Prices doubled over the past decade.", "decade")).isEqualTo("over the past decade = P10Y");
    assertThat(found("It stood for two centuries.", "centuries")).isEqualTo("for two centuries = P200Y");
  }

  @Test
  void spansOfPluralUnits_areVagueDurations() {
    assertThat(found("Exports have grown in recent years.", "years")).isEqualTo("in recent years = PXY");
    assertThat(found("Talks resume in the coming weeks.", "weeks")).isEqualTo("the coming weeks = PXW");
    assertThat(found("Rebels advanced in recent days.", "days")).isEqualTo("in recent days = PXD");
    assertThat(found("He has recently resigned.", "recently")).isEqualTo("recently = PAST_REF");
    assertThat(found("The border is now closed.", "now")).isEqualTo("now = PRESENT_REF");
  }

  @Test
  void clockWithItsDay_isOneTimeOnThatDay() {
    assertThat(found("The ceasefire began at 6 p.m. Friday, officials said.", "6 p.m."))
        .isEqualTo("at 6 p.m. Friday = 2019-11-08T18:00");
    assertThat(found("Voting closed at noon yesterday.", "noon")).isEqualTo("at noon yesterday = 2019-11-09T12:00");
    assertThat(found("The deadline passed at 0900 GMT.", "GMT")).isEqualTo("at 0900 GMT = 2019-11-10T09:00Z");
    assertThat(found("Polls opened at 7:30 UTC.", "UTC")).isEqualTo("at 7:30 UTC = 2019-11-10T07:30Z");
  }

  @Test
  void recurringDaysAndMonths_areSets() {
    assertThat(found("The council meets every Wednesday.", "Wednesday")).isEqualTo("every Wednesday = XXXX-WXX-3");
    assertThat(found("Protesters march on Fridays.", "Fridays")).isEqualTo("Fridays = XXXX-WXX-5");
    assertThat(found("He broadcasts Sunday evenings.", "Sunday")).isEqualTo("Sunday evenings = XXXX-WXX-7TEV");
    assertThat(found("Prices are reviewed each January.", "January")).isEqualTo("each January = XXXX-01");
  }

  @Test
  void halvesOfYears_weeksOfDays_andEdgesOfSeasons() {
    assertThat(found("Growth slowed in the first half of 2017.", "2017")).isEqualTo("in the first half of 2017 = 2017-H1");
    assertThat(found("Sales rose in the second half of 2017.", "2017")).isEqualTo("in the second half of 2017 = 2017-H2");
    assertThat(found("Sales rose in the last half of 2017.", "2017")).isEqualTo("in the last half of 2017 = 2017-H2");
    assertThat(found("Envoys meet the week of November 18, 2019.", "week"))
        .isEqualTo("the week of November 18, 2019 = 2019-W47");
    assertThat(found("Fighting eased in the late summer.", "summer")).isEqualTo("in the late summer = 2019-SU");
  }

  @Test
  void conventionsForPeriods() {
    assertThat(found("Output fell in the 1980s.", "1980s")).isEqualTo("in the 1980s = 198");
    assertThat(found("Cities grew in the 19th century.", "century")).isEqualTo("in the 19th century = 18");
    assertThat(found("Profit rose in the third quarter.", "quarter")).isEqualTo("in the third quarter = 2019-Q3");
    assertThat(found("He left office two years ago.", "ago")).isEqualTo("two years ago = 2017");
  }

  @Test
  void noAnchor_leavesRelativeExpressionsOpen_andFarDatesStandAlone() {
    Optional<LocalDate> none = Optional.empty();
    assertThat(found("Two days later the town fell.", "later", none, List.of())).isEqualTo("Two days later = ");
    assertThat(found("That day the town fell.", "day", none, List.of())).isEqualTo("That day = ");
    assertThat(found("Rebels attacked at 5 p.m. Tuesday.", "Tuesday", none, List.of()))
        .isEqualTo("at 5 p.m. Tuesday = ");
    assertThat(found("The treaty of July 4, 1776 was signed.", "1776")).isEqualTo("July 4, 1776 = 1776-07-04");
    assertThat(found("It was signed on 3/4/85.", "85")).isEqualTo("on 3/4/85 = 1985-03-04");
    assertThat(found("It was signed on April 31.", "April")).isEqualTo("on April 31 = ");
  }

  @Test
  void thePastUnit_isTheUnitBefore_butCountedOnesStayLengths() {
    assertThat(found("Inflation eased over the past year.", "year")).isEqualTo("over the past year = 2018");
    assertThat(found("Fighting flared in the last week.", "week")).isEqualTo("in the last week = 2019-W44");
    assertThat(found("Fighting flared in the past month.", "month")).isEqualTo("in the past month = 2019-10");
    assertThat(found("Fighting flared in the past three months.", "months")).isEqualTo("in the past three months = P3M");
    assertThat(found("Inflation eased over the past year.", "year", Optional.empty(), List.of()))
        .isEqualTo("over the past year = ");
  }

  @Test
  void yearQuarter_takesTheQuarterUnderDiscussion() {
    String text = "Profit rose in the second quarter of 2019 from the 2018 quarter, and from the 2017 period.";
    assertThat(found(text, "2018")).isEqualTo("2018 quarter = 2018-Q2");
    assertThat(found(text, "2017")).isEqualTo("2017 period = 2017-Q2");
    assertThat(found("Profit rose from the 2018 quarter.", "2018")).isEqualTo("2018 = 2018");
  }

  @Test
  void cuesBeforeTheExpression_outrankCuesAfterIt() {
    assertThat(found("The airline will add routes to Asia and India by March, untouched by the crisis.", "March"))
        .isEqualTo("by March = 2020-03");
    assertThat(found("In March, the airline added routes.", "March")).isEqualTo("In March = 2019-03");
  }

  @Test
  void since_alwaysLooksBack() {
    // published Sunday 2019-11-10: a future cue nearby does not turn "since June" into next June
    assertThat(found("Prices will stay high, as they have been since June.", "June")).isEqualTo("since June = 2019-06");
    assertThat(found("Talks will go on, stalled since Tuesday.", "Tuesday")).isEqualTo("since Tuesday = 2019-11-05");
  }

  @Test
  void electionDay_isTheTuesdayAfterTheFirstMondayOfNovember() {
    assertThat(found("Voters go to the polls on Election Day 2020.", "Election")).isEqualTo("on Election Day 2020 = 2020-11-03");
    assertThat(found("Turnout on Election Day was high.", "Election")).isEqualTo("on Election Day = 2019-11-05");
  }

  @Test
  void thanksgivingAndIndependenceDay_followTheirRules() {
    assertThat(found("The talks ended on Thanksgiving Day 2019.", "Thanksgiving")).isEqualTo("on Thanksgiving Day 2019 = 2019-11-28");
    assertThat(found("Fireworks lit the sky on Independence Day 2019.", "Independence"))
        .isEqualTo("on Independence Day 2019 = 2019-07-04");
  }

  @Test
  void anotherNationsIndependenceDay_isNotTheFourthOfJuly() {
    // Pakistan's falls on August 14, Ukraine's on August 24: ours only knows the American one
    assertThat(times("The rally was held on August 14, Pakistan's independence day.", Optional.of(SUNDAY), List.of()))
        .extracting(TimeExpression::text).containsExactly("on August 14");
    assertThat(times("Crowds marked Ukraine's Independence Day in Kyiv.", Optional.of(SUNDAY), List.of())).isEmpty();
    assertThat(times("Shops close on independence day.", Optional.of(SUNDAY), List.of())).isEmpty();
  }

  @Test
  void modalWithoutPerfect_pointsAhead() {
    String text = "The father could arrive as early as Tuesday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det father/NN/4/nsubj could/MD/4/aux arrive/VB/0/root "
        + "as/RB/7/advmod early/RB/7/advmod as/IN/8/case Tuesday/NNP/4/obl ./PUNCT/4/punct");
    assertThat(found(text, "Tuesday", Optional.of(SUNDAY), List.of(s))).endsWith("= 2019-11-12");
  }

  @Test
  void timetablePresent_andTimeGivenUntil_pointAhead() {
    // published Sunday 2019-11-10
    String text = "The ultimatum expires on Thursday, the minister said.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det ultimatum/NN/3/nsubj expires/VBZ/9/ccomp/expire on/IN/5/case "
        + "Thursday/NNP/3/obl ,/,/9/punct the/DT/8/det minister/NN/9/nsubj said/VBD/0/root/say ./PUNCT/9/punct");
    assertThat(found(text, "Thursday", Optional.of(SUNDAY), List.of(s))).endsWith("= 2019-11-14");
    String given = "The rebels have until March 31 to leave the town, the army said.";
    Sentence g = Parses.sentence(given, 0, 0, "The/DT/2/det rebels/NNS/14/nsubj/rebel have/VBP/14/aux until/IN/5/case "
        + "March/NNP/14/obl 31/CD/5/nummod to/TO/8/mark leave/VB/5/acl the/DT/10/det town/NN/8/obj ,/,/14/punct "
        + "the/DT/13/det army/NN/14/nsubj said/VBD/0/root/say ./PUNCT/14/punct");
    assertThat(found(given, "March", Optional.of(SUNDAY), List.of(g))).endsWith("= 2020-03-31");
    String report = "The minister says he met the envoy on Thursday.";
    Sentence r = Parses.sentence(report, 0, 0, "The/DT/2/det minister/NN/3/nsubj says/VBZ/0/root/say he/PRP/5/nsubj "
        + "met/VBD/3/ccomp/meet the/DT/7/det envoy/NN/5/obj on/IN/9/case Thursday/NNP/5/obl ./PUNCT/3/punct");
    assertThat(found(report, "Thursday", Optional.of(SUNDAY), List.of(r))).endsWith("= 2019-11-07");
  }

  @Test
  void perfectModal_pointsBack() {
    String text = "The father could have arrived on Tuesday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det father/NN/5/nsubj could/MD/5/aux have/VB/5/aux/have "
        + "arrived/VBN/0/root/arrive on/IN/7/case Tuesday/NNP/5/obl ./PUNCT/5/punct");
    assertThat(found(text, "Tuesday", Optional.of(SUNDAY), List.of(s))).endsWith("= 2019-11-05");
  }

  @Test
  void presentArrangementVerb_pointsAhead_pastOneDoesNot() {
    String text = "The minister has scheduled a briefing Thursday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det minister/NN/4/nsubj has/VBZ/4/aux/have "
        + "scheduled/VBN/0/root/schedule a/DT/6/det briefing/NN/4/obj Thursday/NNP/4/obl:tmod ./PUNCT/4/punct");
    assertThat(found(text, "Thursday", Optional.of(SUNDAY), List.of(s))).endsWith("= 2019-11-14");
    String past = "Students planned a vigil for Thursday.";
    Sentence p = Parses.sentence(past, 0, 0, "Students/NNS/2/nsubj planned/VBD/0/root/plan a/DT/4/det "
        + "vigil/NN/2/obj for/IN/6/case Thursday/NNP/2/obl ./PUNCT/2/punct");
    assertThat(found(past, "Thursday", Optional.of(SUNDAY), List.of(p))).endsWith("= 2019-11-07");
  }

  @Test
  void timeZone_isACapitalisedAbbreviation_notTheNextWord() {
    assertThat(found("The siren sounded at 6 a.m. near the port.", "6 a.m.")).isEqualTo("at 6 a.m. = 2019-11-10T06:00");
    assertThat(found("Polls close at 8 p.m. EST tonight.", "8 p.m.")).isEqualTo("at 8 p.m. EST = 2019-11-10T20:00");
  }

  @Test
  void clockTimeWithoutADay_takesTheDayLastNamed() {
    String text = "The depot burned on Oct. 3. Firemen came at 10 p.m. and left.";
    assertThat(found(text, "10 p.m.")).isEqualTo("at 10 p.m. = 2019-10-03T22:00");
    assertThat(found("Firemen came at 10 p.m. and left.", "10 p.m.")).isEqualTo("at 10 p.m. = 2019-11-10T22:00");
  }

  @Test
  void lengthsCountedFromAnEvent_keepTheirApproximationAndLeaveTheDateAlone() {
    assertThat(found("He left at least 72 hours after the storm.", "hours")).isEqualTo("at least 72 hours = PT72H");
    assertThat(found("Just over an hour later, the ship sank.", "hour")).isEqualTo("Just over an hour later = PT1H");
    String text = "Five trading days after Oct. 3, the index fell.";
    assertThat(found(text, "days")).isEqualTo("Five trading days = P5D");
    assertThat(found(text, "Oct.")).isEqualTo("after Oct. 3 = 2019-10-03");
  }

  @Test
  void aDecadeAgo_isAYear_notADecade() {
    assertThat(found("The dam was built a decade ago.", "decade")).isEqualTo("a decade ago = 2009");
    assertThat(found("The treaty was signed two decades ago.", "decades")).isEqualTo("two decades ago = 1999");
  }

  @Test
  void thatSameDay_afterAMonth_keepsTheMonth() {
    assertThat(found("The rebels struck in October 2017. The army replied that same day.", "same day"))
        .isEqualTo("that same day = 2017-10");
  }

  @Test
  void untilAfterADeferral_looksAhead() {
    assertThat(found("The court postponed the hearing until Tuesday.", "Tuesday")).isEqualTo("until Tuesday = 2019-11-12");
    assertThat(found("Officials gave the tenants until 9 a.m. Thursday to leave.", "Thursday"))
        .isEqualTo("until 9 a.m. Thursday = 2019-11-14T09:00");
    assertThat(found("The strike lasted until Tuesday.", "Tuesday")).isEqualTo("until Tuesday = 2019-11-05");
  }

  @Test
  void quarters_asLengths() {
    assertThat(found("Sales should grow over the next three quarters.", "quarters")).isEqualTo("the next three quarters = P3Q");
    assertThat(found("Profit rose in several quarters.", "quarters")).isEqualTo("in several quarters = PXQ");
    assertThat(times("Profit was lower in the third quarter than in the 2017 quarter.", Optional.of(SUNDAY), List.of()))
        .extracting(t -> t.value().orElse("")).doesNotContain("P2017Q");
  }

  @Test
  void yearEndedOnADate_isAYearsLength_andTheCurrentFiscalYearIsThisYear() {
    assertThat(found("Net income for the year ended June 30 rose.", "year")).isEqualTo("for the year = P1Y");
    assertThat(found("Sales in the fiscal year ending in March fell.", "year")).isEqualTo("in the fiscal year = P1Y");
    assertThat(found("Profit for the year will rise.", "year")).isEqualTo("for the year = 2019");
    assertThat(found("Costs in the current fiscal year are lower.", "year")).isEqualTo("current fiscal year = 2019");
  }

  @Test
  void partsOfADay_andClockTimesInTheMorning() {
    assertThat(found("Shelling resumed in mid-afternoon yesterday.", "afternoon")).isEqualTo("in mid-afternoon yesterday = 2019-11-09TAF");
    assertThat(found("The convoy left in mid-morning.", "morning")).isEqualTo("in mid-morning = 2019-11-10TMO");
    assertThat(found("The alarm rang at 4 in the morning.", "4 in")).isEqualTo("at 4 in the morning = 2019-11-10T04:00");
    assertThat(found("The talks ended at 9 in the evening.", "9 in")).isEqualTo("at 9 in the evening = 2019-11-10T21:00");
    assertThat(times("The morning papers ran the story.", Optional.of(SUNDAY), List.of())).isEmpty();
  }

  @Test
  void theLatestPeriod_isTheLastQuarterCompleted() {
    assertThat(found("Revenue rose 9% in the latest period.", "period")).isEqualTo("in the latest period = 2019-Q3");
  }

  @Test
  void fractionsAndAges_areNoTimes() {
    assertThat(times("About three-quarters of voters and more than a quarter of the seats.", Optional.of(SUNDAY), List.of()))
        .isEmpty();
    assertThat(times("A 6-year-old boy and his 40-year-old father.", Optional.of(SUNDAY), List.of())).isEmpty();
    assertThat(found("A decades-long feud.", "decades")).isEqualTo("decades-long = PXY");
  }

  @Test
  void theEndOfANamedPeriod_hasThePeriodsValue() {
    assertThat(found("Troops leave by the end of 2021.", "2021")).isEqualTo("by the end of 2021 = 2021");
    assertThat(found("The pact ran out at the end of March.", "March")).isEqualTo("at the end of March = 2019-03");
  }

  @Test
  void theEndOfAPeriodCountedFromTheAnchor_isItsLastDay() {
    assertThat(found("Voting ends at the end of this week.", "week")).isEqualTo("at the end of this week = 2019-11-10");
    assertThat(found("Talks should close by year's end.", "end")).isEqualTo("by year's end = 2019-12-31");
    assertThat(found("Steps are due by the end of the year.", "year")).isEqualTo("by the end of the year = 2019-12-31");
    // "since" looks back: the last year-end already past
    assertThat(found("Debt fell since year-end.", "year-end")).isEqualTo("since year-end = 2018-12-31");
  }

  @Test
  void vagueSpansAheadAndLaterDates_areReferences() {
    assertThat(found("Prices may rise in the weeks ahead.", "weeks")).isEqualTo("the weeks ahead = PXW");
    assertThat(found("The vote was put off to a later date.", "date")).isEqualTo("a later date = FUTURE_REF");
  }

  @Test
  void latestPeriodsAndTheSamePeriodAYearBack() {
    assertThat(found("Sales rose in the latest fiscal year.", "year")).isEqualTo("in the latest fiscal year = 2018");
    assertThat(found("Profit rose from the corresponding period last year.", "period"))
        .isEqualTo("from the corresponding period last year = 2018");
    assertThat(found("Profit in the third quarter rose from last year's quarter.", "last year"))
        .isEqualTo("from last year's quarter = 2018-Q3");
  }

  @Test
  void halvesSaidInWords_unitLengthsAndVagueCounts() {
    assertThat(found("The clip lasts a minute and a half.", "minute")).isEqualTo("a minute and a half = PT1M30S");
    assertThat(found("They held a day-long strike.", "day")).isEqualTo("day-long = P1D");
    assertThat(found("The firm returned to profit after several quarters of losses.", "quarters"))
        .isEqualTo("after several quarters = PXQ");
    assertThat(found("The deal follows months of talks.", "months")).isEqualTo("months = PXM");
    assertThat(found("Exports grew for the first time in years.", "years")).isEqualTo("in years = PXY");
    // "the years of" names a period of the story, not a length
    assertThat(times("He recalled the years of war.", Optional.of(SUNDAY), List.of())).isEmpty();
    // a fraction stays out: "three quarters of the seats"
    assertThat(times("They won three quarters of the seats.", Optional.of(SUNDAY), List.of())).isEmpty();
  }

  @Test
  void decadesWithAnApostrophe_andCountsSaidInWords() {
    assertThat(found("Growth slowed in the late '80s.", "80s")).isEqualTo("in the late '80s = 198");
    assertThat(times("The temple stood for more than two thousand years.", Optional.of(SUNDAY), List.of()))
        .extracting(t -> t.value().orElse("")).doesNotContain("2000");
  }

  @Test
  void everyQuarter_isASetOfQuarters() {
    assertThat(found("It pays interest every quarter.", "quarter")).isEqualTo("every quarter = P1Q");
  }

  @Test
  void theFirstTwoQuartersOfAYear_isItsFirstHalf() {
    assertThat(found("Sales fell in the first two quarters of 1990.", "quarters"))
        .isEqualTo("in the first two quarters of 1990 = 1990-H1");
    // "weeks or months of delay": the second of two vague spans is not a new one
    assertThat(times("Talks stalled after weeks or months of delay.", Optional.of(SUNDAY), List.of()))
        .extracting(TimeExpression::text).doesNotContain("months");
  }

  @Test
  void theEndOfADeferral_liesAhead() {
    // published 10 November: "until November 26" after "extended" is this month's, "until March 2" next year's
    assertThat(found("The offer was extended until November 26.", "November")).isEqualTo("until November 26 = 2019-11-26");
    assertThat(found("The trust extended its offer until October 26.", "October")).isEqualTo("until October 26 = 2020-10-26");
  }
}
