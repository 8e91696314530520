package parley.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.EventType;
import parley.core.doc.Evidence;
import parley.core.doc.Mode;
import parley.core.doc.Span;

/** Hand-built documents and events for store tests (no NLP). */
final class Fixtures {
  private Fixtures() {}

  static Document document(String id, String text, String published, String outlet, Event... events) {
    return Document.of(id, text, Optional.of(LocalDate.parse(published)))
        .withMetadata(Optional.of("Title of " + id), Optional.empty(),
            Optional.of("https://" + outlet + ".example/" + id), Optional.of(outlet))
        .withEvents(List.of(events));
  }

  static Event event(String id, String source, String target, String code, String date) {
    return event(id, source, target, code, date, Mode.ASSERTED);
  }

  static Event event(String id, String source, String target, String code, String date, Mode mode) {
    int quad = EventType.quadOfRoot(code);
    double goldstein = switch (quad) {
      case 1 -> 3.0;
      case 2 -> 6.0;
      case 3 -> -2.0;
      default -> -9.0;
    };
    EventType type = new EventType(code, "name of " + code, goldstein, quad, quad <= 2 ? "COOPERATE" : "ACCUSE");
    return new Event(id, ActorRef.of(source, source + " words", new Span(0, 3)),
        Optional.ofNullable(target).map(t -> ActorRef.of(t, t + " words", new Span(4, 8))),
        type, mode, EventDate.fromValue(date), 1, new Evidence("evidence of " + id, new Span(0, 12)),
        "test-rule");
  }

  /** A story of about 60 distinct words; different seeds give unrelated texts. */
  static String story(int seed) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 60; i++) text.append("w").append(seed).append('x').append(i).append(' ');
    return text.toString().trim() + ".";
  }
}
