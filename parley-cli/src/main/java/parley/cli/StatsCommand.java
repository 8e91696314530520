package parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.store.DuckDbEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley stats}: how much the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts of documents, events, merged events, mentions, quotes, deadlines, rejected inputs.")
final class StatsCommand implements Callable<Integer> {
  enum Format { table, json }

  @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Mixin StoreOptions storeOptions;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Long> counts;
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(storeOptions.file())) {
      counts = store.counts().asMap();
    }
    if (format == Format.json) {
      out.println(new ObjectMapper().writeValueAsString(counts));
    } else {
      int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
      counts.forEach((name, count) -> out.printf("%-" + width + "s  %,d%n", name, count));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
