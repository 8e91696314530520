package parley.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Dateline;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.EventType;
import parley.core.doc.Evidence;
import parley.core.doc.Mode;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;

class DocumentJsonTest {
  private static final String TEXT = "Japan imposed curbs on Korea on Friday.";

  @Test
  void toJson_followsTheOutputContract() throws Exception {
    Event e = new Event("d#e1", ActorRef.of("JPN", "Japan", new Span(0, 5)),
        Optional.of(ActorRef.of("KOR", "Korea", new Span(23, 28))), new EventType("163", "impose sanctions", -8.0, 4, "SANCTION"),
        Mode.ASSERTED, EventDate.fromValue("2019-11-08"), 0, Evidence.of(TEXT, new Span(0, 28)), "impose+obj:curb");
    Document doc = Document.of("d", TEXT, Optional.of(LocalDate.of(2019, 11, 10)))
        .withMetadata(Optional.of("Curbs"), Optional.of(new Dateline("TOKYO", Optional.of("Reuters"), new Span(0, 0))),
            Optional.empty(), Optional.empty())
        .withEvents(List.of(e))
        .withTimes(List.of(new TimeExpression("on Friday", new Span(29, 38), Optional.of("2019-11-08"))));
    JsonNode json = new ObjectMapper().readTree(DocumentJson.toLine(doc));
    assertThat(json.get("published").asText()).isEqualTo("2019-11-10");
    assertThat(json.get("dateline").get("agency").asText()).isEqualTo("Reuters");
    JsonNode event = json.get("events").get(0);
    assertThat(event.get("code").asText()).isEqualTo("163");
    assertThat(event.get("root").asText()).isEqualTo("16");
    assertThat(event.get("quad").asInt()).isEqualTo(4);
    assertThat(event.get("goldstein").asDouble()).isEqualTo(-8.0);
    assertThat(event.get("plover").asText()).isEqualTo("SANCTION");
    assertThat(event.get("mode").asText()).isEqualTo("asserted");
    assertThat(event.get("date").asText()).isEqualTo("2019-11-08");
    assertThat(event.get("date_precision").asText()).isEqualTo("day");
    assertThat(event.get("source").get("code").asText()).isEqualTo("JPN");
    assertThat(event.get("target").get("start").asInt()).isEqualTo(23);
    assertThat(event.get("evidence").get("text").asText()).isEqualTo("Japan imposed curbs on Korea");
    assertThat(event.get("rule").asText()).isEqualTo("impose+obj:curb");
    assertThat(json.get("times").get(0).get("value").asText()).isEqualTo("2019-11-08");
    assertThat(json.get("quotes")).isEmpty();
    assertThat(json.get("deadlines")).isEmpty();
  }

  @Test
  void toJson_unknownActorCodeIsNullWithTheTextKept() throws Exception {
    Event e = new Event("d#e1", ActorRef.of(null, "the ACLU", new Span(0, 8)), Optional.empty(),
        new EventType("115", "sue", -2.0, 3, "ACCUSE"), Mode.NEGATED, EventDate.unknown(), 0,
        Evidence.of(TEXT, new Span(0, 5)), "sue");
    JsonNode json = new ObjectMapper().readTree(DocumentJson.toLine(
        Document.of("d", TEXT, Optional.empty()).withEvents(List.of(e))));
    JsonNode event = json.get("events").get(0);
    assertThat(event.get("source").get("code").isNull()).isTrue();
    assertThat(event.get("source").get("text").asText()).isEqualTo("the ACLU");
    assertThat(event.get("target").isNull()).isTrue();
    assertThat(event.get("mode").asText()).isEqualTo("negated");
    assertThat(json.get("published").isNull()).isTrue();
  }
}
