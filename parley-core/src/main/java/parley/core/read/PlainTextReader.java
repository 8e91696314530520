package parley.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parley.core.doc.Dateline;
import parley.core.doc.Document;
import parley.core.doc.Section;
import parley.core.doc.Span;
import parley.core.doc.Zone;

/**
 * Reads one plain-text wire story: the headline on the first line, then the body with its dateline,
 * captions and credits. The document id is the file name without extension; the publication date
 * is the ISO date in the file name ({@code seoul-2019-11-10.txt}), else the default.
 */
public final class PlainTextReader implements ArticleReader {
  private final Optional<LocalDate> defaultPublished;

  public PlainTextReader(Optional<LocalDate> defaultPublished) {
    this.defaultPublished = defaultPublished;
  }

  @Override
  public void read(InputStream in, String sourceName, ArticleSink sink) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new InputException(sourceName, "cannot read: " + e.getMessage());
    }
    sink.accept(parse(TextDecoder.decode(bytes, sourceName), DocumentIds.fromSourceName(sourceName),
        FileNameDate.of(sourceName).or(() -> defaultPublished)));
  }

  /** Builds the document for an already decoded story. */
  public Document parse(String text, String id) {
    return parse(text, id, defaultPublished);
  }

  private Document parse(String text, String id, Optional<LocalDate> published) {
    List<Zone> zones = new ArrayList<>();
    int headlineEnd = text.indexOf('\n');
    int bodyStart = 0;
    Optional<String> title = Optional.empty();
    if (headlineEnd > 0 && startsWithBlankLine(text, headlineEnd + 1)) {
      Span headline = trimmed(text, 0, headlineEnd);
      if (headline.length() > 0 && headline.length() < 300) {
        zones.add(new Zone(Section.TITLE, headline));
        title = Optional.of(headline.of(text));
        bodyStart = headlineEnd + 1;
      }
    }
    zones.addAll(WireStoryLayout.zones(text, bodyStart));
    Optional<Dateline> dateline = WireStoryLayout.dateline(text, bodyStart);
    return Document.of(id, text, published)
        .withMetadata(title, dateline, Optional.empty(), Optional.empty())
        .withZones(zones);
  }

  private static boolean startsWithBlankLine(String text, int from) {
    int next = text.indexOf('\n', from);
    String line = next < 0 ? text.substring(from) : text.substring(from, next);
    return line.isBlank();
  }

  private static Span trimmed(String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) s++;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
    return new Span(s, e);
  }

}
