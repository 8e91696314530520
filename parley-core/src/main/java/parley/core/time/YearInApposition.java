package parley.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.TimeExpression;

/**
 * "In 2008, the year he returned to teaching": "the year" set beside a year names that same year,
 * not the year of the story.
 */
final class YearInApposition {
  private static final Pattern YEAR_VALUE = Pattern.compile("\\d{4}");
  /** ", the year" right after the year, then the clause or phrase telling which year it is. */
  private static final Pattern APPOSED = Pattern.compile("(?i),\\s+the\\s+year(?=\\s+[a-z])");

  private YearInApposition() {}

  static List<TimeExpression> attach(List<TimeExpression> times, String text) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 0; i + 1 < out.size(); i++) {
      TimeExpression year = out.get(i);
      TimeExpression next = out.get(i + 1);
      if (!year.value().map(v -> YEAR_VALUE.matcher(v).matches()).orElse(false)) continue;
      Matcher m = APPOSED.matcher(text).region(year.span().end(), text.length());
      // only a bare "the year": "2008, the year before" counts back from it
      if (!m.lookingAt() || next.span().start() < m.start() || next.span().end() != m.end()) continue;
      out.set(i + 1, new TimeExpression(next.text(), next.span(), year.value()));
    }
    return out;
  }
}
