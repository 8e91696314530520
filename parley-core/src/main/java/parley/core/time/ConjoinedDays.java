package parley.core.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * A day number joined to a date that names the month for both: "on April 24 and 25", "from 3 to
 * 5 May". TimeML marks each day as a date of its own; the bare number borrows the month (and the
 * year, when the text gives one after the pair) of its neighbour.
 */
final class ConjoinedDays {
  private static final String LINK = "\\s+(?<link>and|or|to|through|until)\\s+";
  private static final String YEAR = "(?:,?\\s*(?<year>1[6-9]\\d\\d|20\\d\\d)(?!\\d))?";
  /** What may follow the second day: the end of the phrase, not a noun it counts ("24 and 25 percent"). */
  private static final String PHRASE_END = "(?![.,/]\\d)(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:at|in|on|and|or|when|as|with|for|to|respectively)\\b)";
  private static final Pattern AFTER = Pattern.compile(LINK + "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d)" + YEAR + PHRASE_END);
  private static final Pattern BEFORE = Pattern.compile("(?<![\\w,.$])(?<day>[0-3]?\\d)(?:st|nd|rd|th)?" + LINK + "$");
  /** "June 24-25", "24-25 June": two day numbers joined by a dash are a span of days, with no opening word. */
  private static final Pattern AFTER_DASH = Pattern.compile("[-–](?<day>[0-3]?\\d)(?!\\d)" + YEAR + PHRASE_END);
  private static final Pattern BEFORE_DASH = Pattern.compile("(?<![\\w,.$/-])(?<day>[0-3]?\\d)[-–]$");

  private ConjoinedDays() {}

  /**
   * {@code chosen} with the bare day numbers joined to its month-day dates added; a year after the
   * pair ("Oct. 4 and 5, 2019") belongs to both days, so it is no year of its own.
   */
  static List<Candidate> join(List<Candidate> chosen, CharSequence text) {
    List<Candidate> out = new ArrayList<>(chosen);
    List<Candidate> added = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      Candidate c = chosen.get(i);
      if (c.group("wd") != null || c.group("weekof") != null || c.group("edge") != null) continue;
      if (c.kind() == Kind.MONTH_DAY) {
        Matcher m = AFTER.matcher(text).region(c.end(), text.length());
        if (!m.lookingAt() || isRange(m.group("link")) && !opensRange(c.group("prep"), c.start(), text)) {
          m = AFTER_DASH.matcher(text).region(c.end(), text.length());
          if (!m.lookingAt()) continue;
        }
        String year = m.group("year") != null ? m.group("year") : c.group("year");
        int end = m.group("year") != null ? m.end("year") : m.end("day");
        added.add(day(c, m.start("day"), end, m.group("day"), year));
        if (m.group("year") != null && c.group("year") == null) out.set(i, withYear(c, year));
      } else if (c.kind() == Kind.DAY_MONTH && c.group("prep") == null) {
        Matcher m = BEFORE.matcher(text).region(Math.max(0, c.start() - 20), c.start());
        if (m.find() && (!isRange(m.group("link")) || opensRange(null, m.start("day"), text))) added.add(day(c, m.start("day"), m.end("day"), m.group("day"), c.group("year")));
        Matcher dash = BEFORE_DASH.matcher(text).region(Math.max(0, c.start() - 4), c.start());
        if (dash.find()) added.add(day(c, dash.start("day"), dash.end("day"), dash.group("day"), c.group("year")));
      }
    }
    for (Candidate d : added) {
      out.removeIf(c -> c.kind() == Kind.YEAR && d.start() <= c.start() && c.end() <= d.end());
      if (out.stream().noneMatch(c -> c.start() < d.end() && d.start() < c.end())) out.add(d);
    }
    return out;
  }

  /** "to", "through", "until": a range, which needs its opening word ("from June 3 to 6", "between 3 and 5 May"). */
  private static boolean isRange(String link) {
    return !link.equalsIgnoreCase("and") && !link.equalsIgnoreCase("or");
  }

  private static final Pattern RANGE_OPENER = Pattern.compile("(?i)\\b(?:from|between|period)\\s+$");

  /** Whether the range of days is opened by "from" or "between" ("rose on Feb 25 to 12" is no range). */
  private static boolean opensRange(String prep, int start, CharSequence text) {
    if ("from".equalsIgnoreCase(prep)) return true;
    return RANGE_OPENER.matcher(text).region(Math.max(0, start - 20), start).find();
  }

  private static Candidate withYear(Candidate c, String year) {
    Map<String, String> groups = new HashMap<>(c.groups());
    groups.put("year", year);
    return new Candidate(c.kind(), c.start(), c.end(), groups);
  }

  private static Candidate day(Candidate neighbour, int start, int end, String day, String year) {
    Map<String, String> groups = new HashMap<>();
    groups.put("mon", neighbour.group("mon"));
    groups.put("day", day);
    if (year != null) groups.put("year", year);
    return new Candidate(neighbour.kind(), start, end, groups);
  }
}
