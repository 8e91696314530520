package parley.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;

/**
 * "The day before last Tuesday's hearing", "the day after Christmas": one date, the day next to
 * the one named (TimeML marks the whole phrase with that day's value).
 */
final class DayBeside {
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T[A-Z]{2})?");
  /** "the day before " right before the date, or "the day " when the date took "before" as its preposition. */
  private static final Pattern WITH_LINK = Pattern.compile("(?i)\\b(?:the\\s+)?day\\s+(before|after)\\s+$");
  private static final Pattern WITHOUT_LINK = Pattern.compile("(?i)\\b(?:the\\s+)?day\\s+$");
  private static final Pattern LINK_START = Pattern.compile("(?i)(before|after)\\s");

  private DayBeside() {}

  static List<TimeExpression> attach(List<TimeExpression> times, String text) {
    List<TimeExpression> out = new ArrayList<>(times.size());
    for (TimeExpression t : times) out.add(beside(t, text).orElse(t));
    return out;
  }

  private static Optional<TimeExpression> beside(TimeExpression t, String text) {
    Matcher day = DAY_VALUE.matcher(t.value().orElse(""));
    if (!day.matches()) return Optional.empty();
    int from = Math.max(0, t.span().start() - 20);
    Matcher link = LINK_START.matcher(t.text());
    String direction;
    int start;
    if (link.lookingAt()) {
      Matcher m = WITHOUT_LINK.matcher(text).region(from, t.span().start());
      if (!m.find()) return Optional.empty();
      direction = link.group(1);
      start = m.start();
    } else {
      Matcher m = WITH_LINK.matcher(text).region(from, t.span().start());
      if (!m.find()) return Optional.empty();
      direction = m.group(1);
      start = m.start();
    }
    LocalDate d = LocalDate.parse(day.group(1));
    LocalDate next = direction.equalsIgnoreCase("before") ? d.minusDays(1) : d.plusDays(1);
    Span span = new Span(start, t.span().end());
    return Optional.of(new TimeExpression(span.of(text), span, Optional.of(IsoValues.day(next))));
  }
}
