package parley.core.time;

import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;

/**
 * "a second" before a noun is the ordinal: "for a second consecutive month", "a second stage",
 * "after a second-place finish". Only a second on its own ("wait a second.", "a second or two",
 * "a second later") is a length of time. Stateless.
 */
final class OrdinalSecond {
  private static final Pattern A_SECOND = Pattern.compile("(?i)(?:\\S+\\s+)?an?\\s+second");
  /** What may follow "a second" that is a length: punctuation, "or", "and", "later", ... */
  private static final Pattern NOUN_AFTER = Pattern.compile("(?:-|\\s+)(?!(?:or|and|later|ago|longer|before|after"
      + "|of|to|too|more|earlier|in|at|on|for|the|a|he|she|it|they|we|I|you)\\b)[A-Za-z]");

  private OrdinalSecond() {}

  static boolean isOrdinal(Candidate c, CharSequence text) {
    if (!"second".equalsIgnoreCase(c.group("unit"))) return false;
    String expr = text.subSequence(c.start(), c.end()).toString();
    return A_SECOND.matcher(expr).matches()
        && NOUN_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
  }
}
