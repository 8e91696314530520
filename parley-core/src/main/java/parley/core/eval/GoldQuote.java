package parley.core.eval;

import java.util.Objects;
import java.util.Optional;
import parley.core.doc.Span;

/**
 * A gold quotation: who said it (their words in the text) and what was said, located when known;
 * {@code speakerSpan} is where the speaker's words are, when the gold says (PolNeAR's Source span).
 */
public record GoldQuote(String speaker, String text, Optional<Span> span, Optional<Span> speakerSpan) {
  public GoldQuote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(speakerSpan, "speakerSpan");
  }

  public GoldQuote(String speaker, String text, Optional<Span> span) {
    this(speaker, text, span, Optional.empty());
  }
}
