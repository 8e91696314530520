package parley.core.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where paragraphs end in text printed with hard line breaks, as wire archives keep it: there a
 * paragraph opens with an indent ("\n    The minister said ...") and a line break followed by a
 * word only wraps the line, so "“The share of the dollar has fallen\nbelow 32 pct,” the report
 * said" is one quote. In text with a paragraph a line, every line break ends a paragraph.
 */
final class WrappedLines {
  private static final Pattern INDENTED = Pattern.compile("\n[ \t]+\\S");
  private static final Pattern WRAPPED = Pattern.compile("\n\\S");

  private final String text;
  private final boolean hardWrapped;

  private WrappedLines(String text, boolean hardWrapped) {
    this.text = text;
    this.hardWrapped = hardWrapped;
  }

  /** The longest line a hard-wrapped text has: typewriter and wire lines are shorter. */
  private static final int MAX_WRAPPED_LINE = 100;

  /**
   * Reads how a text is laid out: hard-wrapped when at least two paragraphs open with an indent,
   * some line breaks fall inside paragraphs, and no line is longer than a printed line.
   */
  static WrappedLines of(String text) {
    boolean shortLines = text.lines().allMatch(l -> l.length() <= MAX_WRAPPED_LINE);
    return new WrappedLines(text, shortLines && count(INDENTED.matcher(text)) >= 2 && count(WRAPPED.matcher(text)) >= 1);
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /** Where the paragraph holding {@code from} ends: the line break that is no mere wrap, or the end. */
  int paragraphEnd(int from) {
    int nl = text.indexOf('\n', from);
    while (hardWrapped && nl >= 0 && nl + 1 < text.length() && !Character.isWhitespace(text.charAt(nl + 1))) {
      nl = text.indexOf('\n', nl + 1);
    }
    return nl < 0 ? text.length() : nl;
  }

  /** Whether a paragraph break lies between two offsets. */
  boolean breaksBetween(int start, int end) {
    return paragraphEnd(start) < end;
  }
}
