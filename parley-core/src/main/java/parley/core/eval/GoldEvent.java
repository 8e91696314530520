package parley.core.eval;

import java.util.List;
import java.util.Optional;

/**
 * One gold event: actors as CAMEO codes or, where only the words are known, as text; the classes
 * that count as right (CAMEO roots or a PLOVER type); whether it must be found; its evidence.
 */
public record GoldEvent(
    Optional<String> source,
    Optional<String> sourceText,
    Optional<String> target,
    Optional<String> targetText,
    Optional<String> code,
    List<String> roots,
    Optional<String> plover,
    boolean required,
    boolean symmetric,
    Optional<String> evidence,
    Optional<String> date) {
  public GoldEvent {
    roots = List.copyOf(roots);
  }

  public String describe() {
    return source.or(() -> sourceText.map(t -> "\"" + t + "\"")).orElse("?") + " -> "
        + target.or(() -> targetText.map(t -> "\"" + t + "\"")).orElse("?") + " "
        + code.map(c -> c + " " + roots).or(() -> plover).orElse("?")
        + (required ? "" : " (optional)")
        + evidence.map(e -> " | " + (e.length() > 100 ? e.substring(0, 97) + "..." : e)).orElse("");
  }
}
