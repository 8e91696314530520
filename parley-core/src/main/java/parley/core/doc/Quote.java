package parley.core.doc;

import java.util.Objects;
import java.util.Optional;

/** A direct or reported quotation and who said it. */
public record Quote(Optional<ActorRef> speaker, String text, Span span, boolean direct) {
  public Quote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
