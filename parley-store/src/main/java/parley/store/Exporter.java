package parley.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes the store out: GDELT 2.0 event rows, PLOVER JSON lines, events as JSON lines, CSV or Parquet. */
public final class Exporter {
  /** The formats {@code parley export} writes. */
  public enum Format { gdelt, plover, jsonl, csv, parquet }

  static final String EVENTS = "SELECT e.*, d.published, d.title, d.url, d.source AS outlet "
      + "FROM events e JOIN documents d ON d.id = e.document_id ORDER BY e.day NULLS LAST, e.document_id, e.id";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final DuckDbEventStore store;

  public Exporter(DuckDbEventStore store) {
    this.store = store;
  }

  /** Writes a text format; returns the number of records written. */
  public long write(Format format, Writer out) {
    try (Statement st = store.connection().createStatement()) {
      return switch (format) {
        case gdelt -> delimited(st.executeQuery(GdeltRows.select()), out, '\t', false);
        case csv -> delimited(st.executeQuery(EVENTS), out, ',', true);
        case jsonl -> jsonLines(st.executeQuery(EVENTS), out);
        case plover -> plover(st.executeQuery(PloverRecords.SELECT), out);
        case parquet -> throw new IllegalArgumentException("parquet needs a file (--out)");
      };
    } catch (SQLException e) {
      throw StoreErrors.of(store.name(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes every event with its document's metadata to a Parquet file; returns the rows written. */
  public long parquet(Path file) {
    String target = file.toAbsolutePath().toString().replace("'", "''");
    try (Statement st = store.connection().createStatement()) {
      st.execute("COPY (" + EVENTS + ") TO '" + target + "' (FORMAT PARQUET)");
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events")) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw StoreErrors.of(file.toString(), e);
    }
  }

  private static long delimited(ResultSet rs, Writer out, char separator, boolean header)
      throws SQLException, IOException {
    ResultSetMetaData meta = rs.getMetaData();
    int columns = meta.getColumnCount();
    if (header) {
      for (int c = 1; c <= columns; c++) {
        if (c > 1) out.write(separator);
        out.write(cell(meta.getColumnLabel(c), separator));
      }
      out.write('\n');
    }
    long rows = 0;
    while (rs.next()) {
      for (int c = 1; c <= columns; c++) {
        if (c > 1) out.write(separator);
        Object value = SqlRows.plain(rs.getObject(c));
        out.write(value == null ? "" : cell(value.toString(), separator));
      }
      out.write('\n');
      rows++;
    }
    rs.close();
    return rows;
  }

  /** CSV quoting; for tab-separated GDELT rows, tabs and line breaks become spaces. */
  static String cell(String value, char separator) {
    if (separator == '\t') return value.replaceAll("[\\t\\r\\n]", " ");
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static long jsonLines(ResultSet rs, Writer out) throws SQLException, IOException {
    ResultSetMetaData meta = rs.getMetaData();
    long rows = 0;
    while (rs.next()) {
      ObjectNode node = JSON.createObjectNode();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        node.set(meta.getColumnLabel(c), JSON.valueToTree(jsonValue(SqlRows.plain(rs.getObject(c)))));
      }
      out.write(JSON.writeValueAsString(node));
      out.write('\n');
      rows++;
    }
    rs.close();
    return rows;
  }

  static Object jsonValue(Object value) {
    if (value instanceof java.time.temporal.Temporal) return value.toString();
    return value;
  }

  private static long plover(ResultSet rs, Writer out) throws SQLException, IOException {
    long rows = 0;
    while (rs.next()) {
      out.write(JSON.writeValueAsString(PloverRecords.record(rs)));
      out.write('\n');
      rows++;
    }
    rs.close();
    return rows;
  }
}
