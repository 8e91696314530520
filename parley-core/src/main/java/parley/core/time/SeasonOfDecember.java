package parley.core.time;

import java.time.LocalDate;
import parley.core.time.TimeValueResolver.Tense;

/**
 * "this summer" said in December: December opens the winter counted with the next year, but a
 * summer, spring or fall called "this" one then is the calendar year's, just over ("the exercises
 * this summer were a prelude"), unless the clause looks ahead ("will campaign this spring"). Stateless.
 */
final class SeasonOfDecember {
  private SeasonOfDecember() {}

  /** The year of "this" season {@code target} (0 winter ... 3 fall) seen from {@code anchor}. */
  static int thisSeasonYear(LocalDate anchor, int target, int seasonYear, Tense tense) {
    if (anchor.getMonthValue() != 12 || target == 0) return seasonYear;
    return tense == Tense.FUTURE || tense == Tense.AHEAD ? anchor.getYear() + 1 : anchor.getYear();
  }
}
