package parley.cli;

import picocli.CommandLine.Option;

/** How query answers are printed (a picocli mixin). */
final class OutputOptions {
  @Option(names = "--format", description = "table, csv or json (one object a line). Default: ${DEFAULT-VALUE}.")
  RowsPrinter.Format format = RowsPrinter.Format.table;

  @Option(names = "--limit", paramLabel = "N", description = "At most N rows; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit = 100;
}
