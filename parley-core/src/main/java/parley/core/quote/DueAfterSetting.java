package parley.core.quote;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import parley.core.doc.TimeExpression;

/**
 * A deadline falls due after it is set. A due date the text gives without its year ("ordered the banks
 * last month to repay the loans by December 31") that the resolver placed before the stated setting
 * date is the next such date: a year later (a weekday: a week later). A setting date on or after the
 * due date ("set a deadline of 0900 GMT on March 11": the date belongs to the due time) is no setting
 * date.
 */
final class DueAfterSetting {
  private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private DueAfterSetting() {}

  /** The due date of {@code time}, moved past the stated setting date {@code set} when the text gives no year. */
  static Optional<String> due(Optional<String> due, TimeExpression time, Optional<String> set) {
    return due(due, time, set, Optional.empty());
  }

  /**
   * As {@link #due(Optional, TimeExpression, Optional)}; a weekday ("ordered X to post a bond by Monday")
   * with no stated setting date falls after the report's date {@code published}.
   */
  static Optional<String> due(Optional<String> due, TimeExpression time, Optional<String> set, Optional<String> published) {
    if (set.isEmpty() && WEEKDAY.matcher(time.text()).find()) set = published;
    if (due.isEmpty() || set.isEmpty() || YEAR.matcher(time.text()).find() || !before(due.get(), set.get())) {
      return due;
    }
    String d = due.get();
    if (DAY.matcher(d).matches()) {
      LocalDate date = LocalDate.parse(d);
      return Optional.of((WEEKDAY.matcher(time.text()).find() ? date.plusWeeks(1) : date.plusYears(1)).toString());
    }
    if (MONTH.matcher(d).matches() && !WEEKDAY.matcher(time.text()).find()) {
      return Optional.of(java.time.YearMonth.parse(d).plusYears(1).toString());
    }
    return due;
  }

  /** The setting date, unless it does not come before the due date. */
  static Optional<String> set(Optional<String> set, Optional<String> due) {
    if (set.isEmpty() || due.isEmpty()) return set;
    // values of other forms ("1996-W33") are not compared: kept
    boolean comparable = !datePart(set.get()).isEmpty() && !datePart(due.get()).isEmpty();
    return !comparable || before(set.get(), due.get()) ? set : Optional.empty();
  }

  /**
   * Whether {@code a} lies wholly before {@code b}, compared at the precision both have (year, month,
   * day: "1986-12-31" is before "1987-05"; "1987-05-20" is not before "1987-05"); other forms never are.
   */
  static boolean before(String a, String b) {
    String x = datePart(a);
    String y = datePart(b);
    if (x.isEmpty() || y.isEmpty()) return false;
    int n = Math.min(x.length(), y.length());
    return x.substring(0, n).compareTo(y.substring(0, n)) < 0;
  }

  private static String datePart(String value) {
    if (DAY.matcher(value).lookingAt()) return value.substring(0, 10);
    if (value.matches("\\d{4}-\\d{2}")) return value;
    if (value.matches("\\d{4}")) return value;
    return "";
  }
}
