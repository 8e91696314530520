package parley.core.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;

/**
 * A deadline noun in apposition to the time an act was due by: "failed to agree by Thursday noon, a
 * deadline set last week by the union", "stayed open until midnight on March 31, the deadline for
 * claims". The noun follows the time with only a comma and a determiner between, and the time is one
 * something is due "by", "before" or "until"; the parser hangs the noun anywhere, so the words decide.
 */
final class TimeInApposition {
  private static final Pattern BETWEEN = Pattern.compile(
      "\\s*,\\s*(?:(?:a|an|the|its|their|his|her|our)\\s+)?(?:(?:original|new|final|agreed|official)\\s+)?");
  private static final Set<String> DUE_WORDS = Set.of("by", "before", "until", "till");

  private TimeInApposition() {}

  /** Whether {@code t} is the time the deadline noun at {@code noun} stands in apposition to. */
  static boolean of(Document doc, Sentence s, int noun, TimeExpression t) {
    int start = s.token(noun).span().start();
    if (t.span().end() > start || t.span().end() < s.span().start()) return false;
    if (!BETWEEN.matcher(doc.text().substring(t.span().end(), start)).matches()) return false;
    String text = t.text().toLowerCase(Locale.ROOT);
    if (DUE_WORDS.stream().anyMatch(w -> text.startsWith(w + " "))) return true;
    // "by Thursday noon": the time may be read in two parts, "by Thursday" and "noon"
    String before = doc.text().substring(s.span().start(), t.span().start()).toLowerCase(Locale.ROOT);
    if (before.stripTrailing().endsWith("no later than")) return true;
    String[] words = before.substring(before.lastIndexOf(',') + 1).trim().split("\\s+");
    for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
      if (DUE_WORDS.contains(words[i])) return true;
    }
    return false;
  }
}
