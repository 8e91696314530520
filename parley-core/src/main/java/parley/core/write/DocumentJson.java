package parley.core.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import parley.core.doc.ActorRef;
import parley.core.doc.Deadline;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Evidence;
import parley.core.doc.Quote;
import parley.core.doc.TimeExpression;

/** The output contract: a document as the JSON object {@code parley code --format jsonl} prints. */
public final class DocumentJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DocumentJson() {}

  public static ObjectNode toJson(Document doc) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", doc.id());
    root.put("published", doc.published().map(Object::toString).orElse(null));
    root.put("title", doc.title().orElse(null));
    doc.url().ifPresent(u -> root.put("url", u));
    doc.source().ifPresent(s -> root.put("source", s));
    if (doc.dateline().isPresent()) {
      ObjectNode dateline = root.putObject("dateline");
      dateline.put("place", doc.dateline().get().place());
      dateline.put("agency", doc.dateline().get().agency().orElse(null));
    } else {
      root.putNull("dateline");
    }
    ArrayNode events = root.putArray("events");
    for (Event e : doc.events()) events.add(event(e));
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : doc.quotes()) quotes.add(quote(q));
    ArrayNode times = root.putArray("times");
    for (TimeExpression t : doc.times()) times.add(time(t));
    ArrayNode deadlines = root.putArray("deadlines");
    for (Deadline d : doc.deadlines()) deadlines.add(deadline(d));
    return root;
  }

  static ObjectNode event(Event e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", e.id());
    o.set("source", actor(e.source()));
    if (e.target().isPresent()) o.set("target", actor(e.target().get()));
    else o.putNull("target");
    o.put("code", e.type().code());
    o.put("root", e.type().root());
    o.put("quad", e.type().quad());
    o.put("goldstein", e.type().goldstein());
    o.put("plover", e.type().plover().isEmpty() ? null : e.type().plover());
    o.put("mode", e.mode().label());
    o.put("date", e.date().value().orElse(null));
    o.put("date_precision", e.date().precision());
    o.put("sentence", e.sentence());
    o.set("evidence", evidence(e.evidence()));
    o.put("rule", e.rule());
    return o;
  }

  static ObjectNode actor(ActorRef a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("code", a.code().orElse(null));
    o.put("text", a.text());
    o.put("start", a.span().start());
    o.put("end", a.span().end());
    return o;
  }

  private static ObjectNode evidence(Evidence ev) {
    ObjectNode o = JSON.createObjectNode();
    o.put("text", ev.text());
    o.put("start", ev.span().start());
    o.put("end", ev.span().end());
    return o;
  }

  private static ObjectNode quote(Quote q) {
    ObjectNode o = JSON.createObjectNode();
    if (q.speaker().isPresent()) {
      ObjectNode speaker = o.putObject("speaker");
      speaker.put("text", q.speaker().get().text());
      speaker.put("code", q.speaker().get().code().orElse(null));
      speaker.put("start", q.speaker().get().span().start());
      speaker.put("end", q.speaker().get().span().end());
    } else {
      o.putNull("speaker");
    }
    o.put("text", q.text());
    o.put("start", q.span().start());
    o.put("end", q.span().end());
    o.put("direct", q.direct());
    return o;
  }

  private static ObjectNode time(TimeExpression t) {
    ObjectNode o = JSON.createObjectNode();
    o.put("text", t.text());
    o.put("value", t.value().orElse(null));
    o.put("start", t.span().start());
    o.put("end", t.span().end());
    return o;
  }

  private static ObjectNode deadline(Deadline d) {
    ObjectNode o = JSON.createObjectNode();
    putActor(o, "setter", d.setter());
    putActor(o, "addressee", d.addressee());
    o.put("demand", d.demand().orElse(null));
    o.put("due", d.due().orElse(null));
    o.put("set", d.set().orElse(null));
    o.set("evidence", evidence(d.evidence()));
    return o;
  }

  private static void putActor(ObjectNode o, String field, Optional<ActorRef> actor) {
    if (actor.isEmpty()) {
      o.putNull(field);
      return;
    }
    ObjectNode a = o.putObject(field);
    a.put("code", actor.get().code().orElse(null));
    a.put("text", actor.get().text());
  }

  public static String toLine(Document doc) {
    return toJson(doc).toString();
  }
}
