package parley.core.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import parley.core.doc.Document;
import parley.core.read.PlainTextReader;
import parley.core.read.WireStoryLayout;

/** A gold document for event scoring: its text, publication date, gold events and negative spans. */
public record EventGoldDocument(String id, String text, Optional<LocalDate> published, List<GoldEvent> events,
    List<String> negatives, boolean wholeArticle) {
  public EventGoldDocument {
    events = List.copyOf(events);
    negatives = List.copyOf(negatives);
  }

  /** The document to code: a whole article is read as a wire story (headline, dateline). */
  public Document toDocument() {
    if (wholeArticle) return new PlainTextReader(published).parse(text, id);
    return WireStoryLayout.laidOut(Document.of(id, text, published));
  }
}
