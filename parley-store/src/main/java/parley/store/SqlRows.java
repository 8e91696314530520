package parley.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Runs a prepared query and collects its rows as plain Java values. */
final class SqlRows {
  private SqlRows() {}

  static Rows run(PreparedStatement statement, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) statement.setObject(i + 1, value(parameters.get(i)));
    try (ResultSet rs = statement.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int c = 1; c <= meta.getColumnCount(); c++) columns.add(meta.getColumnLabel(c));
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(columns.size());
        for (int c = 1; c <= columns.size(); c++) row.add(plain(rs.getObject(c)));
        rows.add(java.util.Collections.unmodifiableList(row));
      }
      return new Rows(columns, rows);
    }
  }

  private static Object value(Object parameter) {
    if (parameter instanceof java.time.LocalDate date) return Date.valueOf(date);
    return parameter;
  }

  static Object plain(Object value) {
    if (value instanceof Date date) return date.toLocalDate();
    if (value instanceof Timestamp time) return time.toLocalDateTime();
    if (value instanceof java.math.BigInteger big) return big.longValue();
    if (value instanceof java.math.BigDecimal decimal) return decimal.doubleValue();
    if (value instanceof Integer i) return i.longValue();
    if (value instanceof Short s) return s.longValue();
    if (value instanceof Byte b) return b.longValue();
    if (value instanceof Float f) return f.doubleValue();
    return value;
  }
}
