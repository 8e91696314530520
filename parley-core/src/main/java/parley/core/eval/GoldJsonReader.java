package parley.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import parley.core.doc.Span;
import parley.core.read.InputException;
import parley.core.read.PublishedDate;

/**
 * Reads gold times and quotes from the gold JSON: JSON lines with a {@code text} field
 * ({@code tempeval3-train.jsonl}) or a folder of {@code <id>.json} beside {@code <id>.txt}
 * ({@code articles-dev/}).
 */
public final class GoldJsonReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldJsonReader() {}

  public static List<GoldDocument> readJsonLines(Path file) {
    List<GoldDocument> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) continue;
        JsonNode node = parse(lines.get(i), file, i + 1);
        out.add(document(node, node.path("text").asText(""), file.toString(), i + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Every {@code <id>.json} in {@code dir} with its {@code <id>.txt}, sorted by id. */
  public static List<GoldDocument> readArticles(Path dir) {
    List<GoldDocument> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        Path txt = json.resolveSibling(json.getFileName().toString().replaceAll("\\.json$", ".txt"));
        String text = Files.readString(txt, StandardCharsets.UTF_8).replace("\uFEFF", "");
        out.add(document(parse(Files.readString(json, StandardCharsets.UTF_8), json, 0), text,
            json.toString(), 0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static JsonNode parse(String json, Path file, int line) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw InputException.malformedJson(file.toString(), line, e);
    }
  }

  /** The occurrence of {@code words} at {@code start}, or the nearest one when the offset is off. */
  static Optional<Span> locate(String text, String words, int start) {
    if (start >= 0 && start + words.length() <= text.length() && text.startsWith(words, start)) {
      return Optional.of(new Span(start, start + words.length()));
    }
    int best = -1;
    for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
      if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
    }
    return best < 0 ? Optional.empty() : Optional.of(new Span(best, best + words.length()));
  }

  private static GoldDocument document(JsonNode node, String text, String source, int line) {
    Optional<LocalDate> published = Optional.empty();
    String date = node.path("published").asText("");
    if (!date.isEmpty()) {
      published = Optional.of(PublishedDate.parse(date).orElseThrow(
          () -> new InputException(source, line, "bad published date '" + date + "'")));
    }
    List<GoldTime> times = new ArrayList<>();
    for (JsonNode t : node.path("times")) {
      String words = t.path("text").asText("");
      Optional<Span> span = t.has("start") ? locate(text, words, t.get("start").asInt()) : Optional.empty();
      times.add(new GoldTime(words, span, t.path("value").asText(""), t.path("type").asText("")));
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode q : node.path("quotes")) {
      quotes.add(new GoldQuote(q.path("speaker").asText(""), q.path("text").asText(""), Optional.empty()));
    }
    return new GoldDocument(node.path("id").asText(""), text, published, times, quotes);
  }
}
