package parley.core.time;

import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * Time words that belong to a noun around them rather than to the calendar: "the last week of the
 * race" is the race's final week, not last week; "in the morning shows" names programmes, not a
 * morning. TimeML gives neither the calendar value the bare words would have. Stateless.
 */
final class TimeWordsOfSomething {
  /** "of the race", "of his campaign": a week or month of something named, not of the calendar. */
  private static final Pattern OF_SOMETHING = Pattern.compile("(?i)\\s+of\\s+(?:the|his|her|its|their|a|an|this|that)\\s+"
      + "(?!(?:year|month|week|fiscal|quarter|season)\\b)[a-z]");
  private static final Pattern PROGRAMME_AFTER = Pattern.compile("(?i)\\s+(?:shows?|programs?|programmes?|news|newscasts?"
      + "|editions?|papers?|anchors?|hosts?|talk\\s+shows?)\\b");

  private TimeWordsOfSomething() {}

  static boolean belongsToANoun(Candidate c, CharSequence text) {
    if ((c.kind() == Kind.RELATIVE || c.kind() == Kind.DURATION) && c.group("num") == null && c.group("mod") != null
        && c.group("mod").matches("(?i)(?:the )?last|the")
        && OF_SOMETHING.matcher(text).region(c.end(), text.length()).lookingAt()) {
      return true;
    }
    return c.kind() == Kind.NAMED_DAY && c.group("inthe") != null
        && PROGRAMME_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
  }
}
