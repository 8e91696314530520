package parley.core.eval;

import java.util.Objects;
import java.util.Optional;
import parley.core.doc.Span;

/** A gold quotation: who said it (their words in the text) and what was said, located when known. */
public record GoldQuote(String speaker, String text, Optional<Span> span) {
  public GoldQuote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
