package parley.core.quote;

import parley.core.doc.Quote;

/**
 * A word or a few between quotation marks that nobody is said to say is no quotation: a scare
 * quote ("the “undercard” debate"), a title or name ("the show “Cake Boss”", "the group “Fight for
 * 15”"), a slogan printed as a name. Only such short marked words are dropped; a longer quote whose
 * speaker was not found is still someone's words.
 */
final class ScareQuotes {
  /** The most words a speakerless direct quote may have and still be a scare quote, title or name. */
  static final int MAX_WORDS = 4;

  private ScareQuotes() {}

  static boolean is(Quote quote) {
    return quote.direct() && quote.speaker().isEmpty() && words(quote.text()) <= MAX_WORDS;
  }

  private static int words(String text) {
    String bare = text.replaceAll("[^\\p{L}\\p{N}\\s'’-]", " ").strip();
    return bare.isEmpty() ? 0 : bare.split("\\s+").length;
  }
}
