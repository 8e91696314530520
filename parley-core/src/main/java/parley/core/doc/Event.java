package parley.core.doc;

import java.util.Objects;
import java.util.Optional;

/**
 * One coded event: who did what to whom, in which mode, when, where the text says so, and which
 * rule of the coder produced it.
 */
public record Event(
    String id,
    ActorRef source,
    Optional<ActorRef> target,
    EventType type,
    Mode mode,
    EventDate date,
    int sentence,
    Evidence evidence,
    String rule) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(rule, "rule");
  }

  public Event withId(String newId) {
    return new Event(newId, source, target, type, mode, date, sentence, evidence, rule);
  }

  public Event withDate(EventDate newDate) {
    return new Event(id, source, target, type, mode, newDate, sentence, evidence, rule);
  }
}
