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
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.quote.Parses;

class EventDaterTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 11, 10);

  private static EventDate dateOf(String text, Sentence sentence, String evidence) {
    Document doc = Document.of("d", text, Optional.of(SUNDAY)).withSentences(List.of(sentence));
    doc = new TimeResolver().apply(doc);
    int start = text.indexOf(evidence);
    Event event = new Event("d#e1", ActorRef.of("PRK", "Kim", new Span(0, 1)), Optional.empty(),
        new EventType("172", "x", -5, 4, "COERCE"), Mode.ASSERTED, EventDate.published("2019-11-10"),
        0, Evidence.of(text, new Span(start, start + evidence.length())), "test");
    return new EventDater().apply(doc.withEvents(List.of(event))).events().get(0).date();
  }

  @Test
  void timeAttachedToTheVerb_givesTheDate() {
    String text = "Kim in April gave the United States a deadline.";
    Sentence s = Parses.sentence(text, 0, 0, "Kim/NNP/4/nsubj in/IN/3/case April/NNP/4/obl gave/VBD/0/root/give "
        + "the/DT/7/det United/NNP/7/compound States/NNP/4/iobj a/DT/9/det deadline/NN/4/obj ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "gave the United States a deadline"))
        .isEqualTo(new EventDate(Optional.of("2019-04"), "month"));
  }

  @Test
  void saidOnFriday_datesTheSayingClause() {
    String text = "A diplomat said on Friday that Pyongyang expects steps.";
    Sentence s = Parses.sentence(text, 0, 0, "A/DT/2/det diplomat/NN/3/nsubj said/VBD/0/root/say on/IN/5/case "
        + "Friday/NNP/3/obl that/IN/8/mark Pyongyang/NNP/8/nsubj expects/VBZ/3/ccomp/expect steps/NNS/8/obj ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "diplomat said")).isEqualTo(EventDate.fromValue("2019-11-08"));
  }

  @Test
  void noTime_givesPublicationDate_butPastPerfectAndCaptionsDoNot() {
    String text = "The two leaders met in Hanoi.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det two/CD/3/nummod leaders/NNS/4/nsubj "
        + "met/VBD/0/root/meet in/IN/6/case Hanoi/NNP/4/obl ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "leaders met")).isEqualTo(EventDate.published("2019-11-10"));
    String perfect = "The two leaders had met in Hanoi.";
    Sentence p = Parses.sentence(perfect, 0, 0, "The/DT/2/det two/CD/3/nummod leaders/NNS/5/nsubj "
        + "had/VBD/5/aux/have met/VBN/0/root/meet in/IN/7/case Hanoi/NNP/5/obl ./PUNCT/1/punct");
    assertThat(dateOf(perfect, p, "leaders had met").precision()).isNotEqualTo("day").isNotEqualTo("published");
    Sentence caption = Parses.sentence(text, 0, 0, "The/DT/2/det two/CD/3/nummod leaders/NNS/4/nsubj "
        + "met/VBD/0/root/meet in/IN/6/case Hanoi/NNP/4/obl ./PUNCT/1/punct", Section.CAPTION);
    assertThat(dateOf(text, caption, "leaders met")).isEqualTo(EventDate.unknown());
  }

  @Test
  void earlierThisYear_givesTheYear() {
    String text = "Kim met Trump earlier this year.";
    Sentence s = Parses.sentence(text, 0, 0, "Kim/NNP/2/nsubj met/VBD/0/root/meet Trump/NNP/2/obj "
        + "earlier/RBR/5/advmod this/DT/5/det year/NN/2/obl:tmod ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "Kim met Trump")).isEqualTo(new EventDate(Optional.of("2019"), "year"));
  }
}
