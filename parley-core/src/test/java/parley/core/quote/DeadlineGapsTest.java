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
    // the resolver placed March 11 before the report: the report's date cannot be the setting date either
    assertThat(found.get(0).set()).isEmpty();
  }

  @Test
  void datesAreOrderedAtThePrecisionBothHave() {
    assertThat(DueAfterSetting.before("2018-12-31", "2019-05")).isTrue();
    assertThat(DueAfterSetting.before("2019-05-20", "2019-05")).isFalse();
    assertThat(DueAfterSetting.before("2019-W33", "2019-11")).isFalse();
    assertThat(DueAfterSetting.set(Optional.of("2019-W33"), Optional.of("2019-11"))).contains("2019-W33");
    assertThat(DueAfterSetting.set(Optional.of("2020-03-11"), Optional.of("2020-03-11T09:00"))).isEmpty();
  }
  /** "We will give them until <time> to V," Y said: the speaker sets it */
  @Test
  void quotedGiving_theSpeakerSetsIt() {
    List<Deadline> found = new DeadlineStory()
        .sentence("\"We will give them until the end of the month to withdraw,\" Turkish Prime Minister Turgut Ozal said.",
            "\"/``/4/punct We/PRP/4/nsubj will/MD/4/aux give/VB/0/root them/PRP/4/obj/they until/IN/8/case "
            + "the/DT/8/det end/NN/4/obl of/IN/11/case the/DT/11/det month/NN/8/nmod to/TO/13/mark "
            + "withdraw/VB/8/acl ,/,/13/punct \"/``/13/punct Turkish/JJ/18/amod Prime/NNP/18/compound "
            + "Minister/NNP/20/compound Turgut/NNP/20/compound Ozal/NNP/21/nsubj said/VBD/13/ccomp/say "
            + "./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()).substring(0, 3), d -> text(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("TUR", "them", "2019-11-30"));
  }

  /** Y said: "X has until <time> to V": "have" itself the verb */
  @Test
  void quotedHasUntil_theSpeakerSetsIt() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Bush said: \"Iraq has until January 15 to get out of Kuwait.\"",
            "Bush/NNP/2/nsubj said/VBD/0/root/say :/:/2/punct \"/``/2/punct Iraq/NNP/6/nsubj "
            + "has/VBZ/2/ccomp/have until/IN/8/case January/NNP/6/obl 15/CD/8/nummod to/TO/11/mark "
            + "get/VB/6/ccomp out/IN/14/case of/IN/14/case Kuwait/NNP/11/obl ./././punct \"/''/2/punct").deadlines();
    assertThat(found).extracting(d -> text(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("Bush", "IRQ", "2020-01-15"));
  }

  /** X was given N days by Y to V */
  @Test
  void passiveGivenDaysByY() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Lebanon was given seven days by Israel to disarm the militia.",
            "Lebanon/NNP/3/nsubj:pass was/VBD/3/aux:pass/be given/VBN/0/root/give seven/CD/5/nummod "
            + "days/NNS/3/obl:tmod/day by/IN/7/case Israel/NNP/3/obl to/TO/9/mark disarm/VB/3/advcl "
            + "the/DT/11/det militia/NN/9/obj ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("ISR", "LBN", "2019-11-17"));
  }

  /** X threatened to V unless Z acts by <time>: X sets it for Z */
  @Test
  void threatenedToActUnless_theThreatenerSetsIt() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The union threatened to strike unless the company raises wages by July 1.",
            "The/DT/2/det union/NN/3/nsubj threatened/VBD/0/root/threaten to/TO/5/mark strike/VB/3/xcomp "
            + "unless/IN/9/mark the/DT/8/det company/NN/9/nsubj raises/VBZ/5/advcl/raise wages/NNS/9/obj "
            + "by/IN/12/case July/NNP/9/obl 1/CD/12/nummod ./././punct").deadlines();
    assertThat(found).extracting(d -> text(d.setter()), d -> text(d.addressee()))
        .containsExactly(tuple("The union", "the company"));
    assertThat(found.get(0).due().orElse("")).endsWith("-07-01");
  }

  /** gave X until <weekday> to V, the weekday parsed as the subject: a time is nobody */
  @Test
  void givenUntilAWeekday_theTimeIsNoAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Israel gave Lebanon until Sunday to disarm the militia.",
            "Israel/NNP/2/nsubj gave/VBD/0/root/give Lebanon/NNP/2/obj until/IN/7/mark Sunday/NNP/7/nsubj "
            + "to/TO/7/mark disarm/VB/2/advcl the/DT/9/det militia/NN/7/obj ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee())).containsExactly(tuple("ISR", "LBN"));
  }

  /** ordered X to V by <weekday>: the coming weekday, after the report */
  @Test
  void orderedByAWeekday_fallsAfterTheReport() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The court ordered Texaco to post a bond by Monday.",
            "The/DT/2/det court/NN/3/nsubj ordered/VBD/0/root/order Texaco/NNP/3/obj to/TO/6/mark "
            + "post/VB/3/xcomp a/DT/8/det bond/NN/6/obj by/IN/10/case Monday/NNP/6/obl ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).due().orElse("")).isGreaterThan("2019-11-10");
  }

  /** did not give a deadline: none */
  @Test
  void negatedSetting_noDeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("But he did not give a deadline for compliance.",
            "But/CC/5/cc he/PRP/5/nsubj did/VBD/5/aux/do not/RB/5/advmod give/VB/0/root a/DT/7/det "
            + "deadline/NN/5/obj for/IN/9/case compliance/NN/7/nmod ./././punct").deadlines();
    assertThat(found).isEmpty();
  }

  /** denied that X had set a deadline: none */
  @Test
  void deniedSetting_noDeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Officials denied that Britain had set a deadline of three weeks for Japan to open its markets.",
            "Officials/NNS/2/nsubj/official denied/VBD/0/root/deny that/IN/6/mark Britain/NNP/6/nsubj "
            + "had/VBD/6/aux/have set/VBN/2/ccomp a/DT/8/det deadline/NN/6/obj of/IN/11/case "
            + "three/CD/11/nummod weeks/NNS/8/nmod/week for/IN/15/mark Japan/NNP/15/nsubj to/TO/15/mark "
            + "open/VB/8/acl its/PRP$/17/nmod:poss markets/NNS/15/obj/market ./././punct").deadlines();
    assertThat(found).isEmpty();
  }

  /** set a deadline of N weeks for X to V: due the setting date plus the weeks */
  @Test
  void deadlineOfAPeriod_countsFromTheSetting() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Britain has set a deadline of three weeks for Japan to open its markets.",
            "Britain/NNP/3/nsubj has/VBZ/3/aux/have set/VBN/0/root a/DT/5/det deadline/NN/3/obj of/IN/8/case "
            + "three/CD/8/nummod weeks/NNS/5/nmod/week for/IN/12/mark Japan/NNP/12/nsubj to/TO/12/mark "
            + "open/VB/5/acl its/PRP$/14/nmod:poss markets/NNS/12/obj/market ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("GBR", "JPN", "2019-12-01"));
  }

  /** X has until / must meet the <date> deadline set by Y: Y sets it, X must meet it, and it lies ahead */
  @Test
  void deadlineSetByY_heldByTheSubjectOfHasUntilOrMeet() {
    List<Deadline> until = new DeadlineStory()
        .sentence("Iran has until the April 17 deadline set by Washington to accept the inspectors.",
            "Iran/NNP/2/nsubj has/VBZ/0/root/have until/IN/8/mark the/DT/7/det April/NNP/7/compound 17/CD/5/nummod "
            + "deadline/NN/8/nsubj set/VBN/2/advcl by/IN/10/case Washington/NNP/8/obl to/TO/12/mark accept/VB/8/xcomp "
            + "the/DT/14/det inspectors/NNS/12/obj/inspector ./././punct").deadlines();
    assertThat(until).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("USA", "IRN", "2020-04-17"));
    List<Deadline> meet = new DeadlineStory()
        .sentence("Iran must meet the April 17 deadline set by Washington.",
            "Iran/NNP/3/nsubj must/MD/3/aux meet/VB/0/root the/DT/7/det April/NNP/7/compound 17/CD/5/nummod "
            + "deadline/NN/8/nsubj set/VBN/3/dep by/IN/10/case Washington/NNP/8/obl ./././punct").deadlines();
    assertThat(meet).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("USA", "IRN", "2020-04-17"));
  }
}
