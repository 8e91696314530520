package parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command that codes articles shares (a picocli mixin). */
final class PipelineOptions {
  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none (an ISO date in a plain-text file's name, as in story-2019-11-10.txt, is one they carry).")
  LocalDate published;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--dictionaries", paramLabel = "DIR",
      description = "Read PETRARCH2/TABARI actor, agent and verb dictionaries from DIR instead of Parley's lexicons.")
  Path dictionaries;

  @Option(names = "--parse-all",
      description = "Parse every sentence, not only those that can hold an event or introduce a person (slower).")
  boolean parseAll;

  Optional<LocalDate> defaultPublished() {
    return Optional.ofNullable(published);
  }
}
