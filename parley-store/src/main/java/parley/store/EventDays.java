package parley.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import parley.core.doc.EventDate;

/** The day an event is filed under: the first day of its coded date, else the publication date. */
final class EventDays {
  private EventDays() {}

  static Optional<LocalDate> dayOf(EventDate date, Optional<LocalDate> published) {
    return date.value().flatMap(EventDays::firstDay).or(() -> published);
  }

  static Optional<LocalDate> firstDay(String iso) {
    try {
      if (iso.matches("\\d{4}-\\d{2}-\\d{2}.*")) return Optional.of(LocalDate.parse(iso.substring(0, 10)));
      if (iso.matches("\\d{4}-\\d{2}")) return Optional.of(LocalDate.parse(iso + "-01"));
      if (iso.matches("\\d{4}")) return Optional.of(LocalDate.of(Integer.parseInt(iso), 1, 1));
      if (iso.matches("\\d{4}-W\\d{2}")) {
        LocalDate jan4 = LocalDate.of(Integer.parseInt(iso.substring(0, 4)), 1, 4);
        return Optional.of(jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(iso.substring(6)))
            .with(DayOfWeek.MONDAY));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
