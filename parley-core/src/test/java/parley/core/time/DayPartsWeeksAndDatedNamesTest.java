package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * TimeML readings of dawn and dusk, weeks counted in a month, parts of days placed only in a month,
 * dates that name events ("9/11", Bastille Day), untold lengths ("hours later"), timetables in the
 * simple present and months qualifying a thing to come; on sentences written for the test.
 */
class DayPartsWeeksAndDatedNamesTest {
  /** A Tuesday. */
  private static final LocalDate TUESDAY = LocalDate.of(2016, 8, 2);

  private static java.util.List<String> listed(String text) {
    return ResolvedTimes.listed(text, TUESDAY);
  }

  @Test
  void dawnAndDusk_areTheMorningAndTheEveningOfTheirDay() {
    assertThat(listed("Soldiers stormed the village at dawn on Friday."))
        .containsExactly("at dawn on Friday = 2016-07-29TMO");
    assertThat(listed("The convoy left Sunday at dusk.")).containsExactly("Sunday at dusk = 2016-07-31TEV");
    // with no day named, the day the story last told
    assertThat(listed("Fighting broke out on Saturday. At dusk, the guns fell silent."))
        .containsExactly("on Saturday = 2016-07-30", "At dusk = 2016-07-30TEV");
  }

  @Test
  void aWeekCountedInAMonth_isTheIsoWeekMostOfItLiesIn() {
    // told in August, next May: May 1-7, 2017 is one ISO week
    assertThat(listed("The envoys will meet in the first week of May."))
        .containsExactly("in the first week of May = 2017-W18");
    // September 1-7, 2016 (Thursday to Wednesday): four days in the week of August 29
    assertThat(listed("The envoys will meet in the first week of September."))
        .containsExactly("in the first week of September = 2016-W35");
    assertThat(listed("Turnout fell in the last week of June 2015."))
        .containsExactly("in the last week of June 2015 = 2015-W26");
  }

  @Test
  void aPartOfADayPlacedOnlyInAMonth_keepsThePartWithTheDayUntold() {
    assertThat(listed("The ferry capsized in March. That night, fishermen pulled survivors from the water."))
        .containsExactly("in March = 2016-03", "That night = 2016-03-XXTNI");
  }

  @Test
  void datesThatNameEvents_haveTheirDays() {
    assertThat(listed("The law was passed after 9/11.")).containsExactly("after 9/11 = 2001-09-11");
    assertThat(listed("A parade marked Bastille Day in the capital.")).containsExactly("Bastille Day = 2016-07-14");
    assertThat(listed("She said in ‘12 that she would not run.")).containsExactly("in ‘12 = 2012");
  }

  @Test
  void untoldLengthsAndVaguePastsAndFutures() {
    assertThat(listed("Hours later, the mayor resigned.")).containsExactly("Hours later = PTXH");
    assertThat(listed("The party has backed such bills in years past.")).containsExactly("in years past = PAST_REF");
    assertThat(listed("Decades from now, people will wonder why.")).containsExactly("Decades from now = FUTURE_REF");
  }

  @Test
  void pollsThatCloseAtAnHour_keepATimetable() {
    assertThat(listed("Polls close at 1800 GMT on Sunday.")).containsExactly("at 1800 GMT on Sunday = 2016-08-07T18:00Z");
  }

  @Test
  void aMonthQualifyingAThingToCome_isTheNextSuchMonth() {
    assertThat(listed("The two parties are bracing for an early June runoff."))
        .containsExactly("early June = 2017-06");
    // told in the past, it is the one gone
    assertThat(listed("The council missed a June deadline.")).containsExactly("June = 2016-06");
  }

  @Test
  void possessiveDayInTheLeadUpToIt_liesAhead() {
    assertThat(listed("Candidates crossed the state in the lead-up to Thursday's primary."))
        .containsExactly("Thursday's = 2016-08-04");
    // a scheduled event in a clause looking ahead lies ahead
    assertThat(listed("The governor says he will do well in Thursday’s Lakeland primary."))
        .containsExactly("in Thursday = 2016-08-04");
    // with a curly apostrophe, left outside the match
    assertThat(listed("Candidates crossed the state in the run-up to Thursday’s primary."))
        .containsExactly("Thursday = 2016-08-04");
  }

  @Test
  void aQuarterOfAFiscalYear_isThatYearsQuarter() {
    assertThat(listed("The mill earned 2 mln dlrs in the first quarter of fiscal 1986."))
        .containsExactly("in the first quarter of fiscal 1986 = 1986-Q1");
  }

  @Test
  void thatMonthAfterAYearAlone_isAnUntoldMonthOfIt() {
    assertThat(listed("The group sent its request in 2012. The agency answered it that month."))
        .containsExactly("in 2012 = 2012", "that month = 2012-XX");
  }

  @Test
  void unitsBeforeAnEvent_areAnUntoldLength() {
    assertThat(listed("The rally came hours before the debate.")).containsExactly("hours = PTXH");
  }

  @Test
  void aNewspaperNamedByHowOftenItAppears_isNoTime() {
    assertThat(listed("He also owns a free daily.")).isEmpty();
    assertThat(listed("She hosts a popular weekly show.")).containsExactly("weekly = P1W");
  }

  @Test
  void theAttacksNamed_areNoDayTheStoryTells() {
    assertThat(listed("The forum was held on Wednesday. The 9/11 families spoke. Earlier in the day, the senator met them."))
        .containsExactly("on Wednesday = 2016-07-27", "9/11 = 2001-09-11", "Earlier in the day = 2016-07-27");
  }
}
