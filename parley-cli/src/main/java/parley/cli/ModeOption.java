package parley.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --mode} filter shared by the query commands (a picocli mixin). */
final class ModeOption {
  @Option(names = "--mode", description = "asserted, negated, hypothetical or any (default: ${DEFAULT-VALUE}).")
  String mode = "asserted";

  /** The mode to keep, or empty for any. */
  Optional<String> filter() {
    return Optional.of(mode).filter(m -> !m.equalsIgnoreCase("any"));
  }
}
