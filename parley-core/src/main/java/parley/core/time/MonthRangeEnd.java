package parley.core.time;

import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;

/**
 * "From January to March", "between April and May": a bare "March" or "May" closing a range opened
 * by another month is the month, not the verb or the modal.
 */
final class MonthRangeEnd {
  private static final String MONTH = "(?-i:January|February|March|April|May|June|July|August|September|October"
      + "|November|December)(?:\\s+\\d{4})?";
  private static final Pattern OPENED = Pattern.compile("(?i)(?:\\bfrom\\s+" + MONTH + "\\s*(?:to|through|until|till|-|–)"
      + "|\\bbetween\\s+" + MONTH + "\\s+and)\\s*$");

  private MonthRangeEnd() {}

  static boolean closes(Candidate c, CharSequence text) {
    return OPENED.matcher(text).region(Math.max(0, c.start() - 40), c.start()).find();
  }
}
