package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Mode;

/** The codebook's rejections (12x): failed negotiations and stated refusals to yield. */
class RefusalTest {
  @Test
  void code_failedToReachAgreement_isAMutualRejectionAndTheAgreementIsNegated() {
    Document doc = new CoderFixture("Peru and Chile failed to reach agreement on a trade deal.")
        .sentence("Peru/NNP/4/nsubj and/CC/3/cc Chile/NNP/1/conj failed/VBD/0/root/fail to/TO/6/mark reach/VB/4/xcomp "
            + "agreement/NN/6/obj on/IN/11/case a/DT/11/det trade/NN/11/compound deal/NN/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("PER>CHL:120", "CHL>PER:120");
    assertThat(doc.events()).filteredOn(e -> e.type().root().equals("05"))
        .allMatch(e -> e.mode() == Mode.NEGATED);
  }

  @Test
  void code_reiteratedThatItWillNotLiftAnEmbargo_isAStatedRefusalToYield() {
    Document doc = new CoderFixture("The minister reiterated that Japan will not lift the embargo on Cuba.")
        .sentence("The/DT/2/det minister/NN/3/nsubj reiterated/VBD/0/root/reiterate that/IN/8/mark Japan/NNP/8/nsubj "
            + "will/MD/8/aux not/RB/8/advmod lift/VB/3/ccomp the/DT/10/det embargo/NN/8/obj on/IN/12/case "
            + "Cuba/NNP/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPN>CUB:124");
  }

  @Test
  void code_willNotEndTheStrikeUntilDemandsAreMetByX_isARefusalAddressedToX() {
    Document doc = new CoderFixture("The miners say they will not end the strike until their demands are met by Japan.")
        .sentence("The/DT/2/det miners/NNS/3/nsubj/miner say/VBP/0/root they/PRP/7/nsubj will/MD/7/aux not/RB/7/advmod "
            + "end/VB/3/ccomp the/DT/9/det strike/NN/7/obj until/IN/14/mark their/PRP$/12/nmod:poss/they "
            + "demands/NNS/14/nsubj:pass/demand are/VBP/14/aux:pass/be met/VBN/7/advcl/meet by/IN/16/case "
            + "Japan/NNP/14/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code() + ">" + e.target().flatMap(t -> t.code()).orElse("?"))
        .contains("124>JPN");
  }

  @Test
  void code_rejectedAPlanPutForwardByX_readsTheParticipleMisparsedAsAClause() {
    // the parser reads "a new plan put forward by ..." as a clause of its own: the plan is still the object
    Document doc = new CoderFixture("The Ugandan court rejected a new plan put forward by the Kenyan government.")
        .sentence("The/DT/3/det Ugandan/JJ/3/amod court/NN/4/nsubj rejected/VBD/0/root/reject a/DT/7/det new/JJ/7/amod "
            + "plan/NN/8/nsubj put/VBD/4/ccomp forward/RB/8/advmod by/IN/13/case the/DT/13/det Kenyan/JJ/13/amod "
            + "government/NN/8/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("UGAJUD>KENGOV:127");
  }

  @Test
  void code_saidItWillNeverStopItsWarOnX_isAStatedRefusalToDeEscalate() {
    Document doc = new CoderFixture("The Somali government said it will never stop its war on al-Shabaab.")
        .sentence("The/DT/3/det Somali/JJ/3/amod government/NN/4/nsubj said/VBD/0/root/say it/PRP/8/nsubj will/MD/8/aux "
            + "never/RB/8/advmod stop/VB/4/ccomp its/PRP$/10/nmod:poss war/NN/8/obj on/IN/14/case al/NNP/14/compound "
            + "-/HYPH/14/punct Shabaab/NNP/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("SOMGOV>SOMREB:124");
    assertThat(doc.events()).anyMatch(e -> e.type().code().equals("0871") && e.mode() == Mode.NEGATED);
  }

  @Test
  void code_violatedABanByX_defiesTheBansAuthor() {
    Document doc = new CoderFixture("Iran has violated a ban by the UN on missile tests.")
        .sentence("Iran/NNP/3/nsubj has/VBZ/3/aux/have violated/VBN/0/root/violate a/DT/5/det ban/NN/3/obj by/IN/8/case "
            + "the/DT/8/det UN/NNP/5/nmod on/IN/11/case missile/NN/11/compound tests/NNS/5/nmod/test ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRN>IGOUNO:128");
  }

  @Test
  void code_willNotLiftTheEmbargoItImposedOnX_findsTheTargetInTheClauseOnTheObject() {
    Document doc = new CoderFixture("The United States will not lift the embargo it imposed on Cuba.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/6/nsubj will/MD/6/aux not/RB/6/advmod lift/VB/0/root "
            + "the/DT/8/det embargo/NN/6/obj it/PRP/10/nsubj imposed/VBD/8/acl:relcl/impose on/IN/12/case "
            + "Cuba/NNP/10/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("USA>CUB:124");
  }

  @Test
  void code_dismissedAComplaintFiledByX_rejectsTheComplainant() {
    Document doc = new CoderFixture("The Kenyan court dismissed the complaint filed by the Ugandan government.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod court/NN/4/nsubj dismissed/VBD/0/root/dismiss the/DT/6/det "
            + "complaint/NN/4/obj filed/VBN/6/acl/file by/IN/11/case the/DT/11/det Ugandan/JJ/11/amod "
            + "government/NN/7/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENJUD>UGAGOV:120");
  }

  @Test
  void code_deniedTheCharge_isNoRejectionOfTheChargeAsTarget() {
    Document doc = new CoderFixture("Pakistan has denied the charge.")
        .sentence("Pakistan/NNP/3/nsubj has/VBZ/3/aux/have denied/VBN/0/root/deny the/DT/5/det charge/NN/3/obj ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().root().equals("12"));
    assertThat(doc.events()).allMatch(e -> e.type().code().equals("016"));
  }
}
