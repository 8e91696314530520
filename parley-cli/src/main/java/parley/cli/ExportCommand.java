package parley.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import parley.store.DuckDbEventStore;
import parley.store.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parley export --format gdelt|plover|parquet|jsonl|csv [--out PATH]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the store out: GDELT 2.0 event rows (merged events), PLOVER JSON lines, "
        + "or every event as JSON lines, CSV or Parquet.")
final class ExportCommand implements Callable<Integer> {
  @Option(names = "--format", required = true, description = "gdelt, plover, parquet, jsonl or csv.")
  Exporter.Format format;

  @Option(names = "--out", paramLabel = "PATH", description = "Output file (default: standard output; parquet needs one).")
  Path out;

  @Mixin StoreOptions storeOptions;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (format == Exporter.Format.parquet && out == null) {
      throw new ParameterException(spec.commandLine(), "--format parquet needs --out FILE");
    }
    long records;
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(storeOptions.file())) {
      Exporter exporter = new Exporter(store);
      if (format == Exporter.Format.parquet) {
        records = exporter.parquet(out);
      } else if (out == null) {
        Writer writer = spec.commandLine().getOut();
        records = exporter.write(format, writer);
        writer.flush();
      } else {
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          records = exporter.write(format, writer);
        }
      }
    }
    spec.commandLine().getErr().printf("parley: exported %d records%s%n", records, out == null ? "" : " to " + out);
    return ExitCodes.OK;
  }
}
