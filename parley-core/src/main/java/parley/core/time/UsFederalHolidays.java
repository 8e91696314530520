package parley.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * United States holidays fixed by a rule rather than a date: Labor Day (the first Monday of
 * September), Memorial Day (the last Monday of May), Veterans Day (November 11) and Inauguration
 * Day (January 20 of the year after a presidential election, the nearest such year). Stateless.
 */
final class UsFederalHolidays {
  private UsFederalHolidays() {}

  /** Whether {@code name} (lower case) is one of these holidays. */
  static boolean known(String name) {
    return name.equals("labor day") || name.equals("memorial day") || name.equals("veterans day")
        || name.equals("inauguration day");
  }

  /** The holiday's day in {@code year}; for Inauguration Day, in the inauguration year nearest it. */
  static Optional<LocalDate> date(String name, int year) {
    return switch (name) {
      case "labor day" -> Optional.of(LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
      case "memorial day" -> Optional.of(LocalDate.of(year, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
      case "veterans day" -> Optional.of(LocalDate.of(year, 11, 11));
      case "inauguration day" -> {
        int since = Math.floorMod(year - 1, 4);
        yield Optional.of(LocalDate.of(since <= 1 ? year - since : year - since + 4, 1, 20));
      }
      default -> Optional.empty();
    };
  }
}
