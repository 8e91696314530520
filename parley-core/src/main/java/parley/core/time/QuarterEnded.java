package parley.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.TimeExpression;

/**
 * "Results for the quarter ended Sept. 30": an unnumbered quarter followed by the calendar quarter's
 * last day it ended on is that quarter (2025-Q3), not the last one before the story.
 */
final class QuarterEnded {
  private static final Pattern BARE_QUARTER = Pattern.compile("(?i)(?:(?:for|in|during)\\s+)?(?:the|its)\\s+quarter");
  private static final Pattern ENDED = Pattern.compile("(?i)\\s+end(?:ed|ing)\\s+(?:on\\s+)?");
  private static final Pattern QUARTER_END = Pattern.compile("(\\d{4})-(03-31|06-30|09-30|12-31)");

  private QuarterEnded() {}

  static List<TimeExpression> attach(List<TimeExpression> times, String text) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 0; i + 1 < out.size(); i++) {
      TimeExpression quarter = out.get(i);
      TimeExpression day = out.get(i + 1);
      if (!BARE_QUARTER.matcher(quarter.text()).matches()) continue;
      Matcher gap = ENDED.matcher(text).region(quarter.span().end(), day.span().start());
      Matcher end = QUARTER_END.matcher(day.value().orElse(""));
      if (!gap.matches() || !end.matches()) continue;
      int q = Integer.parseInt(end.group(2).substring(0, 2)) / 3;
      out.set(i, new TimeExpression(quarter.text(), quarter.span(),
          Optional.of(IsoValues.quarter(Integer.parseInt(end.group(1)), q))));
    }
    return out;
  }
}
