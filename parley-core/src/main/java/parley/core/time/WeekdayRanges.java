package parley.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import parley.core.doc.TimeExpression;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * "From Monday to Wednesday", "between Tuesday and Thursday", "Monday through Friday": a span of
 * weekdays runs forward, so its closing day is the first of that name after the opening one ("talks
 * will run from Monday to Wednesday next week" told on a Wednesday closes on next week's Wednesday,
 * not on the day told).
 */
final class WeekdayRanges {
  /** What joins the two days: "to", "through", "till", "until", "and" (after "between"), a dash. */
  private static final Pattern LINK = Pattern.compile("(?i)\\s*(?:-|–|\\s(?:to|through|till|until|and)\\s)\\s*");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private WeekdayRanges() {}

  static List<TimeExpression> attach(List<TimeExpression> times, List<Candidate> candidates, String text) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 1; i < out.size(); i++) {
      TimeExpression open = out.get(i - 1);
      TimeExpression close = out.get(i);
      if (candidates.get(i - 1).kind() != Kind.WEEKDAY || candidates.get(i).kind() != Kind.WEEKDAY) continue;
      if (open.value().isEmpty() || close.value().isEmpty()) continue;
      if (!DAY_VALUE.matcher(open.value().get()).matches() || !DAY_VALUE.matcher(close.value().get()).matches()) continue;
      if (open.span().end() > close.span().start()) continue;
      String link = text.substring(open.span().end(), close.span().start());
      if (!LINK.matcher(link).matches() || !opens(open.text(), link, text, open.span().start())) continue;
      LocalDate from = LocalDate.parse(open.value().get());
      LocalDate to = LocalDate.parse(close.value().get());
      if (!to.isBefore(from)) continue;
      out.set(i, new TimeExpression(close.text(), close.span(), Optional.of(IsoValues.day(to.plusWeeks(1)))));
    }
    return out;
  }

  /** "from Monday" before "to"; "between Monday" before "and": the opening day of a span. */
  private static boolean opens(String openText, String link, String text, int openStart) {
    String before = (text.substring(Math.max(0, openStart - 9), openStart) + openText).toLowerCase(java.util.Locale.ROOT);
    if (link.trim().equalsIgnoreCase("and")) return before.matches("(?s).*\\bbetween\\s+\\w+");
    return !before.matches("(?s).*\\b(?:since|until|till|by|before|after)\\s+\\w+");
  }
}
