package parley.core.doc;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in the text ("on Friday", "in April", "year-end") with its ISO value
 * resolved against the publication date; empty when there was nothing to resolve it against.
 */
public record TimeExpression(String text, Span span, Optional<String> value) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
  }
}
