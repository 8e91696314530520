package parley.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import parley.core.doc.Dateline;
import parley.core.doc.Document;
import parley.core.doc.Span;

/**
 * Reads JSON lines, one article an object: {@code id}, {@code title}, {@code text},
 * {@code published} (YYYY-MM-DD, an ISO timestamp, YYYYMMDD or YYMMDD: {@link PublishedDate}), optional {@code url}, {@code source},
 * {@code dateline}. A malformed line is rejected with its line number; the others are read.
 */
public final class JsonLinesReader implements ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Optional<LocalDate> defaultPublished;

  public JsonLinesReader(Optional<LocalDate> defaultPublished) {
    this.defaultPublished = defaultPublished;
  }

  @Override
  public void read(InputStream in, String sourceName, ArticleSink sink) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int lineNumber = 0;
    int records = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
      String line;
      while (true) {
        try {
          line = lines.readLine();
        } catch (MalformedInputException e) {
          throw new InputException(sourceName, lineNumber + 1, "invalid UTF-8");
        }
        if (line == null) break;
        lineNumber++;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
        if (line.isBlank()) continue;
        if (line.indexOf('\0') >= 0) throw new InputException(sourceName, lineNumber, "binary input");
        records++;
        try {
          sink.accept(parseLine(line, sourceName, lineNumber));
        } catch (InputException e) {
          sink.reject(e);
        }
      }
    } catch (IOException e) {
      throw new InputException(sourceName, lineNumber, "cannot read: " + e.getMessage());
    }
    if (records == 0) throw new InputException(sourceName, "empty input (no JSON lines)");
  }

  /** One JSON object to a document; throws {@link InputException} naming the line. */
  public Document parseLine(String line, String sourceName, int lineNumber) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw InputException.malformedJson(sourceName, lineNumber, e);
    }
    if (node == null || !node.isObject()) {
      throw new InputException(sourceName, lineNumber, "not a JSON object");
    }
    String text = string(node, "text").orElseThrow(
        () -> new InputException(sourceName, lineNumber, "no \"text\" field"));
    if (text.isBlank()) throw new InputException(sourceName, lineNumber, "empty \"text\"");
    String id = string(node, "id").orElse(DocumentIds.fromSourceName(sourceName) + "-" + lineNumber);
    // a blank "published" ("", as exports write for a missing date) is no date, not a bad one
    Optional<LocalDate> published = string(node, "published").filter(p -> !p.isBlank())
        .map(p -> parseDate(p, sourceName, lineNumber))
        .or(() -> defaultPublished);
    Document doc = Document.of(id, text, published).withMetadata(string(node, "title"),
        string(node, "dateline").flatMap(JsonLinesReader::datelineField), string(node, "url"), string(node, "source"));
    return WireStoryLayout.laidOut(doc);
  }

  private static Optional<Dateline> datelineField(String raw) {
    String place = raw.replaceAll("[,\\s-]+$", "").replaceAll(",.*$", "").trim();
    return place.isEmpty() ? Optional.empty()
        : Optional.of(new Dateline(place, Optional.empty(), new Span(0, 0)));
  }

  private static LocalDate parseDate(String value, String sourceName, int lineNumber) {
    return PublishedDate.parse(value).orElseThrow(
        () -> new InputException(sourceName, lineNumber, "bad \"published\" date: '" + value + "'"));
  }

  private static Optional<String> string(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
