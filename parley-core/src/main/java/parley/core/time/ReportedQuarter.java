package parley.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import parley.core.doc.TimeExpression;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * In a results story "the quarter", "the latest quarter" and "the latest period" are the quarter the
 * story reports, the one it last named: after "the fiscal first quarter" (1989-Q1), "for the
 * quarter" is 1989-Q1, not the calendar quarter just ended. A quarter later than the first one the
 * story names is a forecast, not the one reported. Without a quarter named before, the value counted
 * from the publication date stays.
 */
final class ReportedQuarter {
  private static final String QUARTER = "\\d{4}-Q\\d";

  private ReportedQuarter() {}

  static List<TimeExpression> attach(List<TimeExpression> times, List<Candidate> candidates) {
    List<TimeExpression> out = new ArrayList<>(times);
    Optional<String> lead = lead(times, candidates);
    if (lead.isEmpty()) return out;
    for (int i = 0; i < times.size(); i++) {
      if (!namesTheReportedQuarter(candidates.get(i))) continue;
      for (int j = i - 1; j >= 0; j--) {
        Optional<String> v = out.get(j).value();
        boolean named = isDefiniteQuarter(candidates.get(j), out.get(j)) || namesTheReportedQuarter(candidates.get(j));
        if (named && v.isPresent() && v.get().matches(QUARTER) && !isForecast(v.get(), lead)) {
          TimeExpression t = times.get(i);
          out.set(i, new TimeExpression(t.text(), t.span(), v));
          break;
        }
      }
    }
    return out;
  }

  /** The first quarter the story names, the one it reports ("third-quarter profit rose"). */
  static Optional<String> lead(List<TimeExpression> times, List<Candidate> candidates) {
    for (int i = 0; i < times.size(); i++) {
      Optional<String> v = times.get(i).value();
      Candidate c = candidates.get(i);
      if (isDefiniteQuarter(c, times.get(i)) && c.group("qyear") == null && c.group("ofyear") == null
          && v.isPresent() && v.get().matches(QUARTER)) {
        return v;
      }
    }
    return Optional.empty();
  }

  private static final Pattern INDEFINITE = Pattern.compile("(?i)an?\\s");

  /**
   * A quarter named as the one meant ("the third quarter", "third-quarter profit"), not in passing
   * ("after a flat second quarter"; in "a third-quarter loss" the article is the noun's). The first one without a year is the one reported: "the third
   * quarter of 1984" is history.
   */
  static boolean isDefiniteQuarter(Candidate c, TimeExpression t) {
    if (c.kind() != Kind.QUARTER) return false;
    String prep = c.group("prep");
    String words = t.text().substring(prep == null ? 0 : Math.min(t.text().length(), prep.length())).stripLeading();
    // "a third-quarter loss": the article is the loss's
    return !INDEFINITE.matcher(words).lookingAt() || words.matches("(?is).*-(?:quarter|half)");
  }

  /**
   * A quarter later than the one the story leads with ("a fourth-quarter charge" in a third-quarter
   * report) is one looked forward to, not reported.
   */
  static boolean isForecast(String quarter, Optional<String> lead) {
    return lead.isPresent() && quarter.compareTo(lead.get()) > 0;
  }

  /** "the quarter", "latest quarter", "the most recent period": no word that counts from today. */
  private static boolean namesTheReportedQuarter(Candidate c) {
    return c.kind() == Kind.QUARTER_RELATIVE
        && TimeValueResolver.lower(c.group("mod")).matches("the|latest|the latest|the most recent");
  }
}
