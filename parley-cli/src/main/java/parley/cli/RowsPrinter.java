package parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import parley.store.Rows;

/** Prints query answers as an aligned table, CSV, or JSON lines (one object a row). */
final class RowsPrinter {
  enum Format { table, csv, json }

  private static final int WIDEST = 60;
  private static final ObjectMapper JSON = new ObjectMapper();

  private RowsPrinter() {}

  static void print(Rows rows, Format format, PrintWriter out) {
    switch (format) {
      case table -> table(rows, out);
      case csv -> csv(rows, out);
      case json -> json(rows, out);
    }
    out.flush();
  }

  private static void table(Rows rows, PrintWriter out) {
    int columns = rows.columns().size();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) widths[c] = rows.columns().get(c).length();
    for (List<Object> row : rows.values()) {
      for (int c = 0; c < columns; c++) widths[c] = Math.max(widths[c], cell(row.get(c)).length());
    }
    line(rows.columns().stream().map(Object.class::cast).toList(), widths, out);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < columns; c++) rule.append(c > 0 ? "  " : "").append("-".repeat(widths[c]));
    out.println(rule);
    for (List<Object> row : rows.values()) line(row, widths, out);
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
  }

  private static void line(List<Object> row, int[] widths, PrintWriter out) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String cell = cell(row.get(c));
      if (c > 0) text.append("  ");
      text.append(cell);
      if (c < widths.length - 1) text.append(" ".repeat(widths[c] - cell.length()));
    }
    out.println(text);
  }

  private static String cell(Object value) {
    if (value == null) return "";
    String text = value.toString().replaceAll("\\s+", " ");
    return text.length() <= WIDEST ? text : text.substring(0, WIDEST - 3) + "...";
  }

  private static void csv(Rows rows, PrintWriter out) {
    out.println(String.join(",", rows.columns().stream().map(RowsPrinter::quote).toList()));
    for (List<Object> row : rows.values()) {
      out.println(String.join(",", row.stream().map(v -> v == null ? "" : quote(v.toString())).toList()));
    }
  }

  static String quote(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private static void json(Rows rows, PrintWriter out) {
    for (List<Object> row : rows.values()) {
      ObjectNode node = JSON.createObjectNode();
      for (int c = 0; c < rows.columns().size(); c++) {
        Object value = row.get(c);
        node.set(rows.columns().get(c), JSON.valueToTree(value instanceof java.time.temporal.Temporal ? value.toString() : value));
      }
      out.println(node);
    }
  }
}
