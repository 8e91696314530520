package parley.core.quote;

import java.util.List;
import parley.core.doc.ActorRef;
import parley.core.doc.Quote;

/** Finds a quote among those attributed, and names its speaker, for the quote tests. */
final class QuoteLookup {
  private QuoteLookup() {}

  /** The quote whose words are exactly {@code text}. */
  static Quote quote(List<Quote> quotes, String text) {
    return quotes.stream().filter(q -> q.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote '" + text + "' in " + quotes));
  }

  /** The first quote whose words contain {@code words}. */
  static Quote quoteWith(List<Quote> quotes, String words) {
    return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + quotes));
  }

  /** The speaker's words, or "(none)". */
  static String speaker(Quote q) {
    return q.speaker().map(ActorRef::text).orElse("(none)");
  }
}
