package parley.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@code parley query events} asks for. Actor codes match as prefixes ({@code USA} matches
 * {@code USAGOV}); {@code mode} empty means every mode; {@code limit} 0 means no limit.
 */
public record EventFilter(
    Optional<String> actor,
    Optional<String> dyadA,
    Optional<String> dyadB,
    Optional<String> code,
    Optional<String> root,
    Optional<Integer> quad,
    Optional<String> mode,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> text,
    int limit) {

  public EventFilter {
    if (dyadA.isPresent() != dyadB.isPresent()) throw new IllegalArgumentException("a dyad needs two actors");
    if (limit < 0) throw new IllegalArgumentException("negative limit " + limit);
  }

  /** Every asserted event, no limit. */
  public static EventFilter asserted() {
    return new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of("asserted"), Optional.empty(), Optional.empty(),
        Optional.empty(), 0);
  }
}
