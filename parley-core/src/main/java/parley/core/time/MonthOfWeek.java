package parley.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import parley.core.doc.EventDate;

/**
 * An event dated by a week ("last week's resolution", "met last week") is given the month the week
 * lies in: event dates are days, months or years, as the gold annotates them. A week across two months
 * takes the month of its Thursday, the day ISO 8601 places a week by. Stateless.
 */
final class MonthOfWeek {
  private MonthOfWeek() {}

  /** {@code date} with a week value ("2019-W45") replaced by its month ("2019-11"). */
  static EventDate of(EventDate date) {
    if (!date.precision().equals("week") || date.value().isEmpty()) return date;
    String value = date.value().get();
    if (!value.matches("\\d{4}-W\\d{2}")) return date;
    LocalDate thursday = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
        .with(DayOfWeek.THURSDAY);
    return EventDate.fromValue(YearMonth.from(thursday).toString());
  }
}
