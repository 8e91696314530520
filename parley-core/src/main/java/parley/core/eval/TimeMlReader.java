package parley.core.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Reads TempEval-3 TimeML ({@code .tml}): the text inside {@code <TEXT>} with its tags stripped,
 * each {@code TIMEX3} there as a gold time with offsets into that text, and the creation time
 * ({@code functionInDocument="CREATION_TIME"}) as the publication date.
 */
public final class TimeMlReader {
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern DCT = Pattern.compile(
      "<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");

  private TimeMlReader() {}

  /**
   * Every {@code .tml} file under {@code dir}, sorted by path; a document whose id was already read
   * (TempEval-3's {@code testpipeline} folder repeats a TimeBank file) is read once, so it is not
   * scored twice.
   */
  public static List<GoldDocument> readAll(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      Map<String, GoldDocument> byId = new LinkedHashMap<>();
      files.filter(p -> p.toString().endsWith(".tml")).sorted().map(TimeMlReader::read)
          .forEach(d -> byId.putIfAbsent(d.id(), d));
      return List.copyOf(byId.values());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static GoldDocument read(Path file) {
    try {
      return parse(file.getFileName().toString().replaceAll("\\.tml$", ""),
          Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GoldDocument parse(String id, String xml, String source) {
    int open = xml.indexOf("<TEXT>");
    int close = xml.indexOf("</TEXT>");
    if (open < 0 || close < open) throw new InputException(source, "no <TEXT> element");
    StringBuilder text = new StringBuilder();
    List<GoldTime> times = new ArrayList<>();
    Matcher tag = TAG.matcher(xml).region(open + "<TEXT>".length(), close);
    int from = open + "<TEXT>".length();
    int timexStart = -1;
    String timexAttributes = "";
    while (tag.find()) {
      appendDecoded(text, xml.substring(from, tag.start()));
      from = tag.end();
      if (!tag.group(2).equals("TIMEX3")) continue;
      if (tag.group(1).isEmpty()) {
        timexStart = text.length();
        timexAttributes = tag.group(3);
      } else if (timexStart >= 0) {
        Span span = new Span(timexStart, text.length());
        times.add(new GoldTime(span.of(text.toString()), Optional.of(span),
            attribute(timexAttributes, "value"), attribute(timexAttributes, "type")));
        timexStart = -1;
      }
    }
    appendDecoded(text, xml.substring(from, close));
    return new GoldDocument(id, text.toString(), creationTime(xml, source), times, List.of());
  }

  private static Optional<LocalDate> creationTime(String xml, String source) {
    Matcher m = DCT.matcher(xml);
    if (!m.find()) return Optional.empty();
    String value = attribute(m.group(), "value");
    if (value.length() < 10) return Optional.empty();
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (java.time.format.DateTimeParseException e) {
      throw new InputException(source, "bad creation time '" + value + "'");
    }
  }

  private static String attribute(String attributes, String name) {
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      if (m.group(1).equals(name)) return m.group(2);
    }
    return "";
  }

  private static void appendDecoded(StringBuilder out, String raw) {
    out.append(raw.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&"));
  }
}
