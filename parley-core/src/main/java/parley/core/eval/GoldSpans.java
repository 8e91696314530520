package parley.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import parley.core.doc.Span;

/** Where gold words given without offsets occur in a text: every occurrence, exact case first. */
final class GoldSpans {
  private GoldSpans() {}

  static List<Span> occurrences(String text, String words, Optional<Span> given) {
    if (given.isPresent()) return List.of(given.get());
    List<Span> out = find(text, words);
    if (out.isEmpty()) {
      out = find(text.toLowerCase(Locale.ROOT), words.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static List<Span> find(String text, String words) {
    List<Span> out = new ArrayList<>();
    if (words.isEmpty()) return out;
    for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
      out.add(new Span(i, i + words.length()));
    }
    return out;
  }
}
