package parley.core.lexicon;

import java.util.Objects;

/** An actor name found in a sentence: the entry and how many words it covers. */
public record ActorMatch(ActorEntry entry, int length) {
  public ActorMatch {
    Objects.requireNonNull(entry, "entry");
    if (length < 1) throw new IllegalArgumentException("match length must be positive: " + length);
  }
}
