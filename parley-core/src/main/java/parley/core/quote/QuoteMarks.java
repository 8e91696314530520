package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import parley.core.doc.Span;

/**
 * Finds the stretches of text between quotation marks: curly (“ ” and ‘ ’), straight ("), mixed as
 * scraped pages print them ("...” and “..."), and TeX
 * style (`` '', and '' '' as some archives print it). A quote left open at the end of its paragraph continues into the next paragraph
 * when that one opens with a mark, as newspapers print multi-paragraph quotes: each paragraph's
 * piece is its own span and {@link Piece#continued} says it belongs to the one before. In
 * hard-wrapped text a line break inside a paragraph does not end the quote ({@link WrappedLines}).
 */
final class QuoteMarks {
  /** The quoted words (without marks), and whether they continue the previous piece. */
  record Piece(Span span, boolean continued) {
    Piece withSpan(Span newSpan) {
      return new Piece(newSpan, continued);
    }
  }

  private QuoteMarks() {}

  static List<Piece> find(String text) {
    List<Piece> out = new ArrayList<>();
    WrappedLines lines = WrappedLines.of(text);
    int i = 0;
    boolean continuing = false;
    while (i < text.length()) {
      int open = nextOpening(text, i);
      if (open < 0) break;
      int markLength = text.startsWith("``", open) || text.startsWith("''", open) ? 2 : 1;
      int start = open + markLength;
      int paragraphEnd = lines.paragraphEnd(start);
      int close = closing(text, text.charAt(open), start, paragraphEnd);
      boolean continued = continuing && isParagraphStart(text, open);
      int end = close >= 0 ? close : trimEnd(text, start, paragraphEnd);
      if (end > start) out.add(new Piece(new Span(start, end), continued));
      continuing = close < 0;
      i = close >= 0 ? close + 1 : paragraphEnd;
    }
    return out;
  }

  private static int nextOpening(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && isApostrophe(text, i)) continue;
      if (c == '“' || c == '"' || text.startsWith("``", i) || opensWords(text, i)) return i;
      if (text.startsWith("''", i) && i + 2 < text.length() && Character.isLetterOrDigit(text.charAt(i + 2))
          && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
        return i;
      }
      if (c == '‘' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  private static int closing(String text, char open, int from, int limit) {
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if ((open == '“' || open == '"' || open == '”') && (c == '”' || c == '"') && !isApostrophe(text, i)) return i;
      if (open == '“' && c == '“' && endsWords(text, i)) return i;
      if ((open == '`' || open == '\'') && text.startsWith("''", i)) return i;
      if (open == '‘' && c == '’' && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A straight double mark typed for an apostrophe, as some wire archives print it ("China"s
   * plans", "the states" budgets" is not): between a letter and a possessive "s".
   */
  private static boolean isApostrophe(String text, int i) {
    return i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 1 < text.length() && text.charAt(i + 1) == 's'
        && (i + 2 >= text.length() || !Character.isLetter(text.charAt(i + 2)));
  }

  /**
   * An opening mark typed where the closing one belongs ("“Apparently not,“ he said"): right after
   * the quote's last punctuation and before a space.
   */
  private static boolean endsWords(String text, int i) {
    return i > 0 && ",.?!".indexOf(text.charAt(i - 1)) >= 0 && (i + 1 >= text.length() || text.charAt(i + 1) == ' ');
  }

  /**
   * A closing mark typed where the opening one belongs ("”We need jobs.” ― Ana Ruiz"): it opens
   * its paragraph, right before a word.
   */
  private static boolean opensWords(String text, int i) {
    return text.charAt(i) == '”' && isParagraphStart(text, i) && i + 1 < text.length()
        && Character.isLetter(text.charAt(i + 1));
  }

  private static boolean isParagraphStart(String text, int i) {
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j--;
    return j < 0 || text.charAt(j) == '\n';
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    return end;
  }
}
