package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Deadline;

/**
 * Deadline repairs on CoreNLP's parses of our own sentences (the story is published on 10 November
 * 2019): a misread infinitive, addressees that are no one, a time in apposition to the deadline, and
 * setting dates that belong to another clause or fall after the due date.
 */
class DeadlineRepairsTest {
  private static String code(Optional<ActorRef> actor) {
    return actor.flatMap(ActorRef::code).orElse("(none)");
  }

  private static String text(Optional<ActorRef> actor) {
    return actor.map(ActorRef::text).orElse("(none)");
  }

  /** gave X until <day number> to V, "to" tagged a preposition: the verb after it is the demand */
  @Test
  void misreadInfinitiveAfterADayNumber_isTheDemand() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Russia had given Ukraine until March 31 to agree to the terms.",
            "Russia/NNP/3/nsubj had/VBD/3/aux/have given/VBN/0/root/give Ukraine/NNP/3/obj "
            + "until/IN/6/case March/NNP/3/obl 31/CD/6/nummod to/IN/9/case agree/VB/3/obl to/IN/12/case "
            + "the/DT/12/det terms/NNS/9/obl/term ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.demand().orElse(""))
        .containsExactly(tuple("RUS", "UKR", "to agree"));
    assertThat(found.get(0).due().orElse("")).endsWith("-03-31");
  }

  /** "extended its deadline for accepting applications": what is due, not who must meet it */
  @Test
  void forPhraseThatIsNoActor_isNoAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The ministry extended its deadline for accepting applications until November 26.",
            "The/DT/2/det ministry/NN/3/nsubj extended/VBD/0/root/extend its/PRP$/5/nmod:poss "
            + "deadline/NN/3/obj for/IN/8/case accepting/VBG/8/amod/accept "
            + "applications/NNS/5/nmod/application until/IN/10/case November/NNP/3/obl 26/CD/10/nummod "
            + "./././punct").deadlines();
    assertThat(found).extracting(d -> text(d.setter()), d -> text(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("The ministry", "(none)", "2019-11-26"));
  }

  /** "if an agreement is not reached by then": the passive subject is what is done, nobody asked */
  @Test
  void passiveConditionSubject_isNoAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The union said its members will strike at noon next Thursday if an agreement is not reached by that time.",
            "The/DT/2/det union/NN/3/nsubj said/VBD/0/root/say its/PRP$/5/nmod:poss "
            + "members/NNS/7/nsubj/member will/MD/7/aux strike/VB/3/ccomp at/IN/9/case noon/NN/7/obl "
            + "next/JJ/11/amod Thursday/NNP/9/obl:tmod if/IN/17/mark an/DT/14/det/a "
            + "agreement/NN/17/nsubj:pass is/VBZ/17/aux:pass/be not/RB/17/advmod reached/VBN/7/advcl/reach "
            + "by/IN/20/case that/DT/20/det time/NN/17/obl ./././punct").deadlines();
    assertThat(found).allSatisfy(d -> assertThat(text(d.addressee())).isNotEqualTo("an agreement"));
  }

  /** "require the militias to be disarmed by": the object of a passive infinitive is not asked to act */
  @Test
  void objectOfAPassiveInfinitive_isNoAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The army said it will require the militias to be disarmed by May 26.",
            "The/DT/2/det army/NN/3/nsubj said/VBD/0/root/say it/PRP/6/nsubj will/MD/6/aux "
            + "require/VB/3/ccomp the/DT/8/det militias/NNS/6/obj/militia to/TO/11/mark be/VB/11/aux:pass "
            + "disarmed/VBN/6/xcomp/disarm by/IN/13/case May/NNP/11/obl 26/CD/13/nummod ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).addressee()).isEmpty();
    assertThat(found.get(0).due()).contains("2020-05-26");
  }

  /** "by Thursday noon, a deadline set last week by the union": the time is the deadline's due */
  @Test
  void timeInApposition_isTheDue() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Hundreds of workers walked off the job after the government failed to agree by Thursday noon, a deadline set last week by the union.",
            "Hundreds/NNS/4/nsubj/hundred of/IN/3/case workers/NNS/1/nmod/worker walked/VBD/0/root/walk "
            + "off/RP/7/dep the/DT/7/det job/NN/4/obl after/IN/11/mark the/DT/10/det "
            + "government/NN/11/nsubj failed/VBD/4/advcl/fail to/TO/13/mark agree/VB/11/xcomp "
            + "by/IN/16/case Thursday/NNP/16/compound noon/NN/13/obl ,/,/16/punct a/DT/19/det "
            + "deadline/NN/20/nsubj set/VBN/16/dep last/JJ/22/amod week/NN/20/obl:tmod by/IN/25/case "
            + "the/DT/25/det union/NN/20/obl ./././punct").deadlines();
    assertThat(found).extracting(d -> text(d.setter()), d -> d.due().orElse(""), d -> d.set().orElse(""))
        .containsExactly(tuple("the union", "2019-11-07T12:00", "2019-W44"));
  }

  /** "would ask next week, days before the deadline set by Washington": next week dates the asking */
  @Test
  void participleOnTheNoun_isNotDatedByTheClauseAbove() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Officials said Iran would make a formal request next week, just days before the April 17 deadline set by Washington.",
            "Officials/NNS/2/nsubj/official said/VBD/0/root/say Iran/NNP/5/nsubj would/MD/5/aux "
            + "make/VB/2/ccomp a/DT/8/det formal/JJ/8/amod request/NN/5/obj next/JJ/10/amod "
            + "week/NN/5/obl:tmod ,/,/5/punct just/RB/13/advmod days/NNS/19/dep/day before/IN/19/mark "
            + "the/DT/18/det April/NNP/18/compound 17/CD/16/nummod deadline/NN/19/nsubj set/VBN/5/advcl "
            + "by/IN/21/case Washington/NNP/19/obl ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).setter().flatMap(ActorRef::code)).contains("USA");
    assertThat(found.get(0).set().orElse("")).doesNotContain("W");
  }

  /** "had ordered ... by January, but lawyers said this week that ...": the conjoined report is another act */
  @Test
  void conjoinedReport_doesNotDateTheOrder() {
    List<Deadline> found = new DeadlineStory()
        .sentence("A judge had ordered the State Department to release all of the emails by the end of January, but lawyers for the department said this week that they would miss the deadline.",
            "A/DT/2/det judge/NN/4/nsubj had/VBD/4/aux/have ordered/VBN/0/root/order the/DT/7/det "
            + "State/NNP/7/compound Department/NNP/4/obj to/TO/9/mark release/VB/4/xcomp all/DT/9/obj "
            + "of/IN/13/case the/DT/13/det emails/NNS/10/nmod/email by/IN/16/case the/DT/16/det "
            + "end/NN/9/obl of/IN/18/case January/NNP/16/nmod ,/,/4/punct but/CC/25/cc "
            + "lawyers/NNS/25/nsubj/lawyer for/IN/24/case the/DT/24/det department/NN/21/nmod "
            + "said/VBD/4/conj/say this/DT/27/det week/NN/25/obl:tmod that/IN/31/mark they/PRP/31/nsubj "
            + "would/MD/31/aux miss/VB/25/ccomp the/DT/33/det deadline/NN/31/obj ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).set().orElse("")).doesNotContain("W");
  }

  /** "had urged X to V by July 31" told in November: the report's date is no setting date after the due */
  @Test
  void publicationAfterTheDue_isNoSettingDate() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The senator had urged the State Department to release the documents by July 31.",
            "The/DT/2/det senator/NN/4/nsubj had/VBD/4/aux/have urged/VBN/0/root/urge the/DT/7/det "
            + "State/NNP/7/compound Department/NNP/4/obj to/TO/9/mark release/VB/4/xcomp the/DT/11/det "
            + "documents/NNS/9/obj/document by/IN/13/case July/NNP/9/obl 31/CD/13/nummod ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("USAGOV", "2019-07-31"));
    assertThat(found.get(0).set()).isEmpty();
  }

  /** "set a deadline ... for X to V" with the clause on the verb: X is asked, V demanded */
  @Test
  void forToClauseOnTheVerb_namesTheAddresseeAndDemand() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The rebels set a deadline of noon on Friday for the Afghan government to free the prisoners.",
            "The/DT/2/det rebels/NNS/3/nsubj/rebel set/VBD/0/root a/DT/5/det deadline/NN/3/obj "
            + "of/IN/7/case noon/NN/5/nmod on/IN/9/case Friday/NNP/3/obl for/IN/15/mark the/DT/13/det "
            + "Afghan/JJ/13/amod government/NN/15/nsubj to/TO/15/mark free/VB/3/advcl the/DT/17/det "
            + "prisoners/NNS/15/obj/prisoner ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(code(found.get(0).addressee())).startsWith("AFG");
    assertThat(found.get(0).demand().orElse("")).endsWith("to free the prisoners");
  }

  /** "for their offer to expire": the subject of the clause is no actor, nobody is asked */
  @Test
  void forToClauseAboutAThing_namesNoAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The rebels set a deadline of noon on Friday for their offer to expire.",
            "The/DT/2/det rebels/NNS/3/nsubj/rebel set/VBD/0/root a/DT/5/det deadline/NN/3/obj "
            + "of/IN/7/case noon/NN/5/nmod on/IN/9/case Friday/NNP/3/obl for/IN/14/mark "
            + "their/PRP$/12/nmod:poss/they offer/NN/14/nsubj to/TO/14/mark expire/VB/3/advcl ./././punct").deadlines();
    assertThat(found).extracting(d -> text(d.setter()), d -> text(d.addressee()))
        .containsExactly(tuple("The rebels", "(none)"));
  }

  /** "called for an end to X by <time>": who calls sets it; the thing is the demand */
  @Test
  void calledForAThingByATime_isADeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The United States has called for an end to the quotas by April 1988.",
            "The/DT/3/det United/NNP/3/compound States/NNP/5/nsubj has/VBZ/5/aux/have "
            + "called/VBN/0/root/call for/IN/8/case an/DT/8/det/a end/NN/5/obl to/IN/11/case the/DT/11/det "
            + "quotas/NNS/8/nmod/quota by/IN/13/case April/NNP/5/obl 1988/CD/13/nummod ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> text(d.addressee()), d -> d.demand().orElse(""), d -> d.due().orElse(""))
        .containsExactly(tuple("USA", "(none)", "an end to the quotas", "1988-04"));
  }

  /** "requested a response from X by <time>": X must meet it */
  @Test
  void requestedAThingFromAnActor_theActorIsTheAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Israel has requested a response from Syria by March 12.",
            "Israel/NNP/3/nsubj has/VBZ/3/aux/have requested/VBN/0/root/request a/DT/5/det "
            + "response/NN/3/obj from/IN/7/case Syria/NNP/5/nmod by/IN/9/case March/NNP/3/obl "
            + "12/CD/9/nummod ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()))
        .containsExactly(tuple("ISR", "SYR"));
    assertThat(found.get(0).due().orElse("")).endsWith("-03-12");
  }

  /** "demanded the release of X by Friday", the time parsed on the noun: still the demand's due */
  @Test
  void demandedThingWithTheTimeOnTheNoun_isADeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Hamas demanded the release of its leader by Friday.",
            "Hamas/NNP/2/nsubj demanded/VBD/0/root/demand the/DT/4/det release/NN/2/obj of/IN/7/case "
            + "its/PRP$/7/nmod:poss leader/NN/4/nmod by/IN/9/case Friday/NNP/4/nmod ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()).substring(0, 3), d -> d.demand().orElse(""))
        .containsExactly(tuple("PSE", "the release of its leader"));
    assertThat(found.get(0).due()).contains("2019-11-15");
  }

  /** "expect a recovery by June", "is seeking approval by": a forecast and one's own aim, no demand */
  @Test
  void expectedOrSoughtThings_areNoDeadlines() {
    assertThat(new DeadlineStory()
        .sentence("Analysts expect a recovery by June.",
            "Analysts/NNS/2/nsubj/analyst expect/VBP/0/root a/DT/4/det recovery/NN/2/obj by/IN/6/case "
            + "June/NNP/2/obl ./././punct").deadlines()).isEmpty();
    assertThat(new DeadlineStory()
        .sentence("Israel is seeking approval by the end of the month.",
            "Israel/NNP/3/nsubj is/VBZ/3/aux/be seeking/VBG/0/root/seek approval/NN/3/obj by/IN/7/case "
            + "the/DT/7/det end/NN/4/nmod of/IN/10/case the/DT/10/det month/NN/7/nmod ./././punct").deadlines()).isEmpty();
  }

  /** "passed resolution 678, which gave X 45 days to V": the relative stands for the resolution, its author sets it */
  @Test
  void relativeSubjectOfADocument_isSetByItsAuthor() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The council passed resolution 678, which gave Iraq 45 days to leave Kuwait.",
            "The/DT/2/det council/NN/3/nsubj passed/VBD/0/root/pass resolution/NN/3/obj 678/CD/4/nummod "
            + ",/,/4/punct which/WDT/8/nsubj gave/VBD/4/acl:relcl/give Iraq/NNP/8/iobj 45/CD/11/nummod "
            + "days/NNS/8/obj/day to/TO/13/mark leave/VB/8/advcl Kuwait/NNP/13/obj ./././punct").deadlines();
    assertThat(found).extracting(d -> text(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("The council", "IRQ", "2019-12-25"));
  }

  /** "the Security Council resolution, which gave X until <day> to V": the actor in the antecedent's phrase */
  @Test
  void relativeSubject_isTheActorInItsAntecedent() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The Security Council resolution, which gave Iraq until January 15 to withdraw, was adopted on Thursday.",
            "The/DT/4/det Security/NNP/3/compound Council/NNP/4/compound resolution/NN/16/nsubj:pass "
            + ",/,/4/punct which/WDT/7/nsubj gave/VBD/4/acl:relcl/give Iraq/NNP/7/obj until/IN/10/case "
            + "January/NNP/7/obl 15/CD/10/nummod to/TO/13/mark withdraw/VB/7/advcl ,/,/4/punct "
            + "was/VBD/16/aux:pass/be adopted/VBN/0/root/adopt on/IN/18/case Thursday/NNP/16/obl "
            + "./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()))
        .containsExactly(tuple("IGOUNO", "IRQ"));
  }

  /** "accepted a plan which gives them 30 days": accepting makes nobody the plan's author; never "which" */
  @Test
  void relativeSubjectWithoutAnAuthor_setsNothing() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The rebels accepted a plan which gives them 30 days to disarm.",
            "The/DT/2/det rebels/NNS/3/nsubj/rebel accepted/VBD/0/root/accept a/DT/5/det plan/NN/3/obj "
            + "which/WDT/7/nsubj gives/VBZ/5/acl:relcl/give them/PRP/7/iobj/they 30/CD/10/nummod "
            + "days/NNS/7/obj/day to/TO/12/mark disarm/VB/7/advcl ./././punct").deadlines();
    assertThat(found).noneMatch(d -> text(d.setter()).equals("which"));
    assertThat(found).noneMatch(d -> text(d.setter()).equals("The rebels"));
  }

  /** "demanded X by 2019" told in November 2019: a due year that holds the report keeps the report's date */
  @Test
  void dueYearHoldingThePublication_keepsItAsSettingDate() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Israel demanded the return of the land by 2019.",
            "Israel/NNP/2/nsubj demanded/VBD/0/root/demand the/DT/4/det return/NN/2/obj of/IN/7/case the/DT/7/det "
            + "land/NN/4/nmod by/IN/9/case 2019/CD/2/obl ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> d.due().orElse(""), d -> d.set().orElse(""))
        .containsExactly(tuple("ISR", "2019", "2019-11-10"));
  }

  /** "threatened to V on Friday unless it reaches a deal with Y by then": the threatener sets it, Y is asked */
  @Test
  void threatOverOwnCondition_isSetByTheThreatenerForItsPartner() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Iran threatened to resume enrichment on Friday unless it reaches a deal with the European Union by then.",
            "Iran/NNP/2/nsubj threatened/VBD/0/root/threaten to/TO/4/mark resume/VB/2/xcomp enrichment/NN/4/obj "
            + "on/IN/7/case Friday/NNP/4/obl unless/IN/10/mark it/PRP/10/nsubj reaches/VBZ/4/advcl/reach "
            + "a/DT/12/det deal/NN/10/obj with/IN/16/case the/DT/16/det European/NNP/16/compound Union/NNP/12/nmod "
            + "by/IN/18/case then/RB/10/advcl ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("IRN", "IGOEEC", "2019-11-15"));
  }

  /** "must report before the Friday deadline": a mention of a deadline set earlier tells no setting date */
  @Test
  void mentionOfAKnownDeadline_hasNoSettingDate() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Iran must report to the agency before the Friday deadline.",
            "Iran/NNP/3/nsubj must/MD/3/aux report/VB/0/root to/IN/6/case the/DT/6/det agency/NN/3/obl "
            + "before/IN/10/case the/DT/10/det Friday/NNP/10/compound deadline/NN/3/obl ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.addressee()), d -> d.due().orElse(""), d -> d.set().orElse("(none)"))
        .containsExactly(tuple("IRN", "2019-11-15", "(none)"));
  }

  /** "put a deadline on the talks of October 1" told in November: the "of" date after the noun is due, after the setting */
  @Test
  void ofDateAfterTheDeadlinesPhrase_isDue() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Washington put a deadline on the talks with Japan of October 1.",
            "Washington/NNP/2/nsubj put/VBD/0/root a/DT/4/det deadline/NN/2/obj on/IN/7/case the/DT/7/det "
            + "talks/NNS/2/obl/talk with/IN/9/case Japan/NNP/7/nmod of/IN/11/case October/NNP/7/nmod 1/CD/11/nummod "
            + "./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> d.due().orElse(""), d -> d.set().orElse(""))
        .containsExactly(tuple("USA", "2020-10-01", "2019-11-10"));
  }

  /** "had ordered X to V by the end of November": set before the report, whose date cannot stand in */
  @Test
  void settingInThePastPerfect_hasNoReportDateAsSettingDate() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Washington had ordered Iran to release the sailors by the end of November.",
            "Washington/NNP/3/nsubj had/VBD/3/aux/have ordered/VBN/0/root/order Iran/NNP/3/obj to/TO/6/mark "
            + "release/VB/3/xcomp the/DT/8/det sailors/NNS/6/obj/sailor by/IN/11/case the/DT/11/det end/NN/6/obl "
            + "of/IN/13/case November/NNP/11/nmod ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.set().orElse("(none)"))
        .containsExactly(tuple("USA", "IRN", "(none)"));
    List<Deadline> simple = new DeadlineStory()
        .sentence("Washington ordered Iran to release the sailors by the end of November.",
            "Washington/NNP/2/nsubj ordered/VBD/0/root/order Iran/NNP/2/obj to/TO/5/mark "
            + "release/VB/2/xcomp the/DT/7/det sailors/NNS/5/obj/sailor by/IN/10/case the/DT/10/det end/NN/5/obl "
            + "of/IN/12/case November/NNP/10/nmod ./././punct").deadlines();
    assertThat(simple).extracting(d -> d.set().orElse("(none)")).containsExactly("2019-11-10");
  }
}
