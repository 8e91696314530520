package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Deadline;

/**
 * Deadlines given to addressees the coder does not know, set by a conjoined verb, continued by a
 * participle, and reports to someone that are no orders, on CoreNLP's parses of our own sentences
 * (the story is published on 10 November 2019).
 */
class DeadlineRecipientsTest {
  private static String code(Optional<ActorRef> actor) {
    return actor.flatMap(ActorRef::code).orElse("(none)");
  }

  private static String text(Optional<ActorRef> actor) {
    return actor.map(ActorRef::text).orElse("(none)");
  }

  /** "X were given a <date> close of business deadline": X is the addressee, coded or not */
  @Test
  void givenToUncodedNoun_isKeptWithItsWords() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The contractors were given a December 3 close of business deadline to return the forms.",
            "The/DT/2/det/the contractors/NNS/4/nsubj:pass/contractor were/VBD/4/aux:pass/be given/VBN/0/root/give "
            + "a/DT/8/det/a December/NNP/8/compound/december 3/CD/6/nummod/3 close/NN/4/obj/close of/IN/11/case/of "
            + "business/NN/11/compound/business deadline/NN/8/nmod/deadline to/TO/13/mark/to return/VB/4/advcl/return "
            + "the/DT/15/det/the forms/NNS/13/obj/form ././4/punct/.").deadlines();
    assertThat(found).extracting(d -> text(d.addressee()), d -> code(d.addressee()), d -> d.due().orElse(""),
        d -> d.demand().orElse("")).containsExactly(tuple("The contractors", "(none)", "2019-12-03", "to return the forms"));
  }

  /** "X did V and gave Y a <month> deadline": X sets it; the month is the next one after the report */
  @Test
  void conjoinedGiving_sharesTheSubject_monthFallsAfterTheReport() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Norway announced new sanctions and gave the companies a March deadline to close their offices.",
            "Norway/NNP/2/nsubj/norway announced/VBD/0/root/announce new/JJ/4/amod/new sanctions/NNS/2/obj/sanction "
            + "and/CC/6/cc/and gave/VBD/2/conj/give the/DT/8/det/the companies/NNS/6/iobj/company a/DT/11/det/a "
            + "March/NNP/11/compound/march deadline/NN/6/obj/deadline to/TO/13/mark/to close/VB/6/advcl/close "
            + "their/PRP$/15/nmod:poss/they offices/NNS/13/obj/office ././2/punct/.").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> text(d.addressee()), d -> d.due().orElse(""), d -> d.set().orElse(""))
        .containsExactly(tuple("NOR", "the companies", "2020-03", "2019-11-10"));
  }

  /** "X missed it, but was ordered to V, concluding W by <date>": the conjoined passive orders X */
  @Test
  void participleAfterAPassiveOrder_isItsDeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Kenya missed that deadline, but was ordered to publish four reports this month, concluding the review by Dec. 20.",
            "Kenya/NNP/2/nsubj/kenya missed/VBD/0/root/miss that/IN/4/amod/that deadline/NN/2/obj/deadline ,/,/2/punct/, "
            + "but/CC/8/cc/but was/VBD/8/aux:pass/be ordered/VBN/2/conj/order to/TO/10/mark/to publish/VB/8/xcomp/publish "
            + "four/CD/12/nummod/four reports/NNS/10/obj/report this/DT/14/det/this month/NN/10/obl:tmod/month ,/,/8/punct/, "
            + "concluding/VBG/8/dep/conclude the/DT/18/det/the review/NN/16/obj/review by/IN/20/case/by "
            + "Dec./NNP/16/obl/dec. 20/CD/20/nummod/20 ././2/punct/.").deadlines();
    assertThat(found).extracting(d -> code(d.addressee()), d -> d.due().orElse(""), d -> d.demand().orElse(""))
        .containsExactly(tuple("KEN", "2019-12-20", "concluding the review"));
  }

  /** "He told reporters the firm planned to V by <year>" (misparsed with "to V" on "told"): a report */
  @Test
  void toldReportersAPlan_isNoOrder() {
    List<Deadline> found = new DeadlineStory()
        .sentence("He told reporters the firm planned to double output by 2022.",
            "He/PRP/2/nsubj/he told/VBD/0/root/tell reporters/NNS/2/iobj/reporter the/DT/4/det/the firm/NN/2/obj/firm "
            + "planned/VBD/2/obj/plan to/TO/7/mark/to double/VB/2/xcomp/double output/NN/7/obj/output by/IN/10/case/by "
            + "2022/CD/7/obl/2022 ././2/punct/.").deadlines();
    assertThat(found).isEmpty();
  }

  /** "W reached N by the end of <year>, X told Reuters": told a fact, asked nothing */
  @Test
  void toldAFact_isNoDemand() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The debt reached 30 billion dollars by the end of 2018, Chinese officials told Reuters.",
            "The/DT/2/det/the debt/NN/3/nsubj/debt reached/VBD/15/ccomp/reach 30/CD/5/compound/30 "
            + "billion/CD/6/nummod/billion dollars/NNS/3/obj/dollar by/IN/9/case/by the/DT/9/det/the end/NN/3/obl/end "
            + "of/IN/11/case/of 2018/CD/9/nmod/2018 ,/,/15/punct/, Chinese/JJ/14/amod/chinese officials/NNS/15/nsubj/official "
            + "told/VBD/0/root/tell Reuters/NNP/15/obj/reuters ././15/punct/.").deadlines();
    assertThat(found).isEmpty();
  }

  /** "The X missed it, but was ordered to V, concluding W by <date>": X, a noun the coder does not know, is ordered */
  @Test
  void participleAfterAPassiveOrder_uncodedSubjectIsTheAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The council missed that deadline, but was ordered to publish four reports this month, concluding the review by Dec. 20.",
            "The/DT/2/det/the council/NN/3/nsubj/council missed/VBD/0/root/miss that/IN/5/amod/that deadline/NN/3/obj/deadline "
            + ",/,/3/punct/, but/CC/9/cc/but was/VBD/9/aux:pass/be ordered/VBN/3/conj/order to/TO/11/mark/to "
            + "publish/VB/9/xcomp/publish four/CD/13/nummod/four reports/NNS/11/obj/report this/DT/15/det/this "
            + "month/NN/11/obl:tmod/month ,/,/9/punct/, concluding/VBG/9/dep/conclude the/DT/19/det/the "
            + "review/NN/17/obj/review by/IN/21/case/by Dec./NNP/17/obl/dec. 20/CD/21/nummod/20 ././3/punct/.").deadlines();
    assertThat(found).extracting(d -> text(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("The council", "2019-12-20"));
  }

  /** "The X have until <date> to V": X has the deadline, coded actor or not */
  @Test
  void hasUntil_uncodedSubjectIsTheAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The contractors have until April 16 to comment on the plan.",
            "The/DT/2/det/the contractors/NNS/8/nsubj/contractor have/VBP/8/aux/have until/IN/5/case/until "
            + "April/NNP/8/obl/april 16/CD/5/nummod/16 to/TO/8/mark/to comment/VB/0/root/comment on/IN/11/case/on "
            + "the/DT/11/det/the plan/NN/8/obl/plan ././8/punct/.").deadlines();
    assertThat(found).extracting(d -> text(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("The contractors", "2020-04-16"));
  }

  /** "X's letter gives Y five days to V": the letter's owner gives them */
  @Test
  void thingGivesDays_itsOwnerSetsThem() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Hungary's letter gives the company five days to respond.",
            "Hungary/NNP/3/nmod:poss/hungary 's/POS/1/case/'s letter/NN/4/nsubj/letter gives/VBZ/0/root/give "
            + "the/DT/6/det/the company/NN/4/iobj/company five/CD/8/nummod/five days/NNS/4/obj/day to/TO/10/mark/to "
            + "respond/VB/4/advcl/respond ././4/punct/.").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> text(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("HUN", "the company", "2019-11-15"));
  }
}
