package parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.duckdb.DuckDBConnection;
import parley.core.doc.Document;

/**
 * The event store in one DuckDB file. One writer process at a time (DuckDB's rule); readers open
 * it read-only. Each {@link #write} is one transaction, so a killed ingest leaves whole documents.
 */
public final class DuckDbEventStore implements EventStore {
  private final DuckDBConnection connection;
  private final String name;
  private final PreparedStatement byId;
  private final PreparedStatement byHash;

  private DuckDbEventStore(DuckDBConnection connection, String name) throws SQLException {
    this.connection = connection;
    this.name = name;
    this.byId = connection.prepareStatement("SELECT 1 FROM documents WHERE id = ? LIMIT 1");
    this.byHash = connection.prepareStatement("SELECT 1 FROM documents WHERE text_hash = ? LIMIT 1");
  }

  /** Opens (creating and migrating) a store to write to. */
  public static DuckDbEventStore open(Path file) {
    return open(file, false);
  }

  /** Opens an existing store to read; it must exist and be current. */
  public static DuckDbEventStore openReadOnly(Path file) {
    return open(file, true);
  }

  private static DuckDbEventStore open(Path file, boolean readOnly) {
    String name = file.toString();
    if (readOnly && !Files.isRegularFile(file)) {
      throw new StoreException(name + ": no such database (run parley ingest first, or give --db)");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException(name + ": " + (Files.exists(parent)
          ? "cannot write here (" + parent + " is a file, not a folder)"
          : "no such folder " + parent));
    }
    if (!readOnly && Files.exists(file) && !Files.isWritable(file)) {
      throw new StoreException(name + ": cannot write here (read-only file or folder)");
    }
    Properties properties = new Properties();
    if (readOnly) properties.setProperty("duckdb.read_only", "true");
    Connection connection = null;
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
      Migrations.apply(connection, name, readOnly);
      return new DuckDbEventStore((DuckDBConnection) connection, name);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw StoreErrors.of(name, e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  public String name() {
    return name;
  }

  DuckDBConnection connection() {
    return connection;
  }

  @Override
  public boolean holds(Document doc) {
    try {
      return exists(byId, doc.id()) || exists(byHash, ContentHash.of(doc.text()));
    } catch (SQLException e) {
      throw StoreErrors.of(name, e);
    }
  }

  @Override
  public KnownDocuments known() {
    KnownDocuments known = new KnownDocuments();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, text_hash FROM documents")) {
      while (rs.next()) known.addStored(rs.getString(1), rs.getString(2));
      return known;
    } catch (SQLException e) {
      throw StoreErrors.of(name, e);
    }
  }

  private static boolean exists(PreparedStatement query, String value) throws SQLException {
    query.setString(1, value);
    try (ResultSet rs = query.executeQuery()) {
      return rs.next();
    }
  }

  /**
   * Stores a batch in one transaction. The documents' fingerprints (content hash, MinHash) are
   * computed on another thread while the coded rows are appended, and their rows appended last.
   */
  @Override
  public void write(List<Document> batch) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    CompletableFuture<List<Fingerprint>> fingerprints = CompletableFuture.supplyAsync(() -> Fingerprint.of(batch));
    inTransaction(() -> {
      try (DocumentRows rows = new DocumentRows(connection)) {
        for (Document doc : batch) rows.appendCoded(doc);
        List<Fingerprint> prints = join(fingerprints);
        for (int i = 0; i < batch.size(); i++) rows.appendDocument(batch.get(i), prints.get(i), now);
      }
    });
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      throw e;
    }
  }

  @Override
  public void reject(String source, int line, String message) {
    String sql = "INSERT INTO rejected_inputs SELECT ?, ?, ?, now()::TIMESTAMP WHERE NOT EXISTS "
        + "(SELECT 1 FROM rejected_inputs WHERE source = ? AND line IS NOT DISTINCT FROM ? AND message = ?)";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      Integer lineOrNull = line > 0 ? line : null;
      st.setString(1, source);
      st.setObject(2, lineOrNull);
      st.setString(3, message);
      st.setString(4, source);
      st.setObject(5, lineOrNull);
      st.setString(6, message);
      st.executeUpdate();
    } catch (SQLException e) {
      throw StoreErrors.of(name, e);
    }
  }

  @Override
  public MergeSummary merge(MergeSettings settings) {
    MergeSummary[] summary = new MergeSummary[1];
    inTransaction(() -> summary[0] = new EventMerger(connection).merge(settings));
    return summary[0];
  }

  @Override
  public StoreCounts counts() {
    String sql = "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
        + "(SELECT count(*) FROM merged_events), (SELECT count(*) FROM mentions), "
        + "(SELECT count(*) FROM quotes), (SELECT count(*) FROM times), (SELECT count(*) FROM deadlines), "
        + "(SELECT count(*) FROM actors), (SELECT count(*) FROM duplicates), (SELECT count(*) FROM rejected_inputs)";
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return new StoreCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
          rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10));
    } catch (SQLException e) {
      throw StoreErrors.of(name, e);
    }
  }

  /** Work that must happen all or not at all. */
  interface Work {
    void run() throws SQLException;
  }

  /**
   * Runs work in one transaction. Explicit BEGIN/COMMIT/ROLLBACK statements, not JDBC auto-commit:
   * after an appender fails to flush, DuckDB's JDBC rollback() would keep earlier flushed rows.
   */
  void inTransaction(Work work) {
    try (Statement st = connection.createStatement()) {
      st.execute("BEGIN TRANSACTION");
      try {
        work.run();
        st.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(st, e);
        throw e;
      }
    } catch (SQLException e) {
      throw StoreErrors.of(name, e);
    }
  }

  private static void rollbackQuietly(Statement st, Exception cause) {
    try {
      st.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) return;
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the open failed already; that error is the one to report
    }
  }

  @Override
  public void close() {
    try {
      byId.close();
      byHash.close();
      connection.close();
    } catch (SQLException e) {
      throw StoreErrors.of(name, e);
    }
  }
}
