package parley.core.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import parley.core.read.InputException;

/** The tab-separated rows of one of our ontology resources: blank and {@code #} lines skipped. */
final class TsvLines {
  private TsvLines() {}

  /** One row: its 1-based line number in the file and its fields. */
  record Row(int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }
  }

  static List<Row> read(Class<?> owner, String resource, int columns) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) throw new InputException(resource, "resource not found on the class path");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> rows = new ArrayList<>();
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank() || line.startsWith("#")) continue;
        List<String> fields = List.of(line.split("\t", -1));
        if (fields.size() != columns) {
          throw new InputException(resource, number,
              "expected " + columns + " tab-separated columns, found " + fields.size());
        }
        rows.add(new Row(number, fields));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }
}
