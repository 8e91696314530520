package parley.store;

import java.util.List;

/** A query's answer: column names and rows of plain Java values (String, Long, Double, LocalDate...). */
public record Rows(List<String> columns, List<List<Object>> values) {
  public Rows {
    columns = List.copyOf(columns);
    values = List.copyOf(values);
  }

  public int size() {
    return values.size();
  }
}
