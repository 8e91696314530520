package parley.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import parley.core.read.InputException;

/**
 * The kinds of gold Parley scores against, told apart by their shape on disk: event JSON lines,
 * time JSON lines (times but no events), a folder of TimeML {@code .tml}, a PolNeAR split (its
 * {@code attributions/} and {@code text/}), or whole articles ({@code <id>.json} beside {@code <id>.txt}).
 */
public enum GoldFormat {
  EVENT_LINES, TIME_LINES, TIMEML, POLNEAR, ARTICLES;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Whether this gold has events, times or quotes to score. */
  public boolean hasEvents() {
    return this == EVENT_LINES || this == ARTICLES;
  }

  public boolean hasTimes() {
    return this == TIME_LINES || this == TIMEML || this == ARTICLES;
  }

  public boolean hasQuotes() {
    return this == POLNEAR || this == ARTICLES;
  }

  /** Whether the gold texts are whole stories (headline, dateline) rather than bare text. */
  public boolean wholeArticles() {
    return this == POLNEAR || this == ARTICLES;
  }

  public static GoldFormat detect(Path path) {
    if (!Files.exists(path)) throw new InputException(path.toString(), "no such file or folder");
    if (!Files.isDirectory(path)) return linesFormat(path);
    if (isPolnearSplit(path) || !polnearSplits(path).isEmpty()) return POLNEAR;
    try (Stream<Path> files = Files.walk(path)) {
      if (files.anyMatch(p -> p.toString().endsWith(".tml"))) return TIMEML;
    } catch (IOException e) {
      throw new InputException(path.toString(), "cannot list: " + e.getMessage());
    }
    return ARTICLES;
  }

  /** The gold times and quotes at {@code path}, read as this format says. */
  public List<GoldDocument> readTimesAndQuotes(Path path) {
    return switch (this) {
      case TIMEML -> TimeMlReader.readAll(path);
      case POLNEAR -> {
        if (isPolnearSplit(path)) yield PolnearReader.read(path);
        List<GoldDocument> out = new ArrayList<>();
        for (Path split : polnearSplits(path)) out.addAll(PolnearReader.read(split));
        yield out;
      }
      case ARTICLES -> GoldJsonReader.readArticles(path);
      default -> GoldJsonReader.readJsonLines(path);
    };
  }

  private static boolean isPolnearSplit(Path dir) {
    return Files.isDirectory(dir.resolve("attributions")) && Files.isDirectory(dir.resolve("text"));
  }

  private static List<Path> polnearSplits(Path dir) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(GoldFormat::isPolnearSplit).sorted().toList();
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot list: " + e.getMessage());
    }
  }

  /** JSON lines: event gold when any record has events, time gold when records have times only. */
  private static GoldFormat linesFormat(Path file) {
    boolean times = false;
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) continue;
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          return EVENT_LINES;
        }
        if (node.path("events").size() > 0) return EVENT_LINES;
        if (node.path("times").size() > 0) times = true;
      }
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
    return times ? TIME_LINES : EVENT_LINES;
  }
}
