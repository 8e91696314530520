package parley.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import parley.core.time.TimePatterns.Candidate;

/**
 * "The first week of May", "the last week of June 2016": a week counted within a month is the ISO
 * week most of its seven days lie in, the week of its fourth day ("the first week of May 2016",
 * May 1-7, is 2016-W18, the week of May 4). Stateless.
 */
final class MonthWeek {
  private MonthWeek() {}

  /** The ISO week of the candidate's counted week in {@code month} (a "2016-05" value). */
  static Optional<String> value(Candidate c, Optional<String> month) {
    if (month.isEmpty() || !month.get().matches("\\d{4}-\\d{2}")) return Optional.empty();
    YearMonth ym = YearMonth.parse(month.get());
    String ord = c.group("wkord").toLowerCase(Locale.ROOT);
    LocalDate middle = switch (ord) {
      case "first" -> ym.atDay(4);
      case "second" -> ym.atDay(11);
      case "third" -> ym.atDay(18);
      case "fourth" -> ym.atDay(25);
      default -> ym.atEndOfMonth().minusDays(3);
    };
    return Optional.of(IsoValues.week(middle));
  }
}
