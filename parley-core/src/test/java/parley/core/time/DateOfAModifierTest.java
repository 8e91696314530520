package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

/**
 * A date on a word that describes a noun ("bonds due 2030", "a week of protests beginning on May 3")
 * dates that thing, not the act of the clause.
 */
class DateOfAModifierTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 11, 10);

  private static EventDate dateOf(String text, Sentence sentence, String evidence) {
    Document doc = Document.of("d", text, Optional.of(SUNDAY)).withSentences(List.of(sentence));
    doc = new TimeResolver().apply(doc);
    int start = text.indexOf(evidence);
    Event event = new Event("d#e1", ActorRef.of("DEU", "Germany", new Span(0, 1)), Optional.empty(),
        new EventType("020", "x", 3, 1, "REQUEST"), Mode.ASSERTED, EventDate.published("2019-11-10"),
        0, Evidence.of(text, new Span(start, start + evidence.length())), "test");
    return new EventDater().apply(doc.withEvents(List.of(event))).events().get(0).date();
  }

  @Test
  void aMaturityOnTheSoldNotes_isNotTheDateOfTheSale() {
    String text = "The bank said it is selling 50 mln dlrs of bonds due 2030 that it bought from a lender.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det/the bank/NN/3/nsubj/bank said/VBD/0/root/say "
        + "it/PRP/6/nsubj/it is/VBZ/6/aux/be selling/VBG/3/ccomp/sell 50/CD/8/compound/50 mln/CD/9/nummod/mln "
        + "dlrs/NNS/6/obj/dlr of/IN/11/case/of bonds/NNS/9/nmod/bond due/JJ/9/amod/due 2030/CD/12/obl:tmod/2030 "
        + "that/IN/16/mark/that it/PRP/16/nsubj/it bought/VBD/6/ccomp/buy from/IN/19/case/from a/DT/19/det/a "
        + "lender/NN/16/obl/lender ././3/punct/.");
    assertThat(dateOf(text, s, "it is selling 50 mln dlrs")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void theStartOfTheProtestWeek_isNotTheDayTheLeadersUrgedThem() {
    String text = "The council rejected the plan at a meeting yesterday but leaders voted instead for a week of "
        + "protests beginning on May 3 and urged their members to gather on May 10.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det/the council/NN/3/nsubj/council rejected/VBD/0/root/reject "
        + "the/DT/5/det/the plan/NN/3/obj/plan at/IN/8/case/at a/DT/8/det/a meeting/NN/3/obl/meeting "
        + "yesterday/NN/3/obl:tmod/yesterday but/CC/12/cc/but leaders/NNS/12/nsubj/leader voted/VBD/3/conj/vote "
        + "instead/RB/12/advmod/instead for/IN/16/case/for a/DT/16/det/a week/NN/12/obl/week of/IN/18/case/of "
        + "protests/NNS/16/nmod/protest beginning/VBG/18/acl/begin on/IN/21/case/on May/NNP/19/obl/may "
        + "3/CD/21/nummod/3 and/CC/24/cc/and urged/VBD/12/conj/urge their/PRP$/26/nmod:poss/they "
        + "members/NNS/24/obj/member to/TO/28/mark/to gather/VB/24/xcomp/gather on/IN/30/case/on "
        + "May/NNP/28/obl/may 10/CD/30/nummod/10 ././3/punct/.");
    assertThat(dateOf(text, s, "urged their members")).isEqualTo(EventDate.fromValue("2019-11-09"));
  }
}
