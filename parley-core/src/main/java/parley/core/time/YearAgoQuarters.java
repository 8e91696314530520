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

  static List<TimeExpression> attach(List<TimeExpression> times, List<Candidate> candidates, String text,
      ReportedQuarter story) {
    List<TimeExpression> out = new ArrayList<>(times);
    // which values are themselves a quarter one year back: a later comparison means the same one
    boolean[] comparison = new boolean[times.size()];
    Optional<String> lead = story.lead();
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      Kind kind = candidates.get(i).kind();
      if (kind == Kind.YEAR && t.value().isPresent() && t.value().get().matches("\\d{4}")) {
        Matcher after = QUARTER_AFTER.matcher(text).region(t.span().end(), text.length());
        if (after.lookingAt()) {
          Optional<String> q = quarterBefore(out, candidates, i);
          if (q.isPresent()) {
            Span span = new Span(t.span().start(), after.end());
            out.set(i, new TimeExpression(span.of(text), span, Optional.of(t.value().get() + "-Q" + q.get())));
            // "the 1988 period" in a 1989 report is the quarter compared
            comparison[i] = lead.isPresent() && t.value().get().compareTo(lead.get().substring(0, 4)) < 0;
          }
        }
        continue;
      }
      // "the year-earlier period", "the year-ago quarter" compare reported periods only, however far
      // back the story named the one it reports; "a year ago" may also just count back from today
      boolean comparesPeriods = kind == Kind.YEAR_AGO && candidates.get(i).group("ord") == null;
      if ((kind == Kind.YEAR_AGO || kind == Kind.OFFSET && BACK.matcher(t.text()).find()) && t.value().isPresent()
          && t.value().get().matches("\\d{4}-Q\\d")) {
        comparison[i] = true; // counted back from a quarter already ("a year earlier" after "the third quarter")
      }
      boolean yearBack = (comparesPeriods || kind == Kind.OFFSET) && t.value().isPresent()
          && t.value().get().matches(comparesPeriods ? "\\d{4}(?:-Q\\d)?" : "\\d{4}")
          && t.text().toLowerCase(java.util.Locale.ROOT).contains("year");
      if (!yearBack && !comparedWithLastYear(candidates.get(i), t, text)) continue;
      int reach = comparesPeriods ? Integer.MAX_VALUE : REACH;
      for (int j = i - 1; j >= 0 && t.span().start() - times.get(j).span().end() <= reach; j--) {
        Optional<String> v = out.get(j).value();
        Kind before = candidates.get(j).kind();
        // "its quarterly dividend" is no period reported
        if (before == Kind.SET) continue;
        if (v.isPresent() && v.get().matches("\\d{4}-Q\\d")) {
          // "its fourth-quarter earnings will exceed the year-ago results" compares the quarter looked forward to
          if (story.isPassing(candidates.get(j), out.get(j)) && !sameSentence(text, times.get(j), t)) continue;
          int year = Integer.parseInt(v.get().substring(0, 4)) - 1;
          boolean yearBackQuarter = comparison[j] || before == Kind.QUARTER && story.isEarlierYear(v.get());
          if (yearBackQuarter && lead.isPresent() && year + 3 <= Integer.parseInt(lead.get().substring(0, 4))) {
            continue; // "the third quarter of 1984" in a 1989 report is history
          }
          if (yearBackQuarter) {
            // "from a year ago ... a year earlier": each compares with the same quarter, not with the other
            out.set(i, new TimeExpression(t.text(), t.span(), v));
            comparison[i] = true;
          } else if (comparesPeriods || Integer.toString(year).equals(t.value().get())) {
            out.set(i, new TimeExpression(t.text(), t.span(), Optional.of(year + v.get().substring(4))));
            comparison[i] = true;
          }
          break;
        }
        // "for the quarter ended Sept. 30": the day ends the period named before it
        if (v.isPresent() && v.get().matches("\\d{4}-\\d\\d-\\d\\d") && ENDED.matcher(text)
            .region(Math.max(0, times.get(j).span().start() - 12), times.get(j).span().start()).find()) {
          continue;
        }
        // the nearest period reported before is the one compared: "For the nine months, ... a year
        // earlier", "In 1988, ... a year earlier" or "the year ended Aug. 31 ... last year" compares
        // years (or days), whatever quarter came before it ("a two-year boom" reports no period)
        if (!namesAQuarter(candidates.get(i), t) && v.isPresent()
            && v.get().matches("P\\d+M|P1Y|\\d{4}(?:-\\d\\d-\\d\\d)?")) {
          break;
        }
      }
    }
    return out;
  }

  private static final Pattern BACK = Pattern.compile("(?i)\\byears?\\s+(?:ago|earlier)\\b");
  private static final Pattern ENDED = Pattern.compile("(?i)\\bend(?:ed|ing)\\s+$");

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

  private static boolean sameSentence(String text, TimeExpression before, TimeExpression after) {
    return !SENTENCE_END.matcher(text).region(before.span().end(), after.span().start()).find();
  }

  /** The quarter number of the nearest quarter value before time {@code i}, within reach. */
  private static Optional<String> quarterBefore(List<TimeExpression> times, List<Candidate> candidates, int i) {
    for (int j = i - 1; j >= 0 && times.get(i).span().start() - times.get(j).span().end() <= REACH; j--) {
      Optional<String> v = times.get(j).value();
      // "the 1986 quarter" after "higher third quarter profits" may compare with a quarter to come
      if (candidates.get(j).kind() == Kind.QUARTER && !ReportedQuarter.isDefiniteQuarter(candidates.get(j), times.get(j))) {
        continue;
      }
      if (v.isPresent() && v.get().matches("\\d{4}-Q\\d")) return Optional.of(v.get().substring(6));
      if (v.isPresent() && v.get().matches("P\\d+M")) return Optional.empty();
    }
    return Optional.empty();
  }
}
