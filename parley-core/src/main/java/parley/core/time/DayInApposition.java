package parley.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;

/**
 * "Oct. 12, the day before the crash": "the day" set beside a date names that same day, so TimeML
 * marks it as a time of its own with the date's value.
 */
final class DayInApposition {
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** ", the day" after the date, then what tells which day it is: "before", "after", "when", "that", "of". */
  private static final Pattern APPOSED = Pattern.compile("(?i),\\s+(the\\s+day)(?=\\s+(?:before|after|when|that|of)\\b)");

  private DayInApposition() {}

  static List<TimeExpression> attach(List<TimeExpression> times, String text) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (TimeExpression t : times) {
      if (!t.value().map(v -> DAY_VALUE.matcher(v).matches()).orElse(false)) continue;
      Matcher m = APPOSED.matcher(text).region(t.span().end(), text.length());
      if (!m.lookingAt()) continue;
      Span span = new Span(m.start(1), m.end(1));
      if (out.stream().anyMatch(o -> o.span().start() < span.end() && span.start() < o.span().end())) continue;
      out.add(new TimeExpression(span.of(text), span, t.value()));
    }
    out.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
    return out;
  }
}
