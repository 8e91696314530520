package parley.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.TimeExpression;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * Parts of a day the words do not name: "in the morning", "overnight", "later in the day". They belong to the day the
 * story last talked about ("Shares fell Friday. Dealers bought in the morning" is Friday morning),
 * and "overnight" is the night before it (TimeML values a night by the day it starts on). With no
 * day told before, the publication date is that day. Stateless.
 */
final class UnnamedDayParts {
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");

  private static final int WEEK = 7;

  private UnnamedDayParts() {}

  static boolean applies(Candidate c) {
    return c.kind() == Kind.NAMED_DAY && (isOvernight(c) || c.group("inthe") != null) || isWithinTheDay(c);
  }

  /** "earlier in the day", "later in the day": within the day the story talks about, not the publication date. */
  private static boolean isWithinTheDay(Candidate c) {
    return c.kind() == Kind.RELATIVE && "day".equalsIgnoreCase(c.group("unit")) && c.group("edge") != null
        && c.group("edge").matches("(?i)earlier|later");
  }

  /**
   * The day the story last told something happened on: the last expression valued as a day, leaving
   * out days that only qualify a noun ("yesterday's close", "Friday's vote": what happens in the
   * morning is seldom on them), nights (they span two days) and "overnight" itself.
   */
  static Optional<String> lastToldDay(List<TimeExpression> times, List<Candidate> candidates, String text) {
    for (int j = times.size() - 1; j >= 0; j--) {
      TimeExpression t = times.get(j);
      String v = t.value().orElse("");
      // "the 9/11 attacks" names an event of 2001, not a day the story tells
      if (!DAY_VALUE.matcher(v).matches() || v.endsWith("TNI") || isOvernight(candidates.get(j))
          || isPossessive(t, text) || SeptemberEleventh.namesTheAttacks(candidates.get(j), text)) {
        continue;
      }
      // "just after midnight" (2016-07-19T24:00) opened the next day: the night over is that day's eve
      return Optional.of(PastMidnight.openedDay(v));
    }
    return Optional.empty();
  }

  /**
   * The part of the day of {@code reference}, when the reference is a day of the week up to the
   * publication date (a night already over), or of the week around it (a morning).
   */
  static Optional<String> resolve(Candidate c, String reference, Optional<LocalDate> published) {
    Matcher m = DAY_VALUE.matcher(reference);
    if (!m.matches() || published.isEmpty()) return Optional.empty();
    LocalDate day = LocalDate.parse(m.group(1));
    LocalDate p = published.get();
    if (day.isBefore(p.minusDays(WEEK)) || day.isAfter(isOvernight(c) ? p : p.plusDays(WEEK))) return Optional.empty();
    return Optional.of(isOvernight(c) ? IsoValues.day(day.minusDays(1)) + "TNI"
        : IsoValues.day(day) + IsoValues.partOfDay(c.group("part")));
  }

  private static boolean isPossessive(TimeExpression t, String text) {
    String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 2));
    return t.text().matches("(?s).*['’]s") || after.matches("['’]s");
  }

  static boolean isOvernight(Candidate c) {
    return "overnight".equalsIgnoreCase(c.group("named"));
  }
}
