package parley.core.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import parley.core.doc.Document;

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
}
