package parley.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import parley.core.doc.TimeExpression;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * "From 0700 to 1900 local time on Sunday", "between 9 a.m. and 5 p.m. Friday": a span of clock times
 * naming its day once, after the closing time, is all on that day.
 */
final class ClockRanges {
  private static final Pattern LINK = Pattern.compile("(?i)\\s*(?:-|–|\\s(?:to|until|till|and)\\s)\\s*");
  private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.+)");

  private ClockRanges() {}

  static List<TimeExpression> attach(List<TimeExpression> times, List<Candidate> candidates, String text) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 1; i < out.size(); i++) {
      TimeExpression open = out.get(i - 1);
      TimeExpression close = out.get(i);
      Candidate opening = candidates.get(i - 1);
      if (opening.kind() != Kind.CLOCK || candidates.get(i).kind() != Kind.CLOCK || TimeValueResolver.namesDay(opening)
          || !TimeValueResolver.namesDay(candidates.get(i))) {
        continue;
      }
      if (open.value().isEmpty() || close.value().isEmpty() || open.span().end() > close.span().start()) continue;
      var from = CLOCK_VALUE.matcher(open.value().get());
      if (!from.matches() || !CLOCK_VALUE.matcher(close.value().get()).matches()) continue;
      if (!LINK.matcher(text.substring(open.span().end(), close.span().start())).matches()) continue;
      String day = close.value().get().substring(0, 10);
      out.set(i - 1, new TimeExpression(open.text(), open.span(), Optional.of(day + from.group(1))));
    }
    return out;
  }
}
