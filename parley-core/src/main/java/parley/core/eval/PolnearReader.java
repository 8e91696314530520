package parley.core.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import parley.core.doc.Span;
import parley.core.read.InputException;

/**
 * Reads PolNeAR (brat standoff): for each article in {@code <split>/text/} the attributions of its
 * first annotation file in {@code <split>/attributions/}, as gold quotes whose speaker is the Source
 * span's words (empty when unattributed), located, and whose text is the Content span (its fragments joined
 * into one span). The publication date comes from the file name ({@code nyt_2016-09-12_...}).
 */
public final class PolnearReader {
  private static final Pattern DATE = Pattern.compile("_(\\d{4}-\\d{2}-\\d{2})_");

  private PolnearReader() {}

  /** All articles of one split folder ({@code polnear/dev} or {@code polnear/train}). */
  public static List<GoldDocument> read(Path split) {
    Map<String, Path> annotations = new LinkedHashMap<>();
    try (Stream<Path> anns = Files.list(split.resolve("attributions"))) {
      anns.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> annotations.putIfAbsent(
          p.getFileName().toString().replaceAll("_[0-9a-f]+\\.ann$", ""), p));
      List<GoldDocument> out = new ArrayList<>();
      for (Map.Entry<String, Path> e : annotations.entrySet()) {
        Path text = split.resolve("text").resolve(e.getKey() + ".txt");
        if (Files.exists(text)) out.add(read(e.getKey(), Files.readString(text, StandardCharsets.UTF_8), e.getValue()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GoldDocument read(String id, String text, Path ann) throws IOException {
    Map<String, Span> spans = new HashMap<>();
    List<String> events = new ArrayList<>();
    List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f[0].startsWith("T") && f.length >= 2) spans.put(f[0], span(f[1], text, ann, i + 1));
      if (f[0].startsWith("E") && f.length >= 2) events.add(f[1]);
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (String event : events) {
      Map<String, Span> roles = new HashMap<>();
      for (String part : event.split(" ")) {
        String[] kv = part.split(":");
        if (kv.length == 2 && spans.containsKey(kv[1])) roles.put(kv[0], spans.get(kv[1]));
      }
      Span content = roles.get("Content");
      if (content == null) continue;
      String speaker = roles.containsKey("Source") ? roles.get("Source").of(text) : "";
      quotes.add(new GoldQuote(speaker, content.of(text), Optional.of(content), Optional.ofNullable(roles.get("Source"))));
    }
    return new GoldDocument(id, text, date(id), List.of(), quotes);
  }

  /** "Content 315 448;463 553": the union of the fragments. */
  private static Span span(String field, String text, Path ann, int line) {
    String[] typeAndOffsets = field.split(" ", 2);
    if (typeAndOffsets.length < 2) throw new InputException(ann.toString(), line, "no offsets");
    int start = Integer.MAX_VALUE;
    int end = 0;
    try {
      for (String fragment : typeAndOffsets[1].split(";")) {
        String[] se = fragment.trim().split(" ");
        start = Math.min(start, Integer.parseInt(se[0]));
        end = Math.max(end, Integer.parseInt(se[1]));
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      throw new InputException(ann.toString(), line, "bad offsets '" + typeAndOffsets[1] + "'");
    }
    if (end > text.length() || start > end) {
      throw new InputException(ann.toString(), line, "offsets outside the text: " + start + ".." + end);
    }
    return new Span(start, end);
  }

  private static Optional<LocalDate> date(String id) {
    Matcher m = DATE.matcher(id);
    try {
      return m.find() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
