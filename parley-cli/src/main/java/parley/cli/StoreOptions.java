package parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which database a command works on (a picocli mixin). */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "PATH",
      description = "The database file (default: $PARLEY_DB, else ./parley.duckdb).")
  Path db;

  Path file() {
    if (db != null) return db;
    String fromEnvironment = System.getenv("PARLEY_DB");
    return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "parley.duckdb" : fromEnvironment);
  }
}
