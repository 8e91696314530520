package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Deadline;

/** The forms of deadlines and ultimatums in wire copy, on CoreNLP's parses of our own sentences. */
class DeadlineFormsTest {
  private static String code(Optional<ActorRef> actor) {
    return actor.flatMap(ActorRef::code).orElse("(none)");
  }

  /** gave X a June deadline to V */
  @Test
  void givesADeadlineOfAMonth_setterAddresseeDemandFromTheVerb_setFromItsClause() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Colombia in March gave the rebels a June deadline to hand over their weapons.",
            "Colombia/NNP/4/nsubj in/IN/3/case March/NNP/4/obl gave/VBD/0/root/give "
            + "the/DT/6/det rebels/NNS/4/iobj/rebel a/DT/9/det June/NNP/9/compound "
            + "deadline/NN/4/obj to/TO/11/mark hand/VB/4/advcl over/RP/11/compound:prt "
            + "their/PRP$/14/nmod:poss/they weapons/NNS/11/obj/weapon ./././punct").deadlines();
    assertThat(found).hasSize(1);
    Deadline d = found.get(0);
    assertThat(code(d.setter())).isEqualTo("COL");
    assertThat(d.addressee().map(ActorRef::text)).contains("the rebels");
    assertThat(d.demand()).contains("to hand over their weapons");
    assertThat(d.due()).contains("2019-06");
    assertThat(d.set()).contains("2019-03");
  }

  /** set a deadline of <time> for X to V */
  @Test
  void setsADeadlineOfADateForAnActorToAct() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The European Union on Tuesday set a deadline of January 15 for Serbia to release the prisoners.",
            "The/DT/3/det European/NNP/3/compound Union/NNP/6/nsubj on/IN/5/case "
            + "Tuesday/NNP/6/obl set/VBD/0/root a/DT/8/det deadline/NN/6/obj of/IN/10/case "
            + "January/NNP/8/nmod 15/CD/10/nummod for/IN/15/mark Serbia/NNP/15/nsubj "
            + "to/TO/15/mark release/VB/8/acl the/DT/17/det prisoners/NNS/15/obj/prisoner "
            + "./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""),
        d -> d.set().orElse("")).containsExactly(tuple("IGOEEC", "SRB", "2020-01-15", "2019-11-05"));
  }

  /** X has until <time> to V, Y said */
  @Test
  void hasUntil_theSubjectIsGivenTheDeadline_theSpeakerSetsIt() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Iran has until March 31 to answer the questions, French officials said.",
            "Iran/NNP/7/nsubj has/VBZ/7/aux/have until/IN/4/case March/NNP/7/obl "
            + "31/CD/4/nummod to/TO/7/mark answer/VB/13/ccomp the/DT/9/det "
            + "questions/NNS/7/obj/question ,/,/13/punct French/JJ/12/amod "
            + "officials/NNS/13/nsubj/official said/VBD/0/root/say ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(code(found.get(0).addressee())).isEqualTo("IRN");
    assertThat(code(found.get(0).setter())).startsWith("FRA");
    assertThat(found.get(0).due().orElse("")).endsWith("-03-31");
    assertThat(found.get(0).demand()).contains("to answer the questions");
  }

  /** gave X N days to V */
  @Test
  void givesNDays_dueIsTheSettingDatePlusThePeriod() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Turkey gave Greece 30 days to withdraw its ships.",
            "Turkey/NNP/2/nsubj gave/VBD/0/root/give Greece/NNP/2/iobj 30/CD/5/nummod "
            + "days/NNS/2/obj/day to/TO/7/mark withdraw/VB/2/advcl its/PRP$/9/nmod:poss "
            + "ships/NNS/7/obj/ship ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("TUR", "GRC", "2019-12-10"));
  }

  /** demanded that X V by <time> */
  @Test
  void demandedThatXActByATime() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Germany demanded that Russia free the sailors by Friday.",
            "Germany/NNP/2/nsubj demanded/VBD/0/root/demand that/IN/5/mark Russia/NNP/5/nsubj "
            + "free/VB/2/ccomp the/DT/7/det sailors/NNS/5/obj/sailor by/IN/9/case "
            + "Friday/NNP/5/obl ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(code(found.get(0).setter())).isEqualTo("DEU");
    assertThat(code(found.get(0).addressee())).isEqualTo("RUS");
    assertThat(found.get(0).due()).isPresent();
  }

  /** wants steps from X by <time>: X is the addressee */
  @Test
  void wantsStepsFromXByTheEndOfTheMonth() {
    List<Deadline> found = new DeadlineStory()
        .sentence("China wants concrete steps from Japan by the end of the month.",
            "China/NNP/2/nsubj wants/VBZ/0/root/want concrete/JJ/4/amod steps/NNS/2/obj/step "
            + "from/IN/6/case Japan/NNP/4/nmod by/IN/9/case the/DT/9/det end/NN/4/nmod "
            + "of/IN/12/case the/DT/12/det month/NN/9/nmod ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""),
        d -> d.demand().orElse("")).containsExactly(tuple("CHN", "JPN", "2019-11-30", "concrete steps"));
  }

  /** X must V by <time>, Y said */
  @Test
  void mustActByATime_theSpeakerSetsIt() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Venezuela must hold new elections by June, Spain said.",
            "Venezuela/NNP/3/nsubj must/MD/3/aux hold/VB/10/ccomp new/JJ/5/amod "
            + "elections/NNS/3/obj/election by/IN/7/case June/NNP/3/obl ,/,/10/punct "
            + "Spain/NNP/10/nsubj said/VBD/0/root/say ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.demand().orElse(""))
        .containsExactly(tuple("ESP", "VEN", "hold new elections"));
    assertThat(found.get(0).due().orElse("")).endsWith("-06");
  }

  /** threatened Y unless X V by <time> */
  @Test
  void threatenedUnlessXActsByATime() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Britain threatened sanctions unless Iran releases the tanker by Monday.",
            "Britain/NNP/2/nsubj threatened/VBD/0/root/threaten sanctions/NNS/2/obj/sanction "
            + "unless/IN/6/mark Iran/NNP/6/nsubj releases/VBZ/2/advcl/release the/DT/8/det "
            + "tanker/NN/6/obj by/IN/10/case Monday/NNP/6/obl ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee())).containsExactly(tuple("GBR", "IRN"));
    assertThat(found.get(0).due()).isPresent();
  }

  /** threatened Y if X does not V; Y will take effect in <time> if X fails to V: one deadline */
  @Test
  void conditionWithADatedConsequence_completesTheEarlierThreat() {
    List<Deadline> found = new DeadlineStory()
        .sentence("On Tuesday the Security Council threatened an embargo on Libya if Tripoli does not surrender the suspects.",
            "On/IN/2/case Tuesday/NNP/6/obl the/DT/5/det Security/NNP/5/compound "
            + "Council/NNP/6/nsubj threatened/VBD/0/root/threaten an/DT/8/det/a "
            + "embargo/NN/6/obj on/IN/10/case Libya/NNP/8/nmod if/IN/15/mark "
            + "Tripoli/NNP/15/nsubj does/VBZ/15/aux/do not/RB/15/advmod surrender/VB/6/advcl "
            + "the/DT/17/det suspects/NNS/15/obj/suspect ./././punct")
        .sentence("The embargo will take effect in January if Libya fails to surrender the suspects.",
            "The/DT/2/det embargo/NN/4/nsubj will/MD/4/aux take/VB/0/root effect/NN/4/obj "
            + "in/IN/7/case January/NNP/4/obl if/IN/10/mark Libya/NNP/10/nsubj "
            + "fails/VBZ/4/advcl/fail to/TO/12/mark surrender/VB/10/xcomp the/DT/14/det "
            + "suspects/NNS/12/obj/suspect ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""),
        d -> d.set().orElse("")).containsExactly(tuple("IGOUNO", "LBY", "2020-01", "2019-11-05"));
    assertThat(found.get(0).demand()).contains("to surrender the suspects");
  }

  /** the resolution threatening Y if X does not V (the condition parsed onto the verb above), then dated */
  @Test
  void threatInARelativeClause_datedByItsNoun() {
    List<Deadline> found = new DeadlineStory()
        .sentence("It backed last week's Security Council resolution threatening an embargo on Libya if Tripoli does not surrender the suspects.",
            "It/PRP/2/nsubj backed/VBD/0/root/back last/JJ/4/amod week/NN/8/nmod:poss "
            + "'s/POS/4/case Security/NNP/7/compound Council/NNP/8/compound resolution/NN/2/obj "
            + "threatening/VBG/8/acl/threaten an/DT/11/det/a embargo/NN/9/obj on/IN/13/case "
            + "Libya/NNP/11/nmod if/IN/18/mark Tripoli/NNP/18/nsubj does/VBZ/18/aux/do "
            + "not/RB/18/advmod surrender/VB/2/advcl the/DT/20/det suspects/NNS/18/obj/suspect "
            + "./././punct")
        .sentence("The embargo will take effect in January if Libya fails to surrender the suspects.",
            "The/DT/2/det embargo/NN/4/nsubj will/MD/4/aux take/VB/0/root effect/NN/4/obj "
            + "in/IN/7/case January/NNP/4/obl if/IN/10/mark Libya/NNP/10/nsubj "
            + "fails/VBZ/4/advcl/fail to/TO/12/mark surrender/VB/10/xcomp the/DT/14/det "
            + "suspects/NNS/12/obj/suspect ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""),
        d -> d.set().orElse("")).containsExactly(tuple("IGOUNO", "LBY", "2020-01", "2019-W44"));
  }

  /** if X fails to V, Y will take effect in <time> */
  @Test
  void conditionWithoutAnEarlierThreat_hasNoSetter() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The embargo will take effect in January if Libya fails to surrender the suspects.",
            "The/DT/2/det embargo/NN/4/nsubj will/MD/4/aux take/VB/0/root effect/NN/4/obj "
            + "in/IN/7/case January/NNP/4/obl if/IN/10/mark Libya/NNP/10/nsubj "
            + "fails/VBZ/4/advcl/fail to/TO/12/mark surrender/VB/10/xcomp the/DT/14/det "
            + "suspects/NNS/12/obj/suspect ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("(none)", "LBY", "2020-01"));
  }

  /** the deadline for X to V expires on <time> */
  @Test
  void theDeadlineExpiresOnADay() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The deadline for Iraq to open the sites expires on Thursday.",
            "The/DT/2/det deadline/NN/9/nsubj for/IN/6/mark Iraq/NNP/6/nsubj to/TO/6/mark "
            + "open/VB/2/acl the/DT/8/det sites/NNS/6/obj/site expires/VBZ/0/root/expire "
            + "on/IN/11/case Thursday/NNP/9/obl ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(code(found.get(0).addressee())).isEqualTo("IRQ");
    assertThat(found.get(0).due().orElse("")).isEqualTo("2019-11-14");
    assertThat(found.get(0).demand()).contains("for Iraq to open the sites");
  }

  /** a year-end deadline set in May 2018 falls due at the end of 2018 */
  @Test
  void yearEndDeadline_isTheEndOfTheYearItWasSet() {
    List<Deadline> found = new DeadlineStory()
        .sentence("In May 2018, Kenya gave Uganda a year-end deadline to remove the fence.",
            "In/IN/2/case May/NNP/6/obl 2018/CD/2/nummod ,/,/6/punct Kenya/NNP/6/nsubj "
            + "gave/VBD/0/root/give Uganda/NNP/6/iobj a/DT/12/det year/NN/11/compound "
            + "-/HYPH/11/punct end/NN/12/compound deadline/NN/6/obj to/TO/14/mark "
            + "remove/VB/6/advcl the/DT/16/det fence/NN/14/obj ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""),
        d -> d.set().orElse("")).containsExactly(tuple("KEN", "UGA", "2018-12-31", "2018-05"));
  }

  /** issued an ultimatum to X on <day> to V within N days */
  @Test
  void ultimatumToActWithinDays() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Israel issued an ultimatum to Hamas on Saturday to release the hostages within three days.",
            "Israel/NNP/2/nsubj issued/VBD/0/root/issue an/DT/4/det/a ultimatum/NN/2/obj "
            + "to/IN/6/case Hamas/NNP/4/nmod on/IN/8/case Saturday/NNP/2/obl to/TO/10/mark "
            + "release/VB/2/advcl the/DT/12/det hostages/NNS/10/obj/hostage within/IN/15/case "
            + "three/CD/15/nummod days/NNS/10/obl/day ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> d.addressee().map(ActorRef::text).orElse(""),
        d -> d.due().orElse(""), d -> d.set().orElse(""))
        .containsExactly(tuple("ISR", "Hamas", "2019-11-12", "2019-11-09"));
  }

  /** the year-end deadline shown again is the one given before */
  @Test
  void aMentionOfTheKnownDeadlineIsNotANewOne() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Kim Jong Un gave the United States a year-end deadline to change its policy.",
            "Kim/NNP/3/compound Jong/NNP/3/compound Un/NNP/4/nsubj gave/VBD/0/root/give "
            + "the/DT/7/det United/NNP/7/compound States/NNP/4/iobj a/DT/12/det "
            + "year/NN/11/compound -/HYPH/11/punct end/NN/12/compound deadline/NN/4/obj "
            + "to/TO/14/mark change/VB/4/advcl its/PRP$/16/nmod:poss policy/NN/14/obj "
            + "./././punct")
        .sentence("The North side has shown the year-end deadline again.",
            "The/DT/3/det North/JJ/3/amod side/NN/5/nsubj has/VBZ/5/aux/have "
            + "shown/VBN/0/root/show the/DT/10/det year/NN/9/compound -/HYPH/9/punct "
            + "end/NN/10/compound deadline/NN/5/obj again/RB/5/advmod ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("PRKGOV", "USA", "2019-12-31"));
    assertThat(found.get(0).evidence().text()).startsWith("Kim Jong Un gave");
  }

  /** a deadline given in May 2018 and steps expected by a report of Friday */
  @Test
  void twoSettingsDatedApartAreTwoDeadlines() {
    List<Deadline> found = new DeadlineStory()
        .sentence("In May 2018, Kenya gave Uganda a year-end deadline to remove the fence.",
            "In/IN/2/case May/NNP/6/obl 2018/CD/2/nummod ,/,/6/punct Kenya/NNP/6/nsubj "
            + "gave/VBD/0/root/give Uganda/NNP/6/iobj a/DT/12/det year/NN/11/compound "
            + "-/HYPH/11/punct end/NN/12/compound deadline/NN/6/obj to/TO/14/mark "
            + "remove/VB/6/advcl the/DT/16/det fence/NN/14/obj ./././punct")
        .sentence("Talks were stalling, an Iranian envoy said on Friday, adding that Tehran expects concrete steps from Paris by the end of the year.",
            "Talks/NNS/3/nsubj/talk were/VBD/3/aux/be stalling/VBG/0/root/stall ,/,/3/punct "
            + "an/DT/7/det/a Iranian/JJ/7/amod envoy/NN/8/nsubj said/VBD/3/parataxis/say "
            + "on/IN/10/case Friday/NNP/8/obl ,/,/3/punct adding/VBG/3/dep/add that/IN/15/mark "
            + "Tehran/NNP/15/nsubj expects/VBZ/12/ccomp/expect concrete/JJ/17/amod "
            + "steps/NNS/15/obj/step from/IN/19/case Paris/NNP/17/nmod by/IN/22/case "
            + "the/DT/22/det end/NN/15/obl of/IN/25/case the/DT/25/det year/NN/22/nmod "
            + "./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""),
        d -> d.set().orElse(""))
        .containsExactly(tuple("KEN", "UGA", "2018-12-31", "2018-05"), tuple("IRN", "FRA", "2019-12-31", "2019-11-08"));
  }

  /** nobody set a truce's expiry for anybody; nothing is demanded */
  @Test
  void aPactDueToExpireIsNoDeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The truce is due to expire on Friday.",
            "The/DT/2/det truce/NN/4/nsubj is/VBZ/4/cop/be due/JJ/0/root to/TO/6/mark "
            + "expire/VB/4/xcomp on/IN/8/case Friday/NNP/6/obl ./././punct").deadlines();
    assertThat(found).isEmpty();
  }

  /** no demand, condition, threat or must: a plan, not a deadline */
  @Test
  void aPlanDueByATimeIsNoDeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The company will finish the bridge by June.",
            "The/DT/2/det company/NN/4/nsubj will/MD/4/aux finish/VB/0/root the/DT/6/det "
            + "bridge/NN/4/obj by/IN/8/case June/NNP/4/obl ./././punct").deadlines();
    assertThat(found).isEmpty();
  }

  /** "had" of a perfect is no obligation: what happened by a time is no deadline */
  @Test
  void aPerfectByATimeIsNoDeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("By late February, the market had recovered.",
            "By/IN/3/case late/JJ/3/amod February/NNP/8/obl ,/,/8/punct the/DT/6/det market/NN/8/nsubj "
            + "had/VBD/8/aux/have recovered/VBN/0/root/recover ./././punct").deadlines();
    assertThat(found).isEmpty();
  }

  /** "has to V by" is an obligation, unlike the perfect */
  @Test
  void hasToActByATime_isADeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Turkey has to withdraw its troops by Friday.",
            "Turkey/NNP/4/nsubj has/VBZ/4/aux/have to/TO/4/mark withdraw/VB/0/root its/PRP$/6/nmod:poss/its "
            + "troops/NNS/4/obj/troop by/IN/8/case Friday/NNP/4/obl ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.addressee())).containsExactly("TUR");
  }

  /** one's own plan ("expects to") and a forecast ("is expected to") set no deadline */
  @Test
  void ownPlansAndForecastsAreNoDeadlines() {
    List<Deadline> plan = new DeadlineStory()
        .sentence("The company expects to complete the merger by May 1.",
            "The/DT/2/det company/NN/3/nsubj expects/VBZ/0/root/expect to/TO/5/mark complete/VB/3/xcomp "
            + "the/DT/7/det merger/NN/5/obj by/IN/9/case May/NNP/5/obl 1/CD/9/nummod ./././punct").deadlines();
    List<Deadline> forecast = new DeadlineStory()
        .sentence("The plant is expected to open by June.",
            "The/DT/2/det plant/NN/4/nsubj:pass is/VBZ/4/aux:pass/be expected/VBN/0/root/expect "
            + "to/TO/6/mark open/VB/4/xcomp by/IN/8/case June/NNP/6/obl ./././punct").deadlines();
    List<Deadline> hope = new DeadlineStory()
        .sentence("Officials expect their requests to be approved by June.",
            "Officials/NNS/2/nsubj/official expect/VBP/0/root their/PRP$/4/nmod:poss/they "
            + "requests/NNS/2/obj/request to/TO/7/mark be/VB/7/aux:pass approved/VBN/2/xcomp/approve "
            + "by/IN/9/case June/NNP/7/obl ./././punct").deadlines();
    assertThat(plan).isEmpty();
    assertThat(forecast).isEmpty();
    assertThat(hope).isEmpty();
  }

  /** a date something should be done by, with nobody named who set it or must meet it, is no deadline */
  @Test
  void aDueDateWithNeitherSetterNorAddresseeIsNoDeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The report should be completed by the end of the year.",
            "The/DT/2/det report/NN/5/nsubj:pass should/MD/5/aux be/VB/5/aux:pass/be completed/VBN/0/root/complete "
            + "by/IN/8/case the/DT/8/det end/NN/5/obl of/IN/11/case the/DT/11/det year/NN/8/nmod ./././punct")
        .deadlines();
    assertThat(found).isEmpty();
  }

  /** X was given until <time> to V: X must meet it; nobody is named who set it */
  @Test
  void wasGivenUntilATime_thePassiveSubjectIsTheAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Iraq was given until Friday to withdraw its troops.",
            "Iraq/NNP/3/nsubj:pass was/VBD/3/aux:pass/be given/VBN/0/root/give until/IN/5/case "
            + "Friday/NNP/3/obl to/TO/7/mark withdraw/VB/3/xcomp its/PRP$/9/nmod:poss/its "
            + "troops/NNS/7/obj/troop ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""),
        d -> d.demand().orElse("")).containsExactly(tuple("(none)", "IRQ", "2019-11-15", "to withdraw its troops"));
  }

  /** X was given a deadline of <time> by Y to V: Y set it */
  @Test
  void wasGivenADeadlineByY_theByPhraseSetsIt() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Serbia was given a deadline of January 15 by the European Union to free the prisoners.",
            "Serbia/NNP/3/nsubj:pass was/VBD/3/aux:pass/be given/VBN/0/root/give a/DT/5/det "
            + "deadline/NN/3/obj of/IN/7/case January/NNP/5/nmod 15/CD/7/nummod by/IN/12/case "
            + "the/DT/12/det European/NNP/12/compound Union/NNP/3/obl:agent to/TO/14/mark "
            + "free/VB/3/advcl the/DT/16/det prisoners/NNS/14/obj/prisoner ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""),
        d -> d.demand().orElse("")).containsExactly(tuple("IGOEEC", "SRB", "2020-01-15", "to free the prisoners"));
  }

  /** a deadline set by Y for X expires on <time> */
  @Test
  void aDeadlineSetByYForX_theParticipleNamesBoth() {
    List<Deadline> found = new DeadlineStory()
        .sentence("A deadline set by the European Union for Serbia expires on Friday.",
            "A/DT/2/det deadline/NN/10/nsubj set/VBN/2/acl/set by/IN/7/case the/DT/7/det "
            + "European/NNP/7/compound Union/NNP/3/obl:agent for/IN/9/case Serbia/NNP/3/obl "
            + "expires/VBZ/0/root/expire on/IN/12/case Friday/NNP/10/obl ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("IGOEEC", "SRB", "2019-11-15"));
  }

  /** X was given N days to V */
  @Test
  void wasGivenNDays_dueIsTheSettingDatePlusThePeriod() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Greece was given 30 days to withdraw its ships.",
            "Greece/NNP/3/nsubj:pass was/VBD/3/aux:pass/be given/VBN/0/root/give 30/CD/5/nummod "
            + "days/NNS/3/obj/day to/TO/7/mark withdraw/VB/3/advcl its/PRP$/9/nmod:poss/its "
            + "ships/NNS/7/obj/ship ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("(none)", "GRC", "2019-12-10"));
  }

  /** the perfect infinitive "to have positioned" and the perfect "has postponed until" are no obligations */
  @Test
  void perfectsWithByOrUntil_areNoDeadlines() {
    assertThat(new DeadlineStory()
        .sentence("The firm appears to have positioned its unit for a recovery by late 2020.",
            "The/DT/2/det firm/NN/3/nsubj appears/VBZ/0/root/appear to/TO/6/mark have/VB/6/aux positioned/VBN/3/xcomp/position "
            + "its/PRP$/8/nmod:poss unit/NN/6/obj for/IN/11/case a/DT/11/det recovery/NN/6/obl by/IN/14/case "
            + "late/JJ/14/amod 2020/CD/6/obl ./././punct").deadlines()).isEmpty();
    assertThat(new DeadlineStory()
        .sentence("The Senate committee has postponed until March 10 its vote on the bill.",
            "The/DT/3/det Senate/NNP/3/compound committee/NN/5/nsubj has/VBZ/5/aux/have postponed/VBN/0/root/postpone until/IN/7/case "
            + "March/NNP/5/obl 10/CD/7/nummod its/PRP$/10/nmod:poss vote/NN/5/obj on/IN/13/case the/DT/13/det "
            + "bill/NN/10/nmod ./././punct").deadlines()).isEmpty();
  }

  /** "has given itself until April": one's own plan, no deadline set for another */
  @Test
  void aDeadlineGivenToOneself_isNoDeadline() {
    assertThat(new DeadlineStory()
        .sentence("The French government has given itself until the end of April to choose a buyer.",
            "The/DT/3/det French/JJ/3/amod government/NN/5/nsubj has/VBZ/5/aux/have given/VBN/0/root/give itself/PRP/5/obj "
            + "until/IN/9/case the/DT/9/det end/NN/5/obl of/IN/11/case April/NNP/9/nmod to/TO/13/mark "
            + "choose/VB/5/advcl a/DT/15/det buyer/NN/13/obj ./././punct").deadlines()).isEmpty();
  }

  /** "Asked if X considered the plan to V by 2021": a question, not a demand */
  @Test
  void askedIf_isAQuestionNotADemand() {
    assertThat(new DeadlineStory()
        .sentence("Asked if the ministry considered the plan to close the mine by 2021 final, the minister said no.",
            "Asked/VBN/18/advmod/ask if/IN/5/mark the/DT/4/det ministry/NN/5/nsubj considered/VBD/1/advcl/consider the/DT/7/det "
            + "plan/NN/5/obj to/TO/9/mark close/VB/5/xcomp the/DT/11/det mine/NN/9/obj by/IN/14/case "
            + "2021/CD/14/nummod final/JJ/9/obl ,/,/18/punct the/DT/17/det minister/NN/18/nsubj said/VBD/0/root/say "
            + "no/UH/18/discourse ./././punct").deadlines()).isEmpty();
  }

  /** "Y wants X to V within N years": X is the addressee, not Y */
  @Test
  void wantsXToAct_theObjectIsTheAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The United States wants Japan to remove the tariffs within three years.",
            "The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj wants/VBZ/0/root/want Japan/NNP/4/obj to/TO/7/mark "
            + "remove/VB/4/xcomp the/DT/9/det tariffs/NNS/7/obj/tariff within/IN/12/case three/CD/12/nummod years/NNS/7/obl/year "
            + "./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee())).containsExactly(tuple("USA", "JPN"));
  }

  /** expecting sales by a year, from nobody: a forecast */
  @Test
  void expectingWithoutAnAddressee_isAForecast() {
    assertThat(new DeadlineStory()
        .sentence("Toyota is expecting sales of 20 million cars by 2025.",
            "Toyota/NNP/3/nsubj is/VBZ/3/aux/be expecting/VBG/0/root/expect sales/NNS/3/obj/sale of/IN/8/case 20/CD/7/compound "
            + "million/CD/8/nummod cars/NNS/4/nmod/car by/IN/10/case 2025/CD/3/obl ./././punct").deadlines()).isEmpty();
  }

  /** the consequence of a condition lies ahead: "should follow ... last week if" sets nothing */
  @Test
  void aConditionWithAPastConsequence_isNoDeadline() {
    assertThat(new DeadlineStory()
        .sentence("If the banks refuse to lend, Manila should follow Brazil's example last week.",
            "If/IN/4/mark the/DT/3/det banks/NNS/4/nsubj/bank refuse/VBP/10/advcl to/TO/6/mark lend/VB/4/xcomp "
            + ",/,/10/punct Manila/NNP/10/nsubj should/MD/10/aux follow/VB/0/root Brazil/NNP/13/nmod:poss 's/POS/11/case "
            + "example/NN/10/obj last/JJ/15/amod week/NN/10/obl:tmod ./././punct").deadlines()).isEmpty();
  }

  /** "extended its deadline until <time>": the time of the extension is the due */
  @Test
  void extendedItsDeadlineUntilADate_isTheDue() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The Egyptian government extended its deadline for the offer until November 26.",
            "The/DT/3/det Egyptian/JJ/3/amod government/NN/4/nsubj extended/VBD/0/root/extend its/PRP$/6/nmod:poss deadline/NN/4/obj "
            + "for/IN/9/case the/DT/9/det offer/NN/6/nmod until/IN/11/case November/NNP/4/obl 26/CD/11/nummod "
            + "./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> d.due().orElse("")).containsExactly(tuple("EGYGOV", "2019-11-26"));
  }

  /** "had been given until <month day> to V", the infinitive parsed as "dep"; the date lies ahead */
  @Test
  void hadBeenGivenUntilADate_theInfinitiveMayBeADep() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The companies had been given until April 22 to comply with the Justice Department requirement, Kerridge said.",
            "The/DT/2/det companies/NNS/5/nsubj:pass/company had/VBD/5/aux/have been/VBN/5/aux:pass/be given/VBN/18/ccomp/give until/IN/7/case "
            + "April/NNP/5/obl 22/CD/7/nummod to/TO/10/mark comply/VB/5/dep with/IN/15/case the/DT/15/det "
            + "Justice/NNP/14/compound Department/NNP/15/compound requirement/NN/10/obl ,/,/18/punct Kerridge/NNP/18/nsubj said/VBD/0/root/say "
            + "./././punct").deadlines();
    assertThat(found).extracting(d -> d.addressee().map(ActorRef::text).orElse(""), d -> d.due().orElse(""),
        d -> d.demand().orElse("")).containsExactly(tuple("The companies", "2020-04-22",
        "to comply"));
  }

  /** the condition hangs on the verb the dated one completes: "threatened to start cutting aid from August unless" */
  @Test
  void datedConsequenceUnderAThreat_conditionOnTheVerbItCompletes() {
    List<Deadline> found = new DeadlineStory()
        .sentence("France threatened to start cutting aid from August 2020 unless Chad frees the prisoners.",
            "France/NNP/2/nsubj threatened/VBD/0/root/threaten to/TO/4/mark start/VB/2/xcomp cutting/VBG/4/xcomp/cut "
            + "aid/NN/5/obj from/IN/8/case August/NNP/5/obl 2020/CD/8/nummod unless/IN/12/mark Chad/NNP/12/nsubj "
            + "frees/VBZ/4/advcl/free the/DT/14/det prisoners/NNS/12/obj/prisoner ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> code(d.addressee()), d -> d.due().orElse(""))
        .containsExactly(tuple("FRA", "TCD", "2020-08"));
  }

  /** "expected X to V by" foretells another's act; it demands nothing */
  @Test
  void expectingAnotherToActByATime_isAForecast() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Britain said it expected France to decide on the bid by the end of April.",
            "Britain/NNP/2/nsubj said/VBD/0/root/say it/PRP/4/nsubj expected/VBD/2/ccomp/expect France/NNP/4/obj "
            + "to/TO/7/mark decide/VB/4/xcomp on/IN/10/case the/DT/10/det bid/NN/7/obl by/IN/13/case the/DT/13/det "
            + "end/NN/7/obl of/IN/15/case April/NNP/13/nmod ./././punct").deadlines();
    assertThat(found).isEmpty();
  }

  /** the union's deadline: an uncoded actor that owns the deadline sets it; who must act by it is held to it */
  @Test
  void anUncodedPossessorSetsTheDeadline_theSubjectActingByItIsTheAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The airline failed to reach an agreement with the pilots by the union's deadline of noon on Friday.",
            "The/DT/2/det airline/NN/3/nsubj failed/VBD/0/root/fail to/TO/5/mark reach/VB/3/xcomp an/DT/7/det/a "
            + "agreement/NN/5/obj with/IN/10/case the/DT/10/det pilots/NNS/7/nmod/pilot by/IN/15/case the/DT/13/det "
            + "union/NN/15/nmod:poss 's/POS/13/case deadline/NN/7/nmod of/IN/17/case noon/NN/15/nmod on/IN/19/case "
            + "Friday/NNP/5/obl ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).setter().map(ActorRef::text).orElse("")).contains("union");
    assertThat(found.get(0).addressee().map(ActorRef::text)).contains("The airline");
  }

  /** X will face sanctions in <time> if it fails to V, Y said: X suffers the consequence, Y sets the deadline */
  @Test
  void aConsequenceTheAddresseeWillFace_isSetByTheSpeakerNotByTheAddressee() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Libya will face sanctions in March if it fails to hand over the two suspects, the council said.",
            "Libya/NNP/3/nsubj will/MD/3/aux face/VB/19/ccomp sanctions/NNS/3/obj/sanction in/IN/6/case "
            + "March/NNP/3/obl if/IN/9/mark it/PRP/9/nsubj fails/VBZ/3/advcl/fail to/TO/11/mark hand/VB/9/xcomp "
            + "over/RP/11/compound:prt the/DT/15/det two/CD/15/nummod suspects/NNS/11/obj/suspect ,/,/19/punct "
            + "the/DT/18/det council/NN/19/nsubj said/VBD/0/root/say ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(code(found.get(0).setter())).isNotEqualTo("LBY");
    assertThat(found.get(0).setter().map(ActorRef::text).orElse("")).contains("council");
    assertThat(found.get(0).due()).contains("2020-03");
  }

  /** threatened to begin V-ing X from <time> unless Y V: the time hung on the object still dates the consequence */
  @Test
  void aThreatenedConsequenceStartingFromATimeOnItsObject_isADeadlineForTheUnlessSubject() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The ministry has threatened to begin withdrawing support for the growers from January unless the provinces raise new taxes.",
            "The/DT/2/det ministry/NN/4/nsubj has/VBZ/4/aux/have threatened/VBN/0/root/threaten to/TO/6/mark "
            + "begin/VB/4/xcomp withdrawing/VBG/8/amod/withdraw support/NN/6/obj for/IN/11/case the/DT/11/det "
            + "growers/NNS/8/nmod/grower from/IN/13/case January/NNP/11/nmod unless/IN/17/mark the/DT/16/det "
            + "provinces/NNS/17/nsubj/province raise/VBP/6/advcl new/JJ/19/amod "
            + "taxes/NNS/17/obj/tax ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).setter().map(ActorRef::text)).contains("The ministry");
    assertThat(found.get(0).addressee().map(ActorRef::text).orElse("")).contains("provinces");
    assertThat(found.get(0).due()).contains("2020-01");
    assertThat(found.get(0).demand().orElse("")).contains("raise new taxes");
  }

  /** ordered X to V and to V by <time>: the second infinitive is ordered too, of any object */
  @Test
  void orderedAnUncodedBodyToActByATime_theConjoinedInfinitiveIsDemanded() {
    List<Deadline> found = new DeadlineStory()
        .sentence("A judge ordered the agency to publish the files and to finish the work by the end of January.",
            "A/DT/2/det judge/NN/3/nsubj ordered/VBD/0/root/order the/DT/5/det agency/NN/3/obj to/TO/7/mark "
            + "publish/VB/3/xcomp the/DT/9/det files/NNS/7/obj/file and/CC/12/cc to/TO/12/mark finish/VB/3/conj "
            + "the/DT/14/det work/NN/12/obj by/IN/17/case the/DT/17/det end/NN/12/obl of/IN/19/case "
            + "January/NNP/17/nmod ./././punct").deadlines();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).setter().map(ActorRef::text).orElse("")).contains("judge");
    assertThat(found.get(0).demand().orElse("")).contains("finish the work");
    assertThat(found.get(0).due()).contains("2020-01-31");
  }

  /** the <date> deadline set by X, misparsed with the noun as the participle's subject */
  @Test
  void aDeadlineSetByAnActor_misparsedAsTheSubjectOfTheParticiple_isSetByTheAgent() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The talks resumed days before the March 1 deadline set by Ottawa for the duties to take effect.",
            "The/DT/2/det talks/NNS/3/nsubj/talk resumed/VBD/0/root/resume days/NNS/10/dep/day before/IN/10/mark "
            + "the/DT/9/det March/NNP/9/compound 1/CD/7/nummod deadline/NN/10/nsubj set/VBN/3/advcl by/IN/12/case "
            + "Ottawa/NNP/10/obl for/IN/17/mark the/DT/15/det duties/NNS/17/nsubj/duty to/TO/17/mark "
            + "take/VB/10/advcl effect/NN/17/obj ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter()), d -> d.due().orElse("")).containsExactly(tuple("CAN", "2020-03-01"));
  }

  /** X put a deadline of <date> on the talks */
  @Test
  void putsADeadlineOnTalks() {
    List<Deadline> found = new DeadlineStory()
        .sentence("Canada put a deadline of March 1 on the talks.",
            "Canada/NNP/2/nsubj put/VBD/0/root a/DT/4/det deadline/NN/2/obj of/IN/6/case March/NNP/4/nmod "
            + "1/CD/6/nummod on/IN/10/case the/DT/10/det talks/NNS/2/obl/talk ./././punct").deadlines();
    assertThat(found).extracting(d -> code(d.setter())).containsExactly("CAN");
    assertThat(found.get(0).due().orElse("")).endsWith("-03-01");
  }

  /** ordered X closed until <time>: a state ordered for a while, not an act due by a time */
  @Test
  void orderingAnUncodedBodyIntoAStateUntilATime_isNoDeadline() {
    List<Deadline> found = new DeadlineStory()
        .sentence("The ministry ordered the schools closed until Friday.",
            "The/DT/2/det ministry/NN/3/nsubj ordered/VBD/0/root/order the/DT/5/det schools/NNS/3/obj/school "
            + "closed/VBD/3/xcomp/close until/IN/8/case Friday/NNP/6/obl ./././punct").deadlines();
    assertThat(found).isEmpty();
  }
}
