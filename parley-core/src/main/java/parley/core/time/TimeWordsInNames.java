package parley.core.time;

import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * A time word capitalized inside a sentence and running into a name: "The Daily News", "the Herald
 * and Weekly Times", "21st Century Fox", "a super PAC called Future 45", the programmes "This Week"
 * and "This Morning". TimeML marks no time in a name. Stateless.
 */
final class TimeWordsInNames {
  /** The next word is capitalized or a number: the name goes on. */
  private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+(?:[A-Z][a-z]|\\d)");
  private static final Pattern PROGRAMME = Pattern.compile("(?-i:This (?:Week|Morning))");
  /** NBC's "Today show", "The Tonight Show": a capitalized day word naming a show. */
  private static final Pattern SHOW_AFTER = Pattern.compile("\\s+[Ss]how\\b");

  private TimeWordsInNames() {}

  static boolean isName(Candidate c, CharSequence text) {
    if (midSentence(c, text) && PROGRAMME.matcher(text.subSequence(c.start(), c.end())).matches()) {
      return true;
    }
    if (midSentence(c, text) && text.subSequence(c.start(), c.end()).toString().matches("(?-i:Today|Tonight)")
        && SHOW_AFTER.matcher(text).region(c.end(), text.length()).lookingAt()) {
      return true;
    }
    if (c.kind() == Kind.SET && c.group("set") != null && c.group("set").matches("(?-i:[A-Z][a-z]+ly)")
        && midSentence(c, text)) {
      return true; // "the China Daily said": a capitalized "Daily" inside a sentence is a paper's name
    }
    boolean nameWord = c.kind() == Kind.CENTURY || c.kind() == Kind.REFERENCE;
    if (!nameWord) return false;
    // "21st Century" is capitalized only in a name, wherever it stands
    return (c.kind() == Kind.CENTURY || midSentence(c, text)) && capitalizedWord(text, c.end())
        && NAME_GOES_ON.matcher(text).region(c.end(), text.length()).lookingAt();
  }

  /** The last word of the expression (ending at {@code end}) starts with a capital. */
  private static boolean capitalizedWord(CharSequence text, int end) {
    int i = end;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
    return i < end && Character.isUpperCase(text.charAt(i));
  }

  /** Something other than a sentence end or a line start comes before the expression. */
  private static boolean midSentence(Candidate c, CharSequence text) {
    int i = c.start() - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    if (i < 0) return false;
    char p = text.charAt(i);
    return ".!?\n\"“'‘(:—-".indexOf(p) < 0;
  }
}
