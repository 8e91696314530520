package parley.core.time;

import java.time.LocalDate;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimeValueResolver.Tense;

/**
 * "The fire broke out just after midnight": a midnight with no day of its own under a past verb is
 * the one that opened the story's day, the close of the day before (TimeML "midnight" is T24:00 of
 * the day it ends); ahead ("the curfew begins at midnight") it closes the story's own day.
 */
final class PastMidnight {
  private PastMidnight() {}

  /** The day whose T24:00 the midnight of {@code c} is, for a clock time without a day named. */
  static LocalDate day(Candidate c, LocalDate anchor, Tense tense) {
    boolean midnight = "midnight".equalsIgnoreCase(c.group("named"));
    return midnight && (tense == Tense.PAST || tense == Tense.DONE) ? anchor.minusDays(1) : anchor;
  }

  /** A day value, or for a midnight closing a day ("2016-07-19T24:00") the day it opened. */
  static String openedDay(String value) {
    return value.endsWith("T24:00") ? IsoValues.day(LocalDate.parse(value.substring(0, 10)).plusDays(1)) : value;
  }
}
