package parley.core.quote;

import java.util.regex.Pattern;
import parley.core.doc.Span;

/**
 * A quotation given as the title or name of a work or group ("an ad titled “Scam”", "a book entitled
 * “The Long Road”", "a faction known as “the Hawks”"): the words are the title's, printed on the
 * thing, and nobody is said to speak them, not the subject that made or launched the thing. It is
 * kept as a quotation without a speaker (annotators mark the participle as its cue).
 */
final class TitledQuote {
  private TitledQuote() {}

  /** The participle right before the opening mark, past a comma: "titled, “Scam.”". */
  private static final Pattern TITLING = Pattern.compile(
      "(?i)\\b(?:titled|entitled|known\\s+as)\\s*,?\\s*[“\"‘']*\\s*$");

  /** Whether the quote follows such a titling participle. */
  static boolean follows(String text, Span quote) {
    int from = Math.max(0, quote.start() - 40);
    int to = quote.start();
    while (to > from && "“\"‘'".indexOf(text.charAt(to - 1)) >= 0) to--;
    return TITLING.matcher(text.substring(from, to)).find();
  }
}
