package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.TimeExpression;

/** TIMEX3 conventions on what is a time expression and what it is worth, on sentences written for the test. */
class TimeMlConventionsTest {
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 2, 10);

  private static List<String> found(String text) {
    return found(text, Optional.of(PUBLISHED));
  }

  private static List<String> found(String text, Optional<LocalDate> published) {
    return TimeResolver.resolve(text, published, List.of()).stream()
        .map(t -> t.text() + " = " + t.value().orElse("")).toList();
  }

  @Test
  void soonAndShortly_linkingTwoEvents_areNoTimes() {
    assertThat(found("The envoy will leave as soon as the talks end.")).isEmpty();
    assertThat(found("The rebels withdrew soon after the truce was signed.")).isEmpty();
    assertThat(found("Shortly before the vote, the minister resigned.")).isEmpty();
    assertThat(found("Police arrived shortly after midnight."))
        .noneMatch(t -> t.startsWith("shortly"));
  }

  @Test
  void soonAndShortly_alone_stayFutureReferences() {
    assertThat(found("The court will rule soon.")).containsExactly("soon = FUTURE_REF");
    assertThat(found("Aid should arrive shortly.")).containsExactly("shortly = FUTURE_REF");
    assertThat(found("Talks must resume as soon as possible.")).containsExactly("soon = FUTURE_REF");
  }

  @Test
  void marchAndMay_beforeANoun_nameTheMonth() {
    assertThat(found("The March referendum will settle the matter.")).containsExactly("March = 2021-03");
    assertThat(found("Both parties lost seats in the May elections.")).containsExactly("May = 2021-05");
    // the verb and the modal stay out, and so does a march named after its route
    assertThat(found("Protesters march on the capital.")).isEmpty();
    assertThat(found("The March on the capital drew thousands.")).isEmpty();
    assertThat(found("The talks may resume.")).isEmpty();
    assertThat(found("Critics of the May government protested.")).isEmpty();
  }

  @Test
  void aDayNumberJoinedToADate_isADateOfItsOwnInTheSameMonth() {
    assertThat(found("The summit will meet on June 14 and 15.")).containsExactly("on June 14 = 2021-06-14", "15 = 2021-06-15");
    assertThat(found("Polls open from 3 to 5 March.")).contains("3 = 2021-03-03", "5 March = 2021-03-05");
    assertThat(found("Talks ran on Oct. 4 and 5, 2019, in Oslo.")).containsExactly("on Oct. 4 = 2019-10-04", "5, 2019 = 2019-10-05");
    // a number counting something is no day, and "to" opens no range without "from" or "between"
    assertThat(found("Balances rose on Feb. 5 to 4.151 billion dollars.")).containsExactly("on Feb. 5 = 2021-02-05");
    assertThat(found("Shares rose on Feb. 5 to 12, traders said.")).containsExactly("on Feb. 5 = 2021-02-05");
    assertThat(found("Talks ran between Feb. 1 and 5, aides said.")).containsExactly("Feb. 1 = 2021-02-01", "5 = 2021-02-05");
    assertThat(found("Prices rose on June 14 and 15 percent of firms closed.")).containsExactly("on June 14 = 2020-06-14");
  }

  @Test
  void easter_isComputedForTheYear() {
    assertThat(VALUE_OF_EASTER_2000).isEqualTo(LocalDate.of(2000, 4, 23));
    assertThat(TimeValueResolver.easterSunday(2021)).isEqualTo(LocalDate.of(2021, 4, 4));
    assertThat(TimeValueResolver.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(found("Pilgrims gathered at Easter 2019.")).containsExactly("at Easter 2019 = 2019-04-21");
    assertThat(found("Crowds filled the square as Easter week began.", Optional.of(LocalDate.of(2000, 4, 17))))
        .containsExactly("Easter week = 2000-W16");
    assertThat(found("Shops close on Good Friday.")).containsExactly("on Good Friday = 2021-04-02");
    assertThat(found("Tourists flew to Easter Island.")).isEmpty();
  }

  private static final LocalDate VALUE_OF_EASTER_2000 = TimeValueResolver.easterSunday(2000);

  @Test
  void theDayBeforeOrAfterADate_isThatDayShifted() {
    assertThat(found("The day before Monday's hearing, the lawyers met.")).containsExactly("The day before Monday's = 2021-02-07");
    assertThat(found("Riots broke out the day after March 3.")).containsExactly("the day after March 3 = 2021-03-04");
    // a length before a date stays a length
    assertThat(found("Two days before Monday's hearing, the lawyers met.")).contains("Two days = P2D", "before Monday's = 2021-02-08");
  }

  @Test
  void badInput_newRulesKeepImpossibleAndUnanchoredValuesEmpty() {
    // impossible days stay without a value, joined or not
    assertThat(found("The fair ran on February 29 and 30, 2021.")).containsExactly("on February 29 = ", "30, 2021 = ");
    // without a publication date, a yearless day, Easter or the day next to one is not guessed
    assertThat(found("The summit meets on June 14 and 15.", Optional.empty()))
        .containsExactly("on June 14 = ", "15 = ");
    assertThat(found("Shops close at Easter.", Optional.empty())).containsExactly("at Easter = ");
    assertThat(found("The day before Monday's hearing, the lawyers met.", Optional.empty()))
        .containsExactly("before Monday's = ");
    // a date far from the publication date keeps its own year; two-digit years are no days
    assertThat(found("The treaty was signed on May 4 and 5, 1871.")).containsExactly("on May 4 = 1871-05-04", "5, 1871 = 1871-05-05");
    assertThat(found("Easter 1916 changed Ireland.")).containsExactly("Easter 1916 = 1916-04-23");
  }

  @Test
  void midnight_closesTheDayItIsNamedWith() {
    assertThat(found("The offer will expire at midnight Friday.")).containsExactly("at midnight Friday = 2021-02-12T24:00");
    assertThat(found("The curfew ended at midnight yesterday.")).containsExactly("at midnight yesterday = 2021-02-09T24:00");
  }

  @Test
  void aMixedNumberBeforeAgoOrLater_doesNotBreakTheResolver() {
    assertThat(found("The plant closed 1-1/2 years ago.")).containsExactly("1-1/2 years ago = PAST_REF");
    assertThat(found("Talks resumed 2 1/2 weeks later.")).hasSize(1);
  }

  @Test
  void aBareWeek_keepsItsYearAndAnUnknownWeek() {
    assertThat(found("For the week, the grain index lost 2%.")).containsExactly("For the week = 2021-WXX");
    assertThat(found("It was the week's busiest session for the port.")).containsExactly("the week = 2021-WXX");
  }

  @Test
  void aBareWeek_isNoDayALaterThatDayCountsFrom() {
    assertThat(found("The strike began on March 3. It was the week's worst day. Talks resumed the next day."))
        .containsExactly("on March 3 = 2021-03-03", "the week = 2021-WXX", "the next day = 2021-03-04");
  }

  @Test
  void aWeekdayJoinedToARecurringOne_recursToo() {
    assertThat(found("The ferry sails on Monday and Thursday nights from May."))
        .containsExactly("on Monday = XXXX-WXX-1TNI", "Thursday nights = XXXX-WXX-4TNI", "from May = 2021-05");
    assertThat(found("The market opens Saturday and Sundays in summer.")).contains("Saturday = XXXX-WXX-6");
    // a single day stays a date
    assertThat(found("The ferry sailed on Monday and docked at night.")).contains("on Monday = 2021-02-08");
  }

  @Test
  void thenCurrent_isCurrentAtATimePast() {
    assertThat(found("Holders could buy stock at half the then-current price.")).containsExactly("then-current = PAST_REF");
    assertThat(found("Holders could buy stock at half the then current price.")).containsExactly("then current = PAST_REF");
    assertThat(found("Holders can buy stock at half the current price.")).containsExactly("current = PRESENT_REF");
  }

  @Test
  void theQuarterAYearAgo_isOneExpression() {
    assertThat(found("The mill earned $3 million in the third quarter, up from $2 million for the quarter a year ago."))
        .containsExactly("in the third quarter = 2020-Q3", "for the quarter a year ago = 2019-Q3");
  }

  @Test
  void theDaySetBesideADate_isThatDay() {
    assertThat(found("The rebels were last seen on Jan. 4, the day before the border closed."))
        .containsExactly("on Jan. 4 = 2021-01-04", "the day = 2021-01-04");
    // without a date before it, or without words telling which day, it stays untagged
    assertThat(found("It was the day before the border closed.")).isEmpty();
    assertThat(found("They left on Jan. 4, the day being cold.")).containsExactly("on Jan. 4 = 2021-01-04");
  }

  @Test
  void oneDay_afterAModal_isAFutureReference() {
    assertThat(found("The island could one day become a trading hub.")).containsExactly("one day = FUTURE_REF");
    // a day's length stays a length
    assertThat(found("The strike will take one day.")).containsExactly("one day = P1D");
    assertThat(found("He had been in office one day.")).containsExactly("one day = P1D");
  }
}
