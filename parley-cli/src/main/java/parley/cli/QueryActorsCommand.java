package parley.cli;

import java.util.concurrent.Callable;
import parley.store.DuckDbEventStore;
import parley.store.EventQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley query actors}: the most active actors. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Actors in the most events.")
final class QueryActorsCommand implements Callable<Integer> {
  @Mixin ModeOption mode;

  @Mixin StoreOptions storeOptions;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(storeOptions.file())) {
      RowsPrinter.print(new EventQueries(store).actors(
              mode.filter(), output.limit),
          output.format, spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
