package parley.core.time;

import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;
import parley.core.time.TimeValueResolver.Tense;

/**
 * "Preparing for an early May run-off", "faces a June deadline": a month qualifying a noun brought in
 * with "a" or "an" names a thing still to come, so told in August it is next year's May, unless
 * the clause tells it in the past ("missed a May deadline"). Stateless.
 */
final class ComingMonthNoun {
  private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)\\ban?\\s+$");
  private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(?!(?:of|to|and|or|in|on|at|for|by|with|from|as|is|was"
      + "|were|are|be|been|that|which|who|through|against|past|into|when|while|after|before|last|this|next)\\b)[a-z][a-z-]{2,}\\b");

  private ComingMonthNoun() {}

  /** Whether {@code c} is a bare month between "a"/"an" and a noun, told in a clause not in the past. */
  static boolean applies(Candidate c, CharSequence text, Tense tense) {
    if (c.kind() != Kind.MONTH || c.group("prep") != null || c.group("mod") != null || c.group("ymod") != null) return false;
    if (tense == Tense.PAST || tense == Tense.DONE) return false;
    return INDEFINITE_BEFORE.matcher(text).region(Math.max(0, c.start() - 4), c.start()).find()
        && NOUN_AFTER.matcher(text).region(c.end(), text.length()).lookingAt();
  }
}
