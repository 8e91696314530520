package parley.core.time;

import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * "The economy grew in the third quarter from the previous quarter": "the previous quarter" after a
 * named quarter is the one before that quarter, not the one before the publication's last; with no
 * quarter told before it keeps its value from the publication date.
 */
final class PreviousQuarter {
  private PreviousQuarter() {}

  static boolean is(Candidate c) {
    return c.kind() == Kind.QUARTER_RELATIVE && TimeValueResolver.lower(c.group("mod")).matches("(?:the )?previous");
  }
}
