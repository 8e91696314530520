package parley.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words time expressions are built around (a month, a weekday, "year", "ago", "now", a
 * four-digit year...), by kind. One cheap scan finds them, and each time pattern then runs only in
 * windows around the triggers of its kind: most of an article is never matched against most rules.
 */
final class TimeTriggers {
  enum Trigger { MONTH, WEEKDAY, DAY_WORD, UNIT, REFERENCE, SEASON, HOLIDAY, SET, YEAR, CLOCK, SLASH }

  private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march",
      "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
      "oct", "october", "nov", "november", "dec", "december");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
      "sundays");
  private static final Set<String> DAY_WORDS = Set.of("today", "tonight", "tomorrow", "yesterday",
      "overnight", "morning", "afternoon", "evening", "night", "dawn", "daybreak", "sunrise", "dusk", "sunset", "nightfall");
  private static final Set<String> UNITS = Set.of("second", "seconds", "minute", "minutes", "hour",
      "hours", "day", "days", "night", "nights", "week", "weeks", "weekend", "month", "months",
      "quarter", "quarters", "half", "year", "years", "decade", "decades", "century", "centuries",
      "yearend", "end");
  private static final Set<String> REFERENCES = Set.of("now", "currently", "current", "nowadays",
      "present", "presently", "moment", "recently", "recent", "lately", "previously", "formerly",
      "past", "future", "soon", "shortly", "term", "run", "these", "latest", "date");
  private static final Set<String> SEASONS = Set.of("spring", "summer", "fall", "autumn", "winter");
  private static final Set<String> HOLIDAYS = Set.of("christmas", "new", "thanksgiving",
      "independence", "halloween", "election", "easter", "good", "labor", "memorial", "veterans", "inauguration", "bastille");
  private static final Set<String> SETS = Set.of("daily", "weekly", "monthly", "yearly", "annually",
      "hourly", "nightly", "quarterly", "every", "each", "per");
  private static final Set<String> SPOKEN_YEARS = Set.of("eighteen", "nineteen", "thousand", "twenties",
      "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties");
  private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "noon", "midnight", "midday", "gmt", "utc");

  private TimeTriggers() {}

  /** Merged {@code [start, end)} windows of {@code margin} characters around triggers of each kind. */
  static Map<Trigger, List<int[]>> windows(CharSequence text, int margin) {
    Map<Trigger, List<int[]>> out = new EnumMap<>(Trigger.class);
    for (Trigger t : Trigger.values()) out.put(t, new ArrayList<>());
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) i++;
      int from = Math.max(0, start - margin);
      int to = Math.min(n, i + margin);
      for (Trigger t : classify(text, start, i)) add(out.get(t), from, to);
    }
    return out;
  }

  /** The union of the windows of several kinds, merged and in order. */
  static List<int[]> union(Map<Trigger, List<int[]>> windows, Set<Trigger> kinds) {
    List<int[]> all = new ArrayList<>();
    for (Trigger t : kinds) all.addAll(windows.get(t));
    all.sort(Comparator.comparingInt(w -> w[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] w : all) add(out, w[0], w[1]);
    return out;
  }

  private static List<Trigger> classify(CharSequence text, int start, int end) {
    List<Trigger> out = new ArrayList<>(2);
    if (Character.isDigit(text.charAt(start))) {
      int digits = 0;
      while (start + digits < end && Character.isDigit(text.charAt(start + digits))) digits++;
      if (digits == 4 || digits == 2 && end - start == 3 && text.charAt(end - 1) == 's') out.add(Trigger.YEAR);
      if (digits == 2 && end - start == 2 && ClippedYear.apostropheBefore(text, start)) out.add(Trigger.YEAR);
      char next = end < text.length() ? text.charAt(end) : ' ';
      if (next == ':' || next == '.' || next == ' ') out.add(Trigger.CLOCK);
      if (next == '/') out.add(Trigger.SLASH);
    }
    String word = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    for (String part : word.split("-")) {
      if (MONTHS.contains(part)) out.add(Trigger.MONTH);
      if (WEEKDAYS.contains(part)) out.add(Trigger.WEEKDAY);
      if (DAY_WORDS.contains(part)) out.add(Trigger.DAY_WORD);
      if (UNITS.contains(part)) out.add(Trigger.UNIT);
      if (REFERENCES.contains(part)) out.add(Trigger.REFERENCE);
      if (SEASONS.contains(part)) out.add(Trigger.SEASON);
      if (HOLIDAYS.contains(part)) out.add(Trigger.HOLIDAY);
      if (SETS.contains(part)) out.add(Trigger.SET);
      if (CLOCK_WORDS.contains(part)) out.add(Trigger.CLOCK);
      if (SPOKEN_YEARS.contains(part)) out.add(Trigger.YEAR);
      if (part.matches("\\d{4}s?") && !Character.isDigit(text.charAt(start))) out.add(Trigger.YEAR);
    }
    return out;
  }

  private static void add(List<int[]> windows, int start, int end) {
    if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= start) {
      int[] last = windows.get(windows.size() - 1);
      last[1] = Math.max(last[1], end);
    } else {
      windows.add(new int[] {start, end});
    }
  }
}
