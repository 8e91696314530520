package parley.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import parley.core.read.InputException;
import parley.core.read.PublishedDate;

/**
 * Reads event gold in the format of {@code ../shared/spec/events-jsonl.md}: JSON lines, or a folder
 * of {@code <id>.json} files each beside an {@code <id>.txt} holding the text (whole articles).
 */
public final class EventGoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventGoldReader() {}

  public static List<EventGoldDocument> read(Path path) {
    if (!Files.exists(path)) throw new InputException(path.toString(), "no such file or folder");
    return Files.isDirectory(path) ? readFolder(path) : readJsonLines(path);
  }

  static List<EventGoldDocument> readJsonLines(Path file) {
    List<EventGoldDocument> out = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) continue;
        JsonNode node = parse(line, file.toString(), number);
        String text = node.path("text").asText("");
        if (text.isBlank()) throw new InputException(file.toString(), number, "gold record without \"text\"");
        out.add(document(node, text, false, file.toString(), number));
      }
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read: " + e.getMessage());
    }
    return out;
  }

  static List<EventGoldDocument> readFolder(Path dir) {
    List<Path> golds;
    try (Stream<Path> files = Files.list(dir)) {
      golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(dir.toString(), "cannot list: " + e.getMessage());
    }
    List<EventGoldDocument> out = new ArrayList<>();
    for (Path gold : golds) {
      Path textFile = Path.of(gold.toString().replaceAll("\\.json$", ".txt"));
      if (!Files.exists(textFile)) continue;
      try {
        JsonNode node = parse(Files.readString(gold, StandardCharsets.UTF_8), gold.toString(), 0);
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        out.add(document(node, text, true, gold.toString(), 0));
      } catch (IOException e) {
        throw new InputException(gold.toString(), "cannot read: " + e.getMessage());
      }
    }
    if (out.isEmpty()) throw new InputException(dir.toString(), "no <id>.json + <id>.txt gold pairs");
    return out;
  }

  private static JsonNode parse(String json, String source, int line) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw InputException.malformedJson(source, line, e);
    }
  }

  private static EventGoldDocument document(JsonNode node, String text, boolean whole, String source, int line) {
    String id = node.path("id").asText(source + ":" + line);
    Optional<LocalDate> published = string(node, "published").flatMap(EventGoldReader::date);
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : node.path("events")) events.add(event(e));
    List<String> negatives = new ArrayList<>();
    for (JsonNode n : node.path("negatives")) {
      negatives.add(n.isTextual() ? n.asText() : n.path("text").asText(n.path("evidence").asText("")));
    }
    negatives.removeIf(String::isBlank);
    return new EventGoldDocument(id, text, published, events, negatives, whole);
  }

  private static GoldEvent event(JsonNode e) {
    List<String> roots = new ArrayList<>();
    for (JsonNode r : e.path("roots")) roots.add(r.asText());
    Optional<String> code = string(e, "code");
    if (roots.isEmpty() && code.isPresent() && code.get().length() >= 2) roots.add(code.get().substring(0, 2));
    return new GoldEvent(string(e, "source"), string(e, "source_text"), string(e, "target"),
        string(e, "target_text"), code, roots, string(e, "plover"),
        e.path("required").asBoolean(true), e.path("symmetric").asBoolean(false),
        string(e, "evidence"), string(e, "date"));
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isEmpty() ? Optional.empty() : Optional.of(v.asText());
  }

  private static Optional<LocalDate> date(String s) {
    return PublishedDate.parse(s);
  }
}
