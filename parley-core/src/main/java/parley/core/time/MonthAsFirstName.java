package parley.core.time;

import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * A month that is a woman's first name before her surname: "April Mellody, a spokeswoman, said",
 * "asked June Walker". A month bare of any preposition, modifier or determiner ("in April Trump
 * said", "last May Smith", "the April Fed meeting" are times) and followed by a capitalized word
 * that is no time word is a name, which TimeML does not mark. Stateless.
 */
final class MonthAsFirstName {
  private static final Pattern FIRST_NAMES = Pattern.compile("(?-i:April|May|June)");
  /** A surname: a capitalized word that is no month, weekday, holiday or title word. */
  private static final Pattern SURNAME_AFTER = Pattern.compile("\\s+(?!(?:January|February|March|April|May|June|July"
      + "|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Day"
      + "|Fools|Madness)\\b)(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\b(?=\\s*[,;:)]|\\s+[a-z])");
  /** Words before a month that make it a time: "the April meeting", "early June", "of May". */
  private static final Pattern TIME_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|its|his|her|their|our|this|that|last|next"
      + "|early|late|mid|of|in|on|by|since|until|till|through|from|to|between|and|or|during|before|after|each|every)"
      + "[\\s-]+$|['’]s\\s+$");

  private MonthAsFirstName() {}

  static boolean isName(Candidate c, CharSequence text) {
    if (c.kind() != Kind.MONTH || c.group("prep") != null || c.group("mod") != null) return false;
    if (!FIRST_NAMES.matcher(text.subSequence(c.start(), c.end())).matches()) return false;
    if (TIME_BEFORE.matcher(text).region(Math.max(0, c.start() - 12), c.start()).find()) return false;
    return SURNAME_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
  }
}
