package parley.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * "In October, the senator proposed a tax": a month or date opening its sentence before a comma
 * sets the time of the main clause, not of a noun, so with a past verb it is the latest one not
 * after the story, even when the next one is only weeks ahead (a month at the end of a clause may be a
 * noun's the parser hung on the verb, and keeps that allowance). Stateless.
 */
final class FrontedPastTime {
  private static final Pattern OPENING = Pattern.compile("[\\s\"“‘'(]*");
  private static final Pattern COMMA_AFTER = Pattern.compile("\\s*,");

  private FrontedPastTime() {}

  /** Whether the month or date {@code c} opens the sentence starting at {@code sentenceStart} before a comma. */
  static boolean opens(Candidate c, String text, int sentenceStart) {
    if (c.kind() != Kind.MONTH && c.kind() != Kind.MONTH_DAY && c.kind() != Kind.DAY_MONTH) return false;
    if (c.group("year") != null || sentenceStart > c.start()) return false;
    return OPENING.matcher(text).region(sentenceStart, c.start()).matches()
        && COMMA_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
  }

  /** {@code value} moved back a year when it lies after {@code published}. */
  static Optional<String> notAfter(Optional<String> value, Optional<LocalDate> published) {
    if (value.isEmpty() || published.isEmpty()) return value;
    String v = value.get();
    LocalDate p = published.get();
    if (v.matches("\\d{4}-\\d{2}")) {
      YearMonth m = YearMonth.parse(v);
      return Optional.of(m.isAfter(YearMonth.from(p)) ? IsoValues.month(m.minusYears(1)) : v);
    }
    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      LocalDate d = LocalDate.parse(v);
      return Optional.of(d.isAfter(p) ? IsoValues.day(d.minusYears(1)) : v);
    }
    return value;
  }
}
