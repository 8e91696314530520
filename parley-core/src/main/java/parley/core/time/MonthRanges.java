package parley.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import parley.core.doc.TimeExpression;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * A span of months ("the September to December period", "from February to June", "the
 * January/March quarter"): the two ends lie within one year, the closing month at or after the
 * opening one. Each end alone may have been read the wrong way ("the January-September surplus" in
 * an October story); the end read nearer the story decides the other.
 */
final class MonthRanges {
  /** What joins the two ends: "to", "through", "till", "until", a dash or a slash. */
  private static final Pattern LINK = Pattern.compile("(?i)\\s*(?:-|–|/|\\s(?:to|through|till|until)\\s)\\s*");
  private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-\\d{2}");

  private MonthRanges() {}

  static List<TimeExpression> attach(List<TimeExpression> times, List<Candidate> candidates, String text,
      Optional<LocalDate> published) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 1; i < out.size(); i++) {
      TimeExpression open = out.get(i - 1);
      TimeExpression close = out.get(i);
      Kind opening = candidates.get(i - 1).kind();
      if (!bareMonth(candidates.get(i)) || opening != Kind.MONTH && opening != Kind.MONTH_YEAR) continue;
      // "fell in February to January's level" compares, it spans nothing
      if (close.text().endsWith("s") && text.startsWith("'", close.span().end() - 2)) continue;
      if (open.value().isEmpty() || close.value().isEmpty()) continue;
      if (!MONTH_VALUE.matcher(open.value().get()).matches() || !MONTH_VALUE.matcher(close.value().get()).matches()) continue;
      if (open.span().end() > close.span().start()
          || !LINK.matcher(text.substring(open.span().end(), close.span().start())).matches()) {
        continue;
      }
      YearMonth from = YearMonth.parse(open.value().get());
      YearMonth to = YearMonth.parse(close.value().get());
      long span = from.until(to, ChronoUnit.MONTHS);
      if (span >= 0 && span < 12) continue;
      if (published.isEmpty()) continue;
      YearMonth now = YearMonth.from(published.get());
      // each end alone was read on its own; the one read nearer the story is the surer
      if (Math.abs(now.until(from, ChronoUnit.MONTHS)) <= Math.abs(now.until(to, ChronoUnit.MONTHS))) {
        YearMonth end = YearMonth.of(from.getYear(), to.getMonth());
        if (end.isBefore(from)) end = end.plusYears(1);
        out.set(i, new TimeExpression(close.text(), close.span(), Optional.of(IsoValues.month(end))));
      } else {
        YearMonth start = YearMonth.of(to.getYear(), from.getMonth());
        if (start.isAfter(to)) start = start.minusYears(1);
        out.set(i - 1, new TimeExpression(open.text(), open.span(), Optional.of(IsoValues.month(start))));
      }
    }
    return out;
  }

  /** A month named without a year or a "last"/"next" of its own. */
  private static boolean bareMonth(Candidate c) {
    return c.kind() == Kind.MONTH && c.group("mod") == null && c.group("ymod") == null;
  }
}
