package parley.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * United States holidays and days of state: Labor Day (the first Monday of September), Memorial Day
 * (the last Monday of May), Veterans Day (November 11), Independence Day (July 4), Thanksgiving (the
 * fourth Thursday of November), Election Day (the Tuesday after the first Monday of November) and
 * Inauguration Day (January 20 of the year after a presidential election, the nearest such year).
 * Stateless.
 */
final class UsHolidays {
  private static final java.util.Set<String> NAMES = java.util.Set.of("labor day", "memorial day", "veterans day",
      "inauguration day", "independence day", "thanksgiving", "thanksgiving day", "election day");

  private UsHolidays() {}

  /** Whether {@code name} (lower case) is one of these holidays. */
  static boolean known(String name) {
    return NAMES.contains(name);
  }

  /** The holiday's day in {@code year}; for Inauguration Day, in the inauguration year nearest it. */
  static Optional<LocalDate> date(String name, int year) {
    return switch (name) {
      case "labor day" -> Optional.of(LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
      case "memorial day" -> Optional.of(LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      case "veterans day" -> Optional.of(LocalDate.of(year, 11, 11));
      case "independence day" -> Optional.of(LocalDate.of(year, 7, 4));
      case "thanksgiving", "thanksgiving day" ->
          Optional.of(LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
      case "election day" -> Optional.of(LocalDate.of(year, 11, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)));
      case "inauguration day" -> {
        int since = Math.floorMod(year - 1, 4);
        yield Optional.of(LocalDate.of(since <= 1 ? year - since : year - since + 4, 1, 20));
      }
      default -> Optional.empty();
    };
  }
}
