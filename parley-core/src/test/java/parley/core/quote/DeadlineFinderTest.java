package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Deadline;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.time.TimeResolver;

class DeadlineFinderTest {
  private static final Optional<LocalDate> SUNDAY = Optional.of(LocalDate.of(2019, 11, 10));

  private static List<Deadline> deadlines(String text, String spec, List<int[]> actors, List<String> codes) {
    Sentence s = Parses.sentence(text, 0, 0, spec);
    List<ActorMention> mentions = new java.util.ArrayList<>();
    for (int i = 0; i < actors.size(); i++) {
      int[] a = actors.get(i);
      mentions.add(new ActorMention(0, a[0], a[1], a[0],
          ActorRef.of(codes.get(i), text.substring(s.token(a[0]).span().start(), s.token(a[1]).span().end()),
              s.spanOf(a[0], a[1])), "test"));
    }
    Document doc = Document.of("d", text, SUNDAY).withSentences(List.of(s)).withActors(mentions);
    return new DeadlineFinder().apply(new TimeResolver().apply(doc)).deadlines();
  }

  private static String code(Optional<ActorRef> actor) {
    return actor.flatMap(ActorRef::code).orElse("(none)");
  }

  @Test
  void yearEndDeadline_givenInApril() {
    String text = "Kim Jong Un in April gave the United States a year-end deadline to show more flexibility.";
    List<Deadline> found = deadlines(text, "Kim/NNP/6/nsubj Jong/NNP/1/flat Un/NNP/1/flat in/IN/5/case "
        + "April/NNP/6/obl gave/VBD/0/root/give the/DT/9/det United/NNP/9/compound States/NNP/6/iobj "
        + "a/DT/12/det year-end/JJ/12/amod deadline/NN/6/obj to/TO/14/mark show/VB/12/acl more/JJR/16/amod "
        + "flexibility/NN/14/obj ./PUNCT/6/punct", List.of(new int[] {0, 2}, new int[] {7, 8}),
        List.of("PRKGOV", "USA"));
    assertThat(found).hasSize(1);
    Deadline d = found.get(0);
    assertThat(code(d.setter())).isEqualTo("PRKGOV");
    assertThat(code(d.addressee())).isEqualTo("USA");
    assertThat(d.demand()).contains("to show more flexibility");
    assertThat(d.due()).contains("2019-12-31");
    assertThat(d.set()).contains("2019-04");
  }

  @Test
  void expectsStepsByTheEndOfTheYear() {
    String text = "A senior North Korean diplomat said on Friday that Pyongyang expects reciprocal steps "
        + "from Washington by the end of the year.";
    List<Deadline> found = deadlines(text, "A/DT/5/det senior/JJ/5/amod North/NNP/4/compound "
        + "Korean/JJ/5/amod diplomat/NN/6/nsubj said/VBD/0/root/say on/IN/8/case Friday/NNP/6/obl "
        + "that/IN/11/mark Pyongyang/NNP/11/nsubj expects/VBZ/6/ccomp/expect reciprocal/JJ/13/amod "
        + "steps/NNS/11/obj from/IN/15/case Washington/NNP/11/obl by/IN/18/case the/DT/18/det end/NN/11/obl "
        + "of/IN/21/case the/DT/21/det year/NN/18/nmod ./PUNCT/6/punct",
        List.of(new int[] {9, 9}, new int[] {14, 14}), List.of("PRK", "USA"));
    assertThat(found).hasSize(1);
    Deadline d = found.get(0);
    assertThat(code(d.setter())).isEqualTo("PRK");
    assertThat(code(d.addressee())).isEqualTo("USA");
    assertThat(d.due()).contains("2019-12-31");
    assertThat(d.set()).contains("2019-11-08");
    assertThat(d.demand()).contains("reciprocal steps");
  }

  /** Decided with the contract: an agreement lapsing is not a deadline (no setter, addressee, demand). */
  @Test
  void pactDueToExpireLaterThisMonth_isNoDeadline() {
    String text = "The pact is due to expire later this month.";
    List<Deadline> found = deadlines(text, "The/DT/2/det pact/NN/4/nsubj is/VBZ/4/cop/be due/JJ/0/root "
        + "to/TO/6/mark expire/VB/4/xcomp later/RB/9/advmod this/DT/9/det month/NN/6/obl:tmod ./PUNCT/4/punct",
        List.of(), List.of());
    assertThat(found).isEmpty();
  }

  @Test
  void withinThirtyDays_countsFromTheSettingDate_theOneWhoMustActIsTheAddressee() {
    String text = "Iraq must leave Kuwait within 30 days.";
    List<Deadline> found = deadlines(text, "Iraq/NNP/3/nsubj must/MD/3/aux leave/VB/0/root Kuwait/NNP/3/obj "
        + "within/IN/7/case 30/CD/7/nummod days/NNS/3/obl ./PUNCT/3/punct",
        List.of(new int[] {0, 0}, new int[] {3, 3}), List.of("IRQ", "KWT"));
    assertThat(found).extracting(d -> d.due().orElse("")).containsExactly("2019-12-10");
    assertThat(code(found.get(0).addressee())).isEqualTo("IRQ");
  }
}
