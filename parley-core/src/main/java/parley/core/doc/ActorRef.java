package parley.core.doc;

import java.util.Objects;
import java.util.Optional;

/**
 * An actor as mentioned in the text: its CAMEO actor code ({@code USA}, {@code PRKGOV},
 * {@code IGOUNO}) when known, and the words that name it.
 */
public record ActorRef(Optional<String> code, String text, Span span) {
  public ActorRef {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }

  public static ActorRef of(String code, String text, Span span) {
    return new ActorRef(Optional.ofNullable(code), text, span);
  }

  /** The first three letters of the code: the country or international organisation. */
  public Optional<String> country() {
    return code.map(c -> c.length() >= 3 ? c.substring(0, 3) : c);
  }
}
