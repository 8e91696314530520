package parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the current schema: {@code schema-v1.sql}, {@code schema-v2.sql}, ... as
 * resources, each applied once, in one transaction, and recorded in {@code schema_version}.
 */
public final class Migrations {
  /** The schema version this build writes. */
  public static final int LATEST = 2;

  private Migrations() {}

  /** The version a database holds: 0 when empty; throws when it is someone else's database. */
  static int currentVersion(Connection connection, String name) throws SQLException {
    List<String> tables = tables(connection);
    if (tables.contains("schema_version")) {
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
        rs.next();
        return rs.getInt(1);
      }
    }
    if (!tables.isEmpty()) {
      throw new StoreException(name + ": not a Parley database (it holds other tables: "
          + String.join(", ", tables.subList(0, Math.min(3, tables.size()))) + ")");
    }
    return 0;
  }

  /** Applies the missing migrations; a read-only database must already be current. */
  static void apply(Connection connection, String name, boolean readOnly) throws SQLException {
    int version = currentVersion(connection, name);
    if (version > LATEST) {
      throw new StoreException(name + ": made by a newer Parley (schema " + version
          + ", this one reads up to " + LATEST + ")");
    }
    if (version == LATEST) return;
    if (readOnly) {
      throw new StoreException(name + (version == 0
          ? ": empty database (run parley ingest first)"
          : ": schema " + version + " is old; run parley ingest once to upgrade it"));
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied TIMESTAMP NOT NULL)");
      for (int v = version + 1; v <= LATEST; v++) {
        for (String sql : statements(script(v))) st.execute(sql);
        st.execute("INSERT INTO schema_version VALUES (" + v + ", now()::TIMESTAMP)");
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  static String script(int version) {
    String resource = "schema-v" + version + ".sql";
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource parley/store/" + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read parley/store/" + resource, e);
    }
  }

  /** Splits a script at semicolons that end a line; drops comment lines. */
  static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String code = line.replaceAll("--.*$", "").stripTrailing();
      if (code.isBlank()) continue;
      current.append(code).append('\n');
      if (code.endsWith(";")) {
        out.add(current.substring(0, current.lastIndexOf(";")));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) out.add(current.toString());
    return out;
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1")) {
      while (rs.next()) names.add(rs.getString(1));
    }
    return names;
  }
}
