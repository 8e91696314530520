package parley.core.time;

import java.time.LocalDate;
import java.util.Optional;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimeValueResolver.Tense;

/**
 * "In the second half of the year", "the first half of next year": a half of a year counted from
 * the anchor (TimeML 2026-H2). A past verb's "the first half of the year" told before that half is over
 * is the last year's ("output fell in the first half of the year" in a January story).
 */
final class HalfOfYear {
  private HalfOfYear() {}

  static boolean applies(Candidate c) {
    return "year".equalsIgnoreCase(c.group("unit")) && !TimeValueResolver.half(c).isEmpty();
  }

  static Optional<String> value(Candidate c, LocalDate anchor, Tense tense) {
    String mod = TimeValueResolver.lower(c.group("mod"));
    int year = anchor.getYear() + (mod.equals("last") || mod.equals("previous") ? -1 : mod.equals("next") ? 1 : 0);
    String half = TimeValueResolver.half(c);
    LocalDate end = half.equals("-H1") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    if (mod.equals("the") && (tense == Tense.PAST || tense == Tense.DONE) && end.isAfter(anchor)) year--;
    return Optional.of(IsoValues.year(year) + half);
  }
}
