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
 * The quarter a results story reports, and what that makes of "the quarter", "the latest quarter" and
 * "the latest period": the quarter the story last named as the one meant. After "the fiscal first
 * quarter" (1989-Q1), "for the quarter" is 1989-Q1, not the calendar quarter just ended. A quarter not
 * begun at publication, or the current one when the story leads with an earlier one ("a fourth-quarter
 * charge" in a third-quarter report), is looked forward to, not reported; "last year's first quarter"
 * is compared with. Without a quarter named before, the value counted from the publication date stays.
 */
final class ReportedQuarter {
  private static final String QUARTER = "\\d{4}-Q\\d";
  /** "a flat second quarter": a quarter described, not the one named as meant. */
  private static final Pattern DESCRIBED = Pattern.compile("(?i)an?\\s+(?:flat|strong|weak)\\s");

  private static final Pattern FISCAL = Pattern.compile("(?i)\\bfiscal\\b");

  private final Optional<String> lead;
  private final Optional<LocalDate> published;

  private ReportedQuarter(Optional<String> lead, Optional<LocalDate> published) {
    this.lead = lead;
    this.published = published;
  }

  /**
   * The story's reported quarter: the first quarter it names as meant that is over at publication and
   * not history ("the fourth quarter of 1986" in March 1987); after one under way is named, only a
   * quarter over and named without a year ("optimistic about the fourth quarter" before "for the third
   * quarter, Sears earned"; not "up from the 1986 fourth quarter"); else the first one under way
   * ("fourth-quarter earnings" of a fiscal year ended Sept. 30).
   */
  static ReportedQuarter of(List<TimeExpression> times, List<Candidate> candidates, Optional<LocalDate> published) {
    ReportedQuarter none = new ReportedQuarter(Optional.empty(), published);
    Optional<String> firstRecent = Optional.empty();
    for (int i = 0; i < times.size(); i++) {
      Optional<String> v = times.get(i).value();
      Candidate c = candidates.get(i);
      if (!isDefiniteQuarter(c, times.get(i)) || v.isEmpty() || !v.get().matches(QUARTER)) continue;
      boolean dated = c.group("qyear") != null || c.group("ofyear") != null;
      // "last year's first quarter" is compared with; "the 1986 fourth quarter" in a June 1987 story is
      // past, "the fourth quarter of 1986" in March 1987 the one reported
      boolean lastYears = "last".equalsIgnoreCase(c.group("yearmod")) || "last".equalsIgnoreCase(c.group("ofmod"));
      boolean recent = published.isPresent()
          ? !none.begunAfter(v.get()) && (!dated || !firstDay(v.get()).plusMonths(7).isBefore(published.get()))
          : !dated;
      if (!recent || lastYears) continue;
      boolean over = published.isEmpty() || none.ended(v.get());
      if (over && (firstRecent.isEmpty() || !dated)) return new ReportedQuarter(v, published);
      if (firstRecent.isEmpty()) firstRecent = v;
    }
    return new ReportedQuarter(firstRecent, published);
  }

  Optional<String> lead() {
    return lead;
  }

  /**
   * "the quarter", "the latest period": the reported quarter, or a later one the story went on to report;
   * an earlier quarter named since ("after a deficit in the third quarter") is one compared with,
   * unless it is another company's "fiscal second quarter" in a round-up.
   */
  List<TimeExpression> attach(List<TimeExpression> times, List<Candidate> candidates) {
    List<TimeExpression> out = new ArrayList<>(times);
    if (lead.isEmpty()) return out;
    for (int i = 0; i < times.size(); i++) {
      if (!namesTheReportedQuarter(candidates.get(i))) continue;
      // "the latest quarter" is one reported; "expects a loss for the quarter" may look ahead, though
      // not past the quarter under way
      boolean latest = !TimeValueResolver.lower(candidates.get(i).group("mod")).equals("the");
      for (int j = i - 1; j >= 0; j--) {
        Optional<String> v = out.get(j).value();
        boolean named = isDefiniteQuarter(candidates.get(j), out.get(j)) || namesTheReportedQuarter(candidates.get(j));
        boolean reported = v.isPresent() && (v.get().compareTo(lead.get()) >= 0 || FISCAL.matcher(out.get(j).text()).find());
        if (named && reported && v.get().matches(QUARTER) && !(latest ? isForecast(v.get()) : begunAfter(v.get()))) {
          TimeExpression t = times.get(i);
          out.set(i, new TimeExpression(t.text(), t.span(), v));
          break;
        }
      }
    }
    return out;
  }

  /**
   * A quarter not begun at publication, or the current one named after an earlier reported one ("a
   * fourth-quarter charge" in a third-quarter report): looked forward to. A fiscal fourth quarter the
   * story leads with is reported, even while the calendar quarter of that name is still running.
   */
  boolean isForecast(String quarter) {
    if (lead.isEmpty()) return false;
    boolean afterLead = quarter.compareTo(lead.get()) > 0;
    return published.isPresent() ? begunAfter(quarter) || afterLead && !ended(quarter) : afterLead;
  }

  /** "last year's first quarter" in a 1987 report: a quarter compared with, not reported. */
  boolean isEarlierYear(String quarter) {
    return lead.isPresent() && year(quarter) < year(lead.get());
  }

  /** A quarter named in passing ("after a flat second quarter") or looked forward to: not the one reported. */
  boolean isPassing(Candidate c, TimeExpression t) {
    return c.kind() == Kind.QUARTER && (!isDefiniteQuarter(c, t) || isForecast(t.value().orElse("")));
  }

  private boolean begunAfter(String quarter) {
    return published.isPresent() && quarter.matches(QUARTER) && firstDay(quarter).isAfter(published.get());
  }

  private boolean ended(String quarter) {
    return published.isPresent() && quarter.matches(QUARTER) && firstDay(quarter).plusMonths(3).isBefore(published.get());
  }

  private static LocalDate firstDay(String quarter) {
    return LocalDate.of(year(quarter), (quarter.charAt(6) - '1') * 3 + 1, 1);
  }

  private static int year(String value) {
    return Integer.parseInt(value.substring(0, 4));
  }

  /** A quarter named as the one meant ("the third quarter", "third-quarter profit"), not in passing. */
  static boolean isDefiniteQuarter(Candidate c, TimeExpression t) {
    if (c.kind() != Kind.QUARTER) return false;
    String prep = c.group("prep");
    String words = t.text().substring(prep == null ? 0 : Math.min(t.text().length(), prep.length())).stripLeading();
    return !DESCRIBED.matcher(words).lookingAt();
  }

  /** "the quarter", "latest quarter", "the most recent period": no word that counts from today. */
  private static boolean namesTheReportedQuarter(Candidate c) {
    return c.kind() == Kind.QUARTER_RELATIVE
        && TimeValueResolver.lower(c.group("mod")).matches("the|latest|the latest|the most recent");
  }
}
