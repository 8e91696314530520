package parley.core.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import parley.core.doc.Document;
import parley.core.read.PlainTextReader;

/** One gold document for time and quote scoring: its text, publication date, times and quotes. */
public record GoldDocument(String id, String text, Optional<LocalDate> published, List<GoldTime> times,
    List<GoldQuote> quotes) {
  public GoldDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
  }

  /** A fresh document with this text and date, for a pipeline to annotate. */
  public Document toDocument() {
    return Document.of(id, text, published);
  }

  /** The document read as a whole wire story: headline, dateline and body told apart. */
  public Document toArticle() {
    return new PlainTextReader(published).parse(text, id);
  }
}
