package parley.store;

import java.sql.SQLException;
import java.util.Locale;

/** Turns DuckDB's error messages into one line a user can act on. */
final class StoreErrors {
  private StoreErrors() {}

  static StoreException of(String name, SQLException e) {
    return new StoreException(name + ": " + describe(e.getMessage()), e);
  }

  static String describe(String raw) {
    String message = raw == null ? "unknown error" : raw;
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("could not set lock") || lower.contains("conflicting lock")) {
      return "database is locked by another process";
    }
    if (lower.contains("not a valid duckdb database") || lower.contains("invalid database")
        || lower.contains("database file") && lower.contains("version")) {
      return "not a Parley database (not a DuckDB file, or a damaged one)";
    }
    if (lower.contains("no space left")) return "disk full; nothing of the last batch was stored";
    if (lower.contains("read-only file system") || lower.contains("permission denied")) {
      return "cannot write here (read-only file or folder)";
    }
    if (lower.contains("cannot open file") || lower.contains("no such file")) {
      return "cannot open database: " + firstLine(message);
    }
    return firstLine(message);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
