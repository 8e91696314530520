package parley.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import parley.core.time.TimeValueResolver.Tense;

/**
 * Weekdays named against the week being reported: "this Tuesday" is the Tuesday of this week,
 * unless the clause looks ahead from a Friday ("hopes to win Michigan this Tuesday": the coming
 * one) or back to a day still to come this week (the last one); "later Monday", "earlier
 * Monday" are told of a day the writer is in or has just left, so the nearest such day, whatever
 * the tense ("he may face a cool audience when he speaks later Monday", published Tuesday). Stateless.
 */
final class WeekdayOfThisWeek {
  private WeekdayOfThisWeek() {}

  static LocalDate thisWeekday(LocalDate anchor, DayOfWeek wd, Tense tense) {
    LocalDate d = anchor.with(DayOfWeek.MONDAY).plusDays(wd.getValue() - 1L);
    if ((tense == Tense.FUTURE || tense == Tense.AHEAD) && d.isBefore(anchor)) return d.plusWeeks(1);
    if ((tense == Tense.PAST || tense == Tense.DONE) && d.isAfter(anchor)) return d.minusWeeks(1);
    return d;
  }

  /** Whether an edge word ("later", "earlier") makes the day one seen from inside it. */
  static boolean seenFromInside(String edge) {
    return edge.equals("later") || edge.equals("earlier");
  }

  static LocalDate nearest(LocalDate anchor, DayOfWeek wd) {
    LocalDate back = anchor.with(TemporalAdjusters.previousOrSame(wd));
    LocalDate ahead = anchor.with(TemporalAdjusters.nextOrSame(wd));
    return ChronoUnit.DAYS.between(back, anchor) <= ChronoUnit.DAYS.between(anchor, ahead) ? back : ahead;
  }
}
