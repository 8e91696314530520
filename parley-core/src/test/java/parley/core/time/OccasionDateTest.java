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
import parley.core.doc.Span;
import parley.core.quote.Parses;

/** A past act "during the debate" is on the day the story dated that debate; a place is no occasion. */
class OccasionDateTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 11, 10);
  private static final String TEXT = "Tuesday's debate ended early. Smith criticized Jones during the debate. "
      + "Smith praised Jones at the hotel.";

  private static EventDate dateOf(int sentence, String evidence) {
    String[] parts = {"Tuesday's debate ended early.", "Smith criticized Jones during the debate.",
        "Smith praised Jones at the hotel."};
    Document doc = Document.of("d", TEXT, Optional.of(SUNDAY)).withSentences(List.of(
        Parses.sentence(TEXT, 0, TEXT.indexOf(parts[0]), "Tuesday/NNP/3/nmod:poss/tuesday 's/POS/1/case/'s "
            + "debate/NN/4/nsubj/debate ended/VBD/0/root/end early/RB/4/advmod/early ././4/punct/."),
        Parses.sentence(TEXT, 1, TEXT.indexOf(parts[1]), "Smith/NNP/2/nsubj/smith criticized/VBD/0/root/criticize "
            + "Jones/NNP/2/obj/jones during/IN/6/case/during the/DT/6/det/the debate/NN/2/obl/debate ././2/punct/."),
        Parses.sentence(TEXT, 2, TEXT.indexOf(parts[2]), "Smith/NNP/2/nsubj/smith praised/VBD/0/root/praise "
            + "Jones/NNP/2/obj/jones at/IN/6/case/at the/DT/6/det/the hotel/NN/2/obl/hotel ././2/punct/.")));
    doc = new TimeResolver().apply(doc);
    int start = TEXT.indexOf(evidence);
    Event event = new Event("d#e1", ActorRef.of("USA", "Smith", new Span(start, start + 5)), Optional.empty(),
        new EventType("111", "x", -2.0, 3, "ACCUSE"), Mode.ASSERTED, EventDate.published("2019-11-10"),
        sentence, Evidence.of(TEXT, new Span(start, start + evidence.length())), "test");
    return new EventDater().apply(doc.withEvents(List.of(event))).events().get(0).date();
  }

  @Test
  void anActDuringTheDebate_isOnTheDayTheStoryDatedIt() {
    assertThat(dateOf(1, "Smith criticized Jones")).isEqualTo(EventDate.fromValue("2019-11-05"));
  }

  @Test
  void anActAtAPlace_keepsThePublicationDate() {
    assertThat(dateOf(2, "Smith praised Jones")).isEqualTo(EventDate.published("2019-11-10"));
  }
}
