package parley.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the {@code deadlines} of a folder of gold articles ({@code <id>.json}), by document id. */
public final class DeadlineGoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeadlineGoldReader() {}

  public static Map<String, List<GoldDeadline>> readArticles(Path dir) {
    Map<String, List<GoldDeadline>> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode node = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
        String id = node.path("id").asText(json.getFileName().toString().replaceAll("\\.json$", ""));
        out.put(id, deadlines(node));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<GoldDeadline> deadlines(JsonNode node) {
    List<GoldDeadline> out = new ArrayList<>();
    for (JsonNode d : node.path("deadlines")) {
      out.add(new GoldDeadline(code(d.path("setter")), code(d.path("addressee")), d.path("due").asText(""),
          d.path("set").asText(""), d.path("evidence").asText("")));
    }
    return out;
  }

  /** "IGOUNO" or {"code": "IGOUNO", ...}. */
  private static String code(JsonNode actor) {
    return actor.isObject() ? actor.path("code").asText("") : actor.asText("");
  }
}
