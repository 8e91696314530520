package parley.core.doc;

import java.util.Objects;
import java.util.Optional;

/**
 * A deadline or ultimatum: who set it, for whom, what is demanded, when it falls due and when it
 * was set.
 */
public record Deadline(
    Optional<ActorRef> setter,
    Optional<ActorRef> addressee,
    Optional<String> demand,
    Optional<String> due,
    Optional<String> set,
    Evidence evidence) {
  public Deadline {
    Objects.requireNonNull(setter, "setter");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(evidence, "evidence");
  }
}
