package parley.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * In results reporting, "a year earlier" and "the year-ago period" mean the same quarter one year
 * back: with "the third quarter" (1989-Q3) just before, "a year ago" is 1988-Q3, not 1988. Likewise
 * "the 1988 quarter" or "the 1988 period" is that quarter in 1988.
 */
final class YearAgoQuarters {
  private static final int REACH = 400;
  private static final Pattern QUARTER_AFTER = Pattern.compile("\\s+(?:quarter|period)\\b");

  private YearAgoQuarters() {}

  static List<TimeExpression> attach(List<TimeExpression> times, List<Candidate> candidates, String text) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      Kind kind = candidates.get(i).kind();
      if (kind == Kind.YEAR && t.value().isPresent() && t.value().get().matches("\\d{4}")) {
        Matcher after = QUARTER_AFTER.matcher(text).region(t.span().end(), text.length());
        if (after.lookingAt()) {
          Optional<String> q = quarterBefore(out, i);
          if (q.isPresent()) {
            Span span = new Span(t.span().start(), after.end());
            out.set(i, new TimeExpression(span.of(text), span, Optional.of(t.value().get() + "-Q" + q.get())));
          }
        }
        continue;
      }
      boolean yearBack = (kind == Kind.YEAR_AGO || kind == Kind.OFFSET) && t.value().isPresent()
          && t.value().get().matches("\\d{4}") && t.text().toLowerCase(java.util.Locale.ROOT).contains("year");
      if (!yearBack && !comparedWithLastYear(candidates.get(i), t, text)) continue;
      for (int j = i - 1; j >= 0 && t.span().start() - times.get(j).span().end() <= REACH; j--) {
        Optional<String> v = out.get(j).value();
        if (v.isPresent() && v.get().matches("\\d{4}-Q\\d")) {
          int year = Integer.parseInt(v.get().substring(0, 4)) - 1;
          if (Integer.toString(year).equals(t.value().get())) {
            out.set(i, new TimeExpression(t.text(), t.span(), Optional.of(year + v.get().substring(4))));
          }
          break;
        }
        // the nearest period reported before is the one compared: "For the nine months, ... a year
        // earlier", "In 1988, ... a year earlier" or "the year ended Aug. 31 ... last year" compares
        // years (or days), whatever quarter came before it
        if (!namesAQuarter(candidates.get(i), t) && v.isPresent()
            && v.get().matches("P\\d+[MY]|\\d{4}(?:-\\d\\d-\\d\\d)?")) {
          break;
        }
      }
    }
    return out;
  }

  /** "the year-ago quarter", "last year's quarter": the words say a quarter is meant, whatever came between. */
  private static boolean namesAQuarter(Candidate c, TimeExpression t) {
    return c.kind() == Kind.YEAR_AGO && t.text().toLowerCase(java.util.Locale.ROOT).contains("quarter");
  }

  /** A comparison in the sentence before "last year": "compared with a loss of $3 million last year". */
  private static final Pattern COMPARISON = Pattern.compile("\\b(?:compared\\s+(?:with|to)|from|versus|vs\\.|against)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’]?\\s+(?=[A-Z\"“])");

  /**
   * "last year" closing a comparison of results ("earnings of $24 million, compared with a loss of $3
   * million last year"): like "a year earlier", it names the same period one year back.
   */
  private static boolean comparedWithLastYear(Candidate c, TimeExpression t, String text) {
    if (c.kind() != Kind.RELATIVE || !"last".equalsIgnoreCase(c.group("mod"))
        || !"year".equalsIgnoreCase(c.group("unit")) || c.group("edge") != null || t.value().isEmpty()) {
      return false;
    }
    int from = Math.max(0, t.span().start() - 200);
    Matcher end = SENTENCE_END.matcher(text).useTransparentBounds(true).region(from, t.span().start());
    while (end.find()) from = end.end();
    if (t.span().end() < text.length() && text.startsWith("'s", t.span().end())) return false;
    return "from".equalsIgnoreCase(c.group("prep")) || COMPARISON.matcher(text).region(from, t.span().start()).find();
  }

  /** The quarter number of the nearest quarter value before time {@code i}, within reach. */
  private static Optional<String> quarterBefore(List<TimeExpression> times, int i) {
    for (int j = i - 1; j >= 0 && times.get(i).span().start() - times.get(j).span().end() <= REACH; j--) {
      Optional<String> v = times.get(j).value();
      if (v.isPresent() && v.get().matches("\\d{4}-Q\\d")) return Optional.of(v.get().substring(6));
      if (v.isPresent() && v.get().matches("P\\d+M")) return Optional.empty();
    }
    return Optional.empty();
  }
}
