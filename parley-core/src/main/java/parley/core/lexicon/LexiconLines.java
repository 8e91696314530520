package parley.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import parley.core.read.InputException;

/**
 * The lines of a lexicon file with their numbers: BOM stripped, trailing whitespace trimmed.
 * Our own formats skip blank and {@code #} lines ({@link #content()}); foreign formats get them all.
 */
final class LexiconLines {
  private LexiconLines() {}

  /** One line of a lexicon: where it comes from, its 1-based number and its text. */
  record Line(String source, int number, String text) {
    /** The error to throw for this line: "actors.txt:212: unknown kind 'contry'". */
    InputException error(String message) {
      return new InputException(source, number, message);
    }

    InputException error(String message, Throwable cause) {
      return new InputException(source, number, message, cause);
    }
  }

  static List<Line> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in);
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
    }
  }

  static List<Line> resource(String name) {
    try (InputStream in = LexiconLines.class.getResourceAsStream(name)) {
      if (in == null) throw new InputException(name, "resource not found on the class path");
      return read(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** Only the lines that carry content: no blank lines, no {@code #} comment lines. */
  static List<Line> content(List<Line> lines) {
    return lines.stream().filter(l -> !l.text().isBlank() && !l.text().stripLeading().startsWith("#")).toList();
  }

  private static List<Line> read(String source, InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Line> lines = new ArrayList<>();
    int number = 0;
    for (String text = reader.readLine(); text != null; text = reader.readLine()) {
      number++;
      if (number == 1 && text.startsWith("\uFEFF")) text = text.substring(1);
      lines.add(new Line(source, number, text.stripTrailing()));
    }
    return lines;
  }
}
