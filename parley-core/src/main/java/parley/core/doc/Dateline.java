package parley.core.doc;

import java.util.Optional;

/** The "SEOUL (Reuters) - " opening of a wire story: where it was filed and by which agency. */
public record Dateline(String place, Optional<String> agency, Span span) {
  public Dateline {
    if (place == null || place.isBlank()) throw new IllegalArgumentException("dateline without place");
    agency = agency == null ? Optional.empty() : agency;
  }
}
