package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Deadline;

/**
 * Deadlines in passive orders, given hours, due dates without their year and rules for things, on
 * CoreNLP's parses of our own sentences (the story is published on 10 November 2019).
 */
class DeadlineGapsTest {
  private static String code(Optional<ActorRef> actor) {
    return actor.flatMap(ActorRef::code).orElse("(none)");
  }

  private static String text(Optional<ActorRef> actor) {
    return actor.map(ActorRef::text).orElse("(none)");
  }

  /** X has been asked to V by <time> by Y: Y sets it, X must meet it */
  @Test
  void passiveRequest_theByPhraseSetsIt_theSubjectIsAsked() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Iran has been asked to hand over the documents by March 15 by the International Atomic Energy Agency.",
            "Iran/NNP/4/nsubj:pass has/VBZ/4/aux/have been/VBN/4/aux:pass/be asked/VBN/0/root/ask to/TO/6/mark "
            + "hand/VB/4/xcomp over/RP/6/compound:prt the/DT/9/det documents/NNS/6/obj/document by/IN/11/case "
            + "March/NNP/6/obl 15/CD/11/nummod by/IN/18/case the/DT/18/det International/NNP/18/compound "
            + "Atomic/NNP/17/compound Energy/NNP/18/compound Agency/NNP/6/obl ./././punct").deadlines();
    assertThat(found).extracting(d -> text(d.setter()), d -> code(d.addressee()), d -> d.demand().orElse(""))
        .containsExactly(tuple("the International Atomic Energy Agency", "IRN", "to hand over the documents"));
    assertThat(found.get(0).due().orElse("")).endsWith("-03-15");
  }

  /** X was told to V by <time>, Y said: the one who reports the order gave it */
  @Test
  void passiveOrderWithoutAgent_theSpeakerSetsIt() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Syria was told to withdraw its troops from the border by the end of the month, Turkish officials said.",
            "Syria/NNP/3/nsubj:pass was/VBD/3/aux:pass/be told/VBN/20/ccomp/tell to/TO/5/mark withdraw/VB/3/xcomp "
            + "its/PRP$/7/nmod:poss troops/NNS/5/obj from/IN/10/case the/DT/10/det border/NN/5/obl by/IN/13/case "
            + "the/DT/13/det end/NN/5/obl of/IN/16/case the/DT/16/det month/NN/13/nmod ,/,/20/punct "
            + "Turkish/JJ/19/amod officials/NNS/20/nsubj/official said/VBD/0/root/say ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()).substring(0, 3), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("TUR", "SYR", "2019-11-30"));
  }

  /** X is expected to V by <time>: a forecast, nobody's order */
  @Test
  void passiveExpectation_isAForecast() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Iran is expected to hand over the documents by March 15.",
            "Iran/NNP/3/nsubj:pass is/VBZ/3/aux:pass/be expected/VBN/0/root/expect to/TO/5/mark hand/VB/3/xcomp "
            + "over/RP/5/compound:prt the/DT/8/det documents/NNS/5/obj/document by/IN/10/case March/NNP/5/obl "
            + "15/CD/10/nummod ./././punct").deadlines();
    assertThat(found).isEmpty();
  }

  /** things must be done by <time>, Y said: a rule, no actor must meet it */
  @Test
  void mustForThings_isARuleNotADeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("All cargoes must be shipped by September 30, the ministry said.",
            "All/DT/2/det cargoes/NNS/5/nsubj:pass/cargo must/MD/5/aux be/VB/5/aux:pass shipped/VBN/12/ccomp/ship "
            + "by/IN/7/case September/NNP/5/obl 30/CD/7/nummod ,/,/12/punct the/DT/11/det ministry/NN/12/nsubj "
            + "said/VBD/0/root/say ./././punct").deadlines();
    assertThat(found).isEmpty();
  }

  /** gave X N hours to V: due is the setting date plus the hours, in days */
  @Test
  void givesHours_dueIsTheDaysTheyRunTo() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The army gave the protesters 48 hours to leave the square.",
            "The/DT/2/det army/NN/3/nsubj gave/VBD/0/root/give the/DT/5/det protesters/NNS/3/iobj/protester "
            + "48/CD/7/nummod hours/NNS/3/obj/hour to/TO/9/mark leave/VB/3/advcl the/DT/11/det square/NN/9/obj "
            + "./././punct").deadlines();
    assertThat(found).extracting(d -> text(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("the protesters", "2019-11-12"));
  }

  /** in <month> ordered X to V by <earlier month and day>: due the next such day after the order */
  @Test
  void dueWithoutItsYear_fallsAfterTheOrder() {
    List<Deadline> found = new DeadlineStory()
        .sentence("In March the government ordered the banks to repay their loans by February 28.",
            "In/IN/2/case March/NNP/5/obl the/DT/4/det government/NN/5/nsubj ordered/VBD/0/root/order "
            + "the/DT/7/det banks/NNS/5/obj/bank to/TO/9/mark repay/VB/5/xcomp their/PRP$/11/nmod:poss/they "
            + "loans/NNS/9/obj/loan by/IN/13/case February/NNP/9/obl 28/CD/13/nummod ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).set()).contains("2019-03");
    assertThat(found.get(0).due()).contains("2020-02-28");
  }

  /** "by the December deadline" after "ordered ... by December 31": one deadline, the order's */
  @Test
  void monthDeadlineMention_isTheKnownDayDeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Last month the government ordered the 40 banks to repay their loans by December 31.",
            "Last/JJ/2/amod month/NN/5/obl:tmod the/DT/4/det government/NN/5/nsubj ordered/VBD/0/root/order "
            + "the/DT/8/det 40/CD/8/nummod banks/NNS/5/obj/bank to/TO/10/mark repay/VB/5/xcomp "
            + "their/PRP$/12/nmod:poss/they loans/NNS/10/obj/loan by/IN/14/case December/NNP/10/obl "
            + "31/CD/14/nummod ./././punct")
        .sentence("The banks must repay the money by the December deadline, officials said.",
            "The/DT/2/det banks/NNS/4/nsubj/bank must/MD/4/aux repay/VB/13/ccomp the/DT/6/det money/NN/4/obj "
            + "by/IN/10/case the/DT/10/det December/NNP/10/compound deadline/NN/4/obl ,/,/13/punct "
            + "officials/NNS/13/nsubj/official said/VBD/0/root/say ./././punct").deadlines();
    assertThat(found).extracting(d -> text(d.setter()), d -> d.due().orElse(""), d -> d.set().orElse(""))
        .containsExactly(tuple("the government", "2019-12-31", "2019-10"));
  }

  /** set a deadline of <hour> on <day>: the day is the due date's, not the day it was set */
  @Test
  void dayOfTheDueHour_isNotTheSettingDate() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The union set a deadline of 0900 GMT on March 11 for the company to accept its offer.",
            "The/DT/2/det union/NN/3/nsubj set/VBD/0/root a/DT/5/det deadline/NN/3/obj of/IN/8/case "
            + "0900/CD/8/nummod GMT/NNP/5/nmod on/IN/10/case March/NNP/3/obl 11/CD/10/nummod for/IN/16/mark "
            + "the/DT/14/det company/NN/16/nsubj to/TO/16/mark accept/VB/3/advcl its/PRP$/18/nmod:poss "
            + "offer/NN/16/obj ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).due().orElse("")).contains("-03-11");
    assertThat(found.get(0).set()).contains("2019-11-10");
  }

  @Test
  void datesAreOrderedAtThePrecisionBothHave() {
    assertThat(DueAfterSetting.before("2018-12-31", "2019-05")).isTrue();
    assertThat(DueAfterSetting.before("2019-05-20", "2019-05")).isFalse();
    assertThat(DueAfterSetting.before("2019-W33", "2019-11")).isFalse();
    assertThat(DueAfterSetting.set(Optional.of("2019-W33"), Optional.of("2019-11"))).contains("2019-W33");
    assertThat(DueAfterSetting.set(Optional.of("2020-03-11"), Optional.of("2020-03-11T09:00"))).isEmpty();
  }
}
