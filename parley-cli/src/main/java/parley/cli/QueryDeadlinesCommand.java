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
import picocli.CommandLine.Spec;

/** {@code parley query deadlines --due-after DATE}: deadlines and ultimatums still to fall due. */
@Command(name = "deadlines", mixinStandardHelpOptions = true, description = "Stored deadlines, soonest first.")
final class QueryDeadlinesCommand implements Callable<Integer> {
  @Option(names = "--due-after", paramLabel = "YYYY-MM-DD") LocalDate dueAfter;

  @Mixin StoreOptions storeOptions;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(storeOptions.file())) {
      RowsPrinter.print(new EventQueries(store).deadlines(Optional.ofNullable(dueAfter), output.limit),
          output.format, spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
