package parley.core.eval;

import java.util.Objects;
import java.util.Optional;
import parley.core.doc.Span;

/**
 * A gold time expression: its words, where they are when the gold says so, its normalised value and
 * its TimeML type (DATE, TIME, DURATION, SET; empty when the gold does not say).
 */
public record GoldTime(String text, Optional<Span> span, String value, String type) {
  public GoldTime {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
  }
}
