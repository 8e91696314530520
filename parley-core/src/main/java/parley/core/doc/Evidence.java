package parley.core.doc;

import java.util.Objects;

/** The words in the document that state an event, quote or deadline. */
public record Evidence(String text, Span span) {
  public Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  public static Evidence of(String documentText, Span span) {
    return new Evidence(span.of(documentText), span);
  }
}
