package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Event;

/** Which actor of a sentence an event's source or target is: the phrase's own actor, not one told of inside it. */
class ArgumentAttachmentTest {
  private static String rootAndTarget(Event e) {
    return e.type().root() + ">" + e.target().map(t -> t.text()).orElse("");
  }

  @Test
  void code_objectWithARelativeClause_targetsTheObjectNotAPlaceTheClauseNames() {
    Document doc = new CoderFixture("Sudan attacked a camp that lies near Chad.")
        .sentence("Sudan/NNP/2/nsubj attacked/VBD/0/root/attack a/DT/4/det camp/NN/2/obj that/WDT/6/nsubj "
            + "lies/VBZ/4/acl:relcl/lie near/IN/8/case Chad/NNP/6/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(ArgumentAttachmentTest::rootAndTarget)
        .containsExactly("19>a camp");
  }

  @Test
  void code_objectWithAPresentParticiple_targetsTheObjectNotThePlaceItComesFrom() {
    Document doc = new CoderFixture("India forced a plane flying from Pakistan to land.")
        .sentence("India/NNP/2/nsubj forced/VBD/0/root/force a/DT/4/det plane/NN/2/obj flying/VBG/4/acl/fly "
            + "from/IN/7/case Pakistan/NNP/5/obl to/TO/9/mark land/VB/2/xcomp ./././punct")
        .code();
    assertThat(asserted(doc)).filteredOn(e -> e.type().root().equals("17"))
        .extracting(ArgumentAttachmentTest::rootAndTarget)
        .containsExactly("17>a plane");
  }

  @Test
  void code_objectWithAPastParticiple_stillNamesTheActorItIsBoundFor() {
    Document doc = new CoderFixture("Sudan attacked a convoy bound for Chad.")
        .sentence("Sudan/NNP/2/nsubj attacked/VBD/0/root/attack a/DT/4/det convoy/NN/2/obj bound/VBN/4/acl/bind "
            + "for/IN/7/case Chad/NNP/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("SDN>TCD:190");
  }

  @Test
  void code_objectInApposition_doesNotTargetAPlaceInsideTheApposition() {
    Document doc = new CoderFixture("Rebels attacked a depot in the north, the third attack in Chad this week.")
        .sentence("Rebels/NNS/2/nsubj/rebel attacked/VBD/0/root/attack a/DT/4/det depot/NN/2/obj in/IN/7/case "
            + "the/DT/7/det north/NN/4/nmod ,/,/4/punct the/DT/11/det third/JJ/11/amod attack/NN/4/appos "
            + "in/IN/13/case Chad/NNP/11/nmod this/DT/15/det week/NN/11/obl:tmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(ArgumentAttachmentTest::rootAndTarget)
        .noneMatch(s -> s.endsWith("Chad"));
  }

  @Test
  void code_rejectedSomeonesDemandAboutAThirdParty_targetsTheOneWhoDemanded() {
    Document doc = new CoderFixture("Japan rejected China's demand for talks with Russia.")
        .sentence("Japan/NNP/2/nsubj rejected/VBD/0/root/reject China/NNP/5/nmod:poss 's/POS/3/case "
            + "demand/NN/2/obj for/IN/7/case talks/NNS/5/nmod/talk with/IN/9/case Russia/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).allMatch(d -> d.startsWith("JPN>CHN"));
    assertThat(asserted(doc)).isNotEmpty();
  }

  @Test
  void code_acceptedDemandsByAGroup_targetsTheGroupThatMadeThem() {
    Document doc = new CoderFixture("Nepal accepted the demands by India for talks with China.")
        .sentence("Nepal/NNP/2/nsubj accepted/VBD/0/root/accept the/DT/4/det demands/NNS/2/obj/demand "
            + "by/IN/6/case India/NNP/4/nmod for/IN/8/case talks/NNS/4/nmod/talk with/IN/10/case China/NNP/8/nmod "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).allMatch(d -> d.startsWith("NPL>IND"));
    assertThat(asserted(doc)).isNotEmpty();
  }

  @Test
  void code_ownDemand_isNotItsOwnTarget() {
    Document doc = new CoderFixture("Iran rejected its demand for talks with Iraq.")
        .sentence("Iran/NNP/2/nsubj rejected/VBD/0/root/reject its/PRP$/4/nmod:poss demand/NN/2/obj "
            + "for/IN/6/case talks/NNS/4/nmod/talk with/IN/8/case Iraq/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("IRN>IRN"));
  }

  @Test
  void code_participleOnAPredicateNoun_isDoneByTheCopulasSubject() {
    Document doc = new CoderFixture("Norway has been the biggest donor, giving 20 million dollars to Yemen.")
        .sentence("Norway/NNP/6/nsubj has/VBZ/6/aux/have been/VBN/6/cop/be the/DT/6/det biggest/JJS/6/amod/big "
            + "donor/NN/0/root ,/,/6/punct giving/VBG/6/acl/give 20/CD/10/compound million/CD/11/nummod "
            + "dollars/NNS/8/obj/dollar to/IN/13/case Yemen/NNP/8/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).isNotEmpty().allMatch(d -> d.startsWith("NOR>YEM"));
  }

  @Test
  void code_statementCondemningSomeone_isCondemnedByTheStatementsAuthor() {
    Document doc = new CoderFixture("Egypt issued a statement condemning Israel.")
        .sentence("Egypt/NNP/2/nsubj issued/VBD/0/root/issue a/DT/4/det statement/NN/2/obj "
            + "condemning/VBG/4/acl/condemn Israel/NNP/5/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("EGY>ISR:111");
  }

  @Test
  void code_groupCondemningSomeone_isStillTheGroupsOwnAct() {
    // not a text: "a rally condemning X" is not its organiser's statement
    Document doc = new CoderFixture("Egypt banned a rally condemning Israel.")
        .sentence("Egypt/NNP/2/nsubj banned/VBD/0/root/ban a/DT/4/det rally/NN/2/obj "
            + "condemning/VBG/4/acl/condemn Israel/NNP/5/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("EGY>ISR:11"));
  }

  @Test
  void code_coordinatedQualifiersOfOneNoun_areTwoSidesThatCanAgreeWithEachOther() {
    Document doc = new CoderFixture("British and EU negotiators agreed on a deal.")
        .sentence("British/JJ/4/amod and/CC/3/cc EU/NNP/1/conj negotiators/NNS/5/nsubj/negotiator agreed/VBD/0/root/agree "
            + "on/IN/8/case a/DT/8/det deal/NN/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.source().text() + ">" + e.target().map(t -> t.text()).orElse(""))
        .containsExactlyInAnyOrder("British>EU negotiators", "EU negotiators>British");
  }

  @Test
  void code_coordinatedQualifiersOfOneNoun_eachActsOnTheTarget() {
    Document doc = new CoderFixture("Kenyan and Somali troops attacked Eritrea.")
        .sentence("Kenyan/JJ/4/amod and/CC/3/cc Somali/JJ/1/conj troops/NNS/5/nsubj/troop attacked/VBD/0/root/attack "
            + "Eritrea/NNP/5/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.source().text() + ">" + e.target().map(t -> t.text()).orElse(""))
        .containsExactlyInAnyOrder("Kenyan>Eritrea", "Somali troops>Eritrea");
  }

  @Test
  void code_stackedQualifiersOfOneNoun_areNotTwoSides() {
    Document doc = new CoderFixture("Iraqi Kurdish negotiators agreed on a deal.")
        .sentence("Iraqi/JJ/3/amod Kurdish/JJ/3/amod negotiators/NNS/4/nsubj/negotiator agreed/VBD/0/root/agree "
            + "on/IN/7/case a/DT/7/det deal/NN/4/obl ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.target().isPresent()
        && e.target().get().span().overlaps(e.source().span()));
  }

  @Test
  void code_supportForSomeonesEffortsToAct_readAsAForToClause_isSupportForThatActor() {
    // The parser's reading: "for Kenya's efforts to end" a clause on "support" with "efforts" its subject.
    Document doc = new CoderFixture("Norway pledged full support for Kenya's efforts to end the war.")
        .sentence("Norway/NNP/2/nsubj pledged/VBD/0/root/pledge full/JJ/4/amod support/NN/2/obj for/IN/10/mark "
            + "Kenya/NNP/8/nmod:poss 's/POS/6/case efforts/NNS/10/nsubj/effort to/TO/10/mark end/VB/4/acl "
            + "the/DT/12/det war/NN/10/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("NOR>KEN:032");
  }

  @Test
  void code_rejectedSomeonesOwnAgreement_targetsItsOwner() {
    Document doc = new CoderFixture("Parliament rejected Egypt's agreement on trade with Libya.")
        .sentence("Parliament/NNP/2/nsubj rejected/VBD/0/root/reject Egypt/NNP/5/nmod:poss 's/POS/3/case "
            + "agreement/NN/2/obj on/IN/7/case trade/NN/5/nmod with/IN/9/case Libya/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.target().flatMap(t -> t.code()).orElse(""))
        .isNotEmpty().allMatch(c -> c.startsWith("EGY"));
  }
}
