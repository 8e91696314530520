package parley.core.doc;

import java.util.Objects;

/** A stretch of the document text with the section it belongs to (headline, caption, credits...). */
public record Zone(Section section, Span span) {
  public Zone {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(span, "span");
  }
}
