package parley.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import parley.core.doc.EventDate;

/**
 * An event dated by a week ("last week's resolution", "met last week") is given the month the week
 * lies in: event dates are days, months or years, as the gold annotates them. A week across two months
 * takes the month of its Thursday, the day ISO 8601 places a week by; a weekend ("left at the weekend",
 * "1987-W26-WE") the month of its Saturday. Stateless.
 */
final class MonthOfWeek {
  private MonthOfWeek() {}

  /** {@code date} with a week value ("2019-W45") or a weekend ("2019-W45-WE") replaced by its month ("2019-11"). */
  static EventDate of(EventDate date) {
    if (date.value().isEmpty()) return date;
    String value = date.value().get();
    boolean week = value.matches("\\d{4}-W\\d{2}");
    if (!week && !value.matches("\\d{4}-W\\d{2}-WE")) return date;
    LocalDate day = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6, 8)))
        .with(week ? DayOfWeek.THURSDAY : DayOfWeek.SATURDAY);
    return EventDate.fromValue(YearMonth.from(day).toString());
  }
}
