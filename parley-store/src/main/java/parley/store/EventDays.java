package parley.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Pattern;
import parley.core.doc.EventDate;

/** The day an event is filed under: the first day of its coded date, else the publication date. */
final class EventDays {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");

  private EventDays() {}

  static Optional<LocalDate> dayOf(EventDate date, Optional<LocalDate> published) {
    return date.value().flatMap(EventDays::firstDay).or(() -> published);
  }

  static Optional<LocalDate> firstDay(String iso) {
    try {
      if (DAY.matcher(iso).matches()) {
        return Optional.of(LocalDate.of(number(iso, 0, 4), number(iso, 5, 7), number(iso, 8, 10)));
      }
      if (MONTH.matcher(iso).matches()) return Optional.of(LocalDate.of(number(iso, 0, 4), number(iso, 5, 7), 1));
      if (YEAR.matcher(iso).matches()) return Optional.of(LocalDate.of(Integer.parseInt(iso), 1, 1));
      if (WEEK.matcher(iso).matches()) {
        LocalDate jan4 = LocalDate.of(Integer.parseInt(iso.substring(0, 4)), 1, 4);
        return Optional.of(jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(iso.substring(6)))
            .with(DayOfWeek.MONDAY));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The digits at [start, end), checked by a pattern already (no {@code DateTimeFormatter}: it is slow). */
  private static int number(String iso, int start, int end) {
    return Integer.parseInt(iso, start, end, 10);
  }
}
