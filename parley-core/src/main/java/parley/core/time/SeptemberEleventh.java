package parley.core.time;

import java.util.Optional;
import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * "The Sept. 11 attacks", "the September 11 hijackers", "the Sept. 11 commission": September 11
 * without a year naming the 2001 attacks on the United States is that day, whenever the story was
 * written. Only a date followed by a word of those attacks is read so ("9/11" always is). Stateless.
 */
final class SeptemberEleventh {
  private static final Pattern ATTACK_WORDS = Pattern.compile("(?i),?\\s+(?:,\\s*)?(?:20)?(?:terrorist\\s+|terror\\s+)?"
      + "(?:attacks?|hijack(?:ers?|ings?)|commission|memorial|museum|victims|plot(?:ters)?|families|first\\s+responders"
      + "|terrorists?|strikes)\\b");

  private SeptemberEleventh() {}

  /** Whether {@code c} names the attacks: "9/11", or a year-less September 11 before a word of them. */
  static boolean namesTheAttacks(Candidate c, CharSequence text) {
    return c.kind() == Kind.HOLIDAY && "9/11".equals(c.group("holiday")) || attacks(c, text).isPresent();
  }

  /** "2001-09-11" for a year-less September 11 naming the attacks, else empty. */
  static Optional<String> attacks(Candidate c, CharSequence text) {
    if (c.kind() != Kind.MONTH_DAY || c.group("year") != null || c.group("ymod") != null || c.group("mon") == null || c.group("day") == null) {
      return Optional.empty();
    }
    if (IsoValues.monthNumber(c.group("mon")) != 9 || !c.group("day").equals("11")) return Optional.empty();
    return ATTACK_WORDS.matcher(text).region(c.end(), text.length()).lookingAt() ? Optional.of("2001-09-11") : Optional.empty();
  }
}
