package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Mode;

/** Modes of coded events: scheduled, proposed, conditional, questioned and misparsed clauses. */
class ModeClassifierTest {

  @Test
  void mode_dueToReadAsAPreposition_isStillScheduled() {
    // CoreNLP reads "due to" as a preposition and "head" as a noun.
    Document doc = new CoderFixture("The envoy was due to head to Paris on Friday to meet the Iraqi president.")
        .sentence("The/DT/2/det envoy/NN/6/nsubj was/VBD/6/cop/be due/JJ/6/case to/IN/4/fixed head/NN/0/root "
            + "to/IN/8/case Paris/NNP/6/nmod on/IN/10/case Friday/NNP/6/obl to/TO/12/mark meet/VB/6/xcomp "
            + "the/DT/15/det Iraqi/JJ/15/amod president/NN/12/obj ./././punct")
        .code();
    assertThat(doc.events()).filteredOn(e -> e.type().root().equals("04")).isNotEmpty()
        .allMatch(e -> e.mode() == Mode.HYPOTHETICAL || e.rule().endsWith("+scheduled"));
    assertThat(asserted(doc)).noneMatch(e -> e.type().code().equals("040"));
  }

  @Test
  void mode_infinitiveOfAProposalMisparsedOntoTheVerb_isHypothetical() {
    Document doc = new CoderFixture("Iraq backed a proposal by Germany to ban Iranian flights.")
        .sentence("Iraq/NNP/2/nsubj backed/VBD/0/root/back a/DT/4/det proposal/NN/2/obj by/IN/6/case "
            + "Germany/NNP/4/nmod to/TO/8/mark ban/VB/2/xcomp Iranian/JJ/10/amod flights/NNS/8/obj/flight ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("17") || e.type().root().equals("16"));
  }

  @Test
  void mode_infinitiveOfAProposal_isHypothetical() {
    Document doc = new CoderFixture("Germany made a proposal to ban Iranian flights.")
        .sentence("Germany/NNP/2/nsubj made/VBD/0/root/make a/DT/4/det proposal/NN/2/obj to/TO/6/mark "
            + "ban/VB/4/acl Iranian/JJ/8/amod flights/NNS/6/obj/flight ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("17") || e.type().root().equals("16"));
  }

  @Test
  void mode_infinitiveOneArguesOrCampaignsFor_isHypothetical() {
    Document argued = new CoderFixture("Two senators made the case to grant amnesty to the detainees.")
        .sentence("Two/CD/2/nummod senators/NNS/3/nsubj/senator made/VBD/0/root/make the/DT/5/det case/NN/3/obj "
            + "to/TO/7/mark grant/VB/3/xcomp amnesty/NN/7/obj to/IN/11/case the/DT/11/det detainees/NNS/7/obl/detainee "
            + "./././punct")
        .code();
    assertThat(asserted(argued)).noneMatch(e -> e.type().root().equals("08"));
    Document campaign = new CoderFixture("The group led a campaign to free the Italian hostages.")
        .sentence("The/DT/2/det group/NN/3/nsubj led/VBD/0/root/lead a/DT/5/det campaign/NN/3/obj to/TO/7/mark "
            + "free/VB/5/acl the/DT/10/det Italian/JJ/10/amod hostages/NNS/7/obj/hostage ./././punct")
        .code();
    assertThat(asserted(campaign)).noneMatch(e -> e.type().root().equals("08"));
  }

  @Test
  void mode_failureInACondition_isHypotheticalAndAPlainFailureNegated() {
    Document conditional = new CoderFixture("Sanctions start in May if Libya fails to free the Italian hostages.")
        .sentence("Sanctions/NNS/2/nsubj/sanction start/VBP/0/root in/IN/4/case May/NNP/2/obl if/IN/7/mark "
            + "Libya/NNP/7/nsubj fails/VBZ/2/advcl/fail to/TO/9/mark free/VB/7/xcomp the/DT/12/det "
            + "Italian/JJ/12/amod hostages/NNS/9/obj/hostage ./././punct")
        .code();
    Document plain = new CoderFixture("Libya failed to free the Italian hostages.")
        .sentence("Libya/NNP/2/nsubj failed/VBD/0/root/fail to/TO/4/mark free/VB/2/xcomp the/DT/7/det "
            + "Italian/JJ/7/amod hostages/NNS/4/obj/hostage ./././punct")
        .code();
    assertThat(conditional.events()).isNotEmpty().extracting(Event::mode).containsOnly(Mode.HYPOTHETICAL);
    assertThat(plain.events()).isNotEmpty().extracting(Event::mode).containsOnly(Mode.NEGATED);
  }

  @Test
  void mode_negatedCondition_isHypothetical() {
    Document doc = new CoderFixture("Sanctions start in May if Libya does not free the Italian hostages.")
        .sentence("Sanctions/NNS/2/nsubj/sanction start/VBP/0/root in/IN/4/case May/NNP/2/obl if/IN/9/mark "
            + "Libya/NNP/9/nsubj does/VBZ/9/aux/do not/RB/9/advmod free/VB/2/advcl the/DT/12/det "
            + "Italian/JJ/12/amod hostages/NNS/9/obj/hostage ./././punct")
        .code();
    assertThat(doc.events()).isNotEmpty().extracting(Event::mode).containsOnly(Mode.HYPOTHETICAL);
  }

  @Test
  void mode_question_assertsNothing() {
    Document doc = new CoderFixture("Did Iran fund the Iraqi rebels?")
        .sentence("Did/VBD/3/aux/do Iran/NNP/3/nsubj fund/VB/0/root the/DT/6/det Iraqi/JJ/6/amod "
            + "rebels/NNS/3/obj/rebel ?/./3/punct")
        .code();
    assertThat(doc.events()).isNotEmpty();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void mode_finiteClauseMisparsedAsSubjectOfAModal_keepsItsOwnMode() {
    Document doc = new CoderFixture("Iran's envoy lashed out at Iraq and said any embargo would be a gift for rebels.")
        .sentence("Iran/NNP/3/nmod:poss 's/POS/1/case envoy/NN/4/nsubj lashed/VBD/15/csubj/lash out/RP/4/compound:prt "
            + "at/IN/7/case Iraq/NNP/4/obl and/CC/9/cc said/VBD/4/conj/say any/DT/11/det embargo/NN/15/nsubj "
            + "would/MD/15/aux be/VB/15/cop a/DT/15/det gift/NN/0/root for/IN/17/case rebels/NNS/15/nmod/rebel ./././punct")
        .code();
    assertThat(asserted(doc)).anyMatch(e -> e.type().root().equals("11"));
  }

  @Test
  void mode_reasonUnderAFutureClause_isAsserted() {
    Document doc = new CoderFixture("Egypt will cut ties with Chad because Sudan continues to shelter Egyptian militants.")
        .sentence("Egypt/NNP/3/nsubj will/MD/3/aux cut/VB/0/root ties/NNS/3/obj/tie with/IN/6/case Chad/NNP/4/nmod "
            + "because/IN/9/mark Sudan/NNP/9/nsubj continues/VBZ/3/advcl/continue to/TO/11/mark shelter/VB/9/xcomp "
            + "Egyptian/JJ/13/amod militants/NNS/11/obj/militant ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("SDN>EGY"));
  }

  @Test
  void mode_infinitiveMisparsedOntoTheActorPressured_isHypothetical() {
    Document doc = new CoderFixture("Iraq is being pressured by Syria to help Iran.")
        .sentence("Iraq/NNP/4/nsubj:pass is/VBZ/4/aux/be being/VBG/4/aux:pass/be pressured/VBN/0/root/pressure "
            + "by/IN/6/case Syria/NNP/4/obl to/TO/8/mark help/VB/6/acl Iran/NNP/8/obj ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("07"));
  }

  @Test
  void mode_infinitiveOfAPermission_isHypothetical() {
    Document doc = new CoderFixture("Egypt said it would not give permission to Syria to help Iran.")
        .sentence("Egypt/NNP/2/nsubj said/VBD/0/root/say it/PRP/6/nsubj would/MD/6/aux not/RB/6/advmod "
            + "give/VB/2/ccomp permission/NN/6/obj to/IN/11/mark Syria/NNP/11/nsubj to/TO/11/mark help/VB/7/acl "
            + "Iran/NNP/11/obj ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("07"));
  }

  @Test
  void mode_beToInfinitive_isHypothetical() {
    Document doc = new CoderFixture("Iran is to visit Iraq next week.")
        .sentence("Iran/NNP/4/nsubj is/VBZ/4/aux/be to/TO/4/mark visit/VB/0/root Iraq/NNP/4/obj next/JJ/7/amod "
            + "week/NN/4/obl:tmod ./././punct")
        .code();
    assertThat(doc.events()).filteredOn(e -> e.type().code().equals("042")).isNotEmpty()
        .allMatch(e -> e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void mode_headlineSubjectAndToInfinitive_isHypothetical() {
    Document doc = new CoderFixture("Iran to visit Iraq next week")
        .sentence("Iran/NNP/3/nsubj to/TO/3/mark visit/VB/0/root Iraq/NNP/3/obj next/JJ/6/amod week/NN/3/obl:tmod")
        .code();
    assertThat(doc.events()).filteredOn(e -> e.type().code().equals("042")).isNotEmpty()
        .allMatch(e -> e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void mode_headlineInPresentTense_isAsserted() {
    Document doc = new CoderFixture("Iran visits Iraq")
        .sentence("Iran/NNP/2/nsubj visits/VBZ/0/root/visit Iraq/NNP/2/obj")
        .code();
    assertThat(doc.events()).filteredOn(e -> e.type().code().equals("042")).isNotEmpty()
        .allMatch(e -> e.mode() == Mode.ASSERTED);
  }

  @Test
  void mode_bareConjunctOfAModalVerb_sharesTheModal() {
    Document doc = new CoderFixture("Ravi said Japan must ensure security and provide aid to India.")
        .sentence("Ravi/NNP/2/nsubj said/VBD/0/root/say Japan/NNP/5/nsubj must/MD/5/aux ensure/VB/2/ccomp "
            + "security/NN/5/obj and/CC/8/cc provide/VB/5/conj aid/NN/8/obj to/IN/11/case India/NNP/8/obl ./././punct")
        .code();
    assertThat(doc.events()).filteredOn(e -> e.type().root().equals("07")).isNotEmpty()
        .allMatch(e -> e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void mode_finiteConjunctOfAModalVerb_isItsOwnFact() {
    Document doc = new CoderFixture("Japan will meet India and sent aid to Nepal.")
        .sentence("Japan/NNP/3/nsubj will/MD/3/aux meet/VB/0/root India/NNP/3/obj and/CC/6/cc sent/VBD/3/conj/send "
            + "aid/NN/6/obj to/IN/9/case Nepal/NNP/6/obl ./././punct")
        .code();
    assertThat(asserted(doc)).anyMatch(e -> e.type().root().equals("07"));
  }

  @Test
  void mode_progressiveClauseMisparsedAsClausalSubjectOfAFuture_keepsItsOwnMode() {
    // CoreNLP makes "is hosting" the clausal subject of "will be there".
    Document doc = new CoderFixture("Japan is hosting the Indian president and others will be there.")
        .sentence("Japan/NNP/3/nsubj is/VBZ/3/aux/be hosting/VBG/9/csubj/host the/DT/6/det Indian/JJ/6/amod "
            + "president/NN/3/obj and/CC/8/cc others/NNS/6/conj/other will/MD/9/aux be/VB/0/root there/RB/9/advmod ./././punct")
        .code();
    assertThat(doc.events()).filteredOn(e -> e.type().root().equals("04")).isNotEmpty()
        .allMatch(e -> e.mode() == Mode.ASSERTED);
  }

  @Test
  void mode_plainFutureMeetingLeftAsALooseDependentOfSaid_isScheduled() {
    Document doc = new CoderFixture("Putin will meet Erdogan on Friday for talks on trade, his office said.")
        .sentence("Putin/NNP/3/nsubj will/MD/3/aux meet/VB/14/dep Erdogan/NNP/3/obj on/IN/6/case Friday/NNP/3/obl "
            + "for/IN/8/case talks/NNS/14/obl/talk on/IN/10/case trade/NN/8/nmod ,/,/14/punct his/PRP$/13/nmod:poss "
            + "office/NN/14/nsubj said/VBD/0/root/say ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("RUSGOV>TURGOV:036");
  }

  @Test
  void mode_mandativeClauseOfDemand_isHypotheticalEvenWhenTaggedAsPresent() {
    // the tagger reads the bare "release" after a singular subject as VBZ
    Document doc = new CoderFixture("Japan demanded that Iran release the British sailors.")
        .sentence("Japan/NNP/2/nsubj demanded/VBD/0/root/demand that/IN/5/mark Iran/NNP/5/nsubj release/VBZ/2/ccomp "
            + "the/DT/8/det British/JJ/8/amod sailors/NNS/5/obj/sailor ./././punct")
        .code();
    assertThat(doc.events()).filteredOn(e -> e.type().root().equals("08")).isNotEmpty()
        .allMatch(e -> e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void mode_mandativeClauseOfADemandNoun_isHypothetical() {
    Document doc = new CoderFixture("Japan rejected the demand that Iran release the British sailors.")
        .sentence("Japan/NNP/2/nsubj rejected/VBD/0/root/reject the/DT/4/det demand/NN/2/obj that/IN/7/mark "
            + "Iran/NNP/7/nsubj release/VB/4/ccomp the/DT/10/det British/JJ/10/amod sailors/NNS/7/obj/sailor ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("08"));
  }

  @Test
  void mode_factReportedByInsist_staysAsserted() {
    Document doc = new CoderFixture("Britain insisted that Iran freed the British sailors.")
        .sentence("Britain/NNP/2/nsubj insisted/VBD/0/root/insist that/IN/5/mark Iran/NNP/5/nsubj freed/VBD/2/ccomp/free "
            + "the/DT/8/det British/JJ/8/amod sailors/NNS/5/obj/sailor ./././punct")
        .code();
    assertThat(asserted(doc)).anyMatch(e -> e.type().root().equals("08"));
  }

  @Test
  void mode_infinitiveOpenedByAWhWord_isACourseWeighed() {
    Document doc = new CoderFixture("The Turkish army is considering how to attack the Kurdish rebels.")
        .sentence("The/DT/3/det Turkish/JJ/3/amod army/NN/5/nsubj is/VBZ/5/aux/be considering/VBG/0/root/consider "
            + "how/WRB/8/advmod to/TO/8/mark attack/VB/5/ccomp the/DT/11/det Kurdish/JJ/11/amod rebels/NNS/8/obj/rebel "
            + "./././punct")
        .code();
    assertThat(doc.events()).anyMatch(e -> e.type().root().equals("18"));
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("18"));
  }
}
