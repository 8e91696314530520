package parley.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import parley.store.DuckDbEventStore;
import parley.store.EventQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley query dyad A B --by month}: a time series of what two actors did to each other. */
@Command(name = "dyad", mixinStandardHelpOptions = true,
    description = "Per period, both directions: events per quad class, Goldstein sum and mean.")
final class QueryDyadCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "A", description = "Actor code prefix (USA matches USAGOV).") String first;
  @Parameters(index = "1", paramLabel = "B", description = "Actor code prefix.") String second;

  @Option(names = "--by", description = "week, month or year (default: ${DEFAULT-VALUE}).")
  EventQueries.Period by = EventQueries.Period.month;

  @Mixin ModeOption mode;

  @Option(names = "--raw", description = "Count every report, not merged events.")
  boolean raw;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD") LocalDate from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD") LocalDate to;

  @Mixin StoreOptions storeOptions;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(storeOptions.file())) {
      RowsPrinter.print(new EventQueries(store).dyad(first, second, by,
              mode.filter(), raw, Optional.ofNullable(from),
              Optional.ofNullable(to)),
          output.format, spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
