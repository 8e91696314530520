package parley.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import parley.store.DuckDbEventStore;
import parley.store.EventFilter;
import parley.store.EventQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley query events}: coded events matching filters. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Stored events matching filters.")
final class QueryEventsCommand implements Callable<Integer> {
  @Option(names = "--actor", paramLabel = "CODE", description = "Source or target code starts with CODE (USA matches USAGOV).")
  String actor;

  @Option(names = "--dyad", arity = "2", paramLabel = "CODE", description = "Events between two actors, either direction.")
  List<String> dyad;

  @Option(names = "--code", paramLabel = "CAMEO", description = "Event code starts with CAMEO (036, 19).")
  String code;

  @Option(names = "--root", paramLabel = "NN", description = "CAMEO root (01-20).")
  String root;

  @Option(names = "--quad", paramLabel = "1-4", description = "Quad class.")
  Integer quad;

  @Mixin ModeOption mode;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD") LocalDate from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD") LocalDate to;

  @Option(names = "--text", paramLabel = "WORDS", description = "Evidence contains WORDS (any case).")
  String text;

  @Mixin StoreOptions storeOptions;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    EventFilter filter = new EventFilter(Optional.ofNullable(actor),
        Optional.ofNullable(dyad).map(d -> d.get(0)), Optional.ofNullable(dyad).map(d -> d.get(1)),
        Optional.ofNullable(code), Optional.ofNullable(root), Optional.ofNullable(quad),
        mode.filter(), Optional.ofNullable(from),
        Optional.ofNullable(to), Optional.ofNullable(text), output.limit);
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(storeOptions.file())) {
      RowsPrinter.print(new EventQueries(store).events(filter), output.format, spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
