package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.EventType;
import parley.core.doc.Evidence;
import parley.core.doc.Mode;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.quote.Parses;

/** A retold event takes the date the story first gave it; another act keeps the publication date. */
class SameEventDateTest {
  private static final LocalDate TUESDAY = LocalDate.of(2019, 11, 12);
  private static final String TEXT = "Norland expels Westian envoys.\nNorland on Sunday expelled two envoys from "
      + "Westia. The ministry gave no reason. Norland expelled the envoys at a short meeting. Norland criticized "
      + "Westia over its trade policy. When Norland expelled the envoys, Westia protested.";

  private static List<Sentence> sentences() {
    String[] parts = {"Norland expels Westian envoys.", "Norland on Sunday expelled two envoys from Westia.",
        "The ministry gave no reason.", "Norland expelled the envoys at a short meeting.",
        "Norland criticized Westia over its trade policy.", "When Norland expelled the envoys, Westia protested."};
    String[] specs = {
        "Norland/NNP/2/nsubj/norland expels/VBZ/0/root/expel Westian/NNP/4/compound/westian envoys/NNS/2/obj/envoy "
            + "././2/punct/.",
        "Norland/NNP/4/nsubj/norland on/IN/3/case/on Sunday/NNP/4/obl/sunday expelled/VBD/0/root/expel "
            + "two/CD/6/nummod/two envoys/NNS/4/obj/envoy from/IN/8/case/from Westia/NNP/4/obl/westia ././4/punct/.",
        "The/DT/2/det/the ministry/NN/3/nsubj/ministry gave/VBD/0/root/give no/DT/5/det/no reason/NN/3/obj/reason "
            + "././3/punct/.",
        "Norland/NNP/2/nsubj/norland expelled/VBD/0/root/expel the/DT/4/det/the envoys/NNS/2/obj/envoy at/IN/8/case/at "
            + "a/DT/8/det/a short/JJ/8/amod/short meeting/NN/2/obl/meeting ././2/punct/.",
        "Norland/NNP/2/nsubj/norland criticized/VBD/0/root/criticize Westia/NNP/2/obj/westia over/IN/7/case/over "
            + "its/PRP$/7/nmod:poss/its trade/NN/7/compound/trade policy/NN/2/obl/policy ././2/punct/.",
        "When/WRB/3/advmod/when Norland/NNP/3/nsubj/norland expelled/VBD/8/advcl/expel the/DT/5/det/the "
            + "envoys/NNS/3/obj/envoy ,/,/8/punct/, Westia/NNP/8/nsubj/westia protested/VBD/0/root/protest ././8/punct/."};
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) out.add(Parses.sentence(TEXT, i, TEXT.indexOf(parts[i]), specs[i]));
    return out;
  }

  private static Event event(int sentence, String evidence, String code, String rule) {
    int start = TEXT.indexOf(evidence);
    return new Event("d#e" + sentence, ActorRef.of("XNL", "Norland", new Span(start, start + 7)),
        Optional.of(ActorRef.of("XWS", "Westia", new Span(0, 1))), new EventType(code, "x", -5.0, 4, "COERCE"),
        Mode.ASSERTED, EventDate.published("2019-11-12"), sentence,
        Evidence.of(TEXT, new Span(start, start + evidence.length())), rule);
  }

  private static List<Event> dated() {
    Document doc = Document.of("d", TEXT, Optional.of(TUESDAY)).withSentences(sentences());
    doc = new TimeResolver().apply(doc);
    List<Event> events = List.of(event(0, "Norland expels Westian envoys", "1663", "expel"),
        event(1, "Norland on Sunday expelled two envoys", "1663", "expel"),
        event(3, "Norland expelled the envoys", "1663", "expel"),
        event(4, "Norland criticized Westia", "111", "criticize"),
        event(5, "When Norland expelled the envoys", "1663", "expel"));
    return new EventDater().apply(doc.withEvents(events)).events();
  }

  @Test
  void theExpulsionRetoldLater_andInTheHeadline_isOnTheLeadsSunday() {
    List<Event> events = dated();
    assertThat(events.get(1).date()).isEqualTo(EventDate.fromValue("2019-11-10"));
    assertThat(events.get(2).date()).isEqualTo(EventDate.fromValue("2019-11-10"));
    assertThat(events.get(0).date()).isEqualTo(EventDate.fromValue("2019-11-10"));
  }

  @Test
  void anotherActOfTheSameActors_keepsThePublicationDate() {
    assertThat(dated().get(3).date()).isEqualTo(EventDate.published("2019-11-12"));
  }

  @Test
  void anExpulsionSettingTheSceneForAnotherAct_isNotARetelling() {
    assertThat(dated().get(4).date()).isEqualTo(EventDate.published("2019-11-12"));
  }

  @Test
  void aTriggerAndItsNoun_nameOneAct() {
    assertThat(SameEventDate.sameTrigger("meet", "meeting")).isTrue();
    assertThat(SameEventDate.sameTrigger("accuse", "accusation")).isTrue();
    assertThat(SameEventDate.sameTrigger("say", "sayings")).isFalse();
    assertThat(SameEventDate.sameTrigger("meet", "praise")).isFalse();
  }
}
