package parley.core.lexicon;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an actor name stands for: a CAMEO actor code ({@code PRK}, {@code IGOUNO}), the kind of name
 * and the canonical name. A person also carries their offices; their {@code code} is that of the
 * latest office, the fallback when the date is unknown.
 */
public record ActorEntry(String code, ActorKind kind, String name, Optional<PersonEntry> person) {
  public ActorEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(person, "person");
    if ((kind == ActorKind.PERSON) != person.isPresent()) {
      throw new IllegalArgumentException("a PERSON entry, and only one, carries offices: " + name);
    }
  }

  public ActorEntry(String code, ActorKind kind, String name) {
    this(code, kind, name, Optional.empty());
  }

  static ActorEntry of(PersonEntry person) {
    return new ActorEntry(person.latestCode(), ActorKind.PERSON, person.name(), Optional.of(person));
  }

  /** The code on a date: always {@code code} for a non-person; a person's office then, or empty. */
  public Optional<String> codeOn(LocalDate date) {
    return person.isPresent() ? person.get().codeOn(date) : Optional.of(code);
  }
}
