package parley.core.quote;

import parley.core.doc.Quote;

/**
 * A word or a few between quotation marks that nobody is said to say is no quotation: a scare
 * quote ("the “undercard” debate"), a title or name ("the show “Cake Boss”", "the group “Fight for
 * 15”"), a slogan printed as a name. Only such short marked words inside running text are dropped:
 * short words that open their sentence or paragraph, or follow a colon ("“We need jobs.” ― Ana
 * Ruiz", "The sign read: “Go home.”"), and a longer quote whose speaker was not found, are still
 * someone's words.
 */
final class ScareQuotes {
  /** The most words a speakerless direct quote may have and still be a scare quote, title or name. */
  static final int MAX_WORDS = 4;

  private ScareQuotes() {}

  static boolean is(String text, Quote quote) {
    return quote.direct() && quote.speaker().isEmpty() && words(quote.text()) <= MAX_WORDS
        && inRunningText(text, quote.span().start());
  }

  /** Quotation marks and spaces between a quote and the word before it. */
  private static final String MARKS_AND_SPACES = "“\"'‘`«„ \t";

  /** Whether a word of the sentence stands before the quote (not a sentence end, a colon or the paragraph start). */
  private static boolean inRunningText(String text, int start) {
    int i = start - 1;
    while (i >= 0 && MARKS_AND_SPACES.indexOf(text.charAt(i)) >= 0) i--;
    if (i < 0) return false;
    char before = text.charAt(i);
    return before != '\n' && before != '\r' && before != ':' && before != '.' && before != '!' && before != '?';
  }

  private static int words(String text) {
    String bare = text.replaceAll("[^\\p{L}\\p{N}\\s'’-]", " ").strip();
    return bare.isEmpty() ? 0 : bare.split("\\s+").length;
  }
}
