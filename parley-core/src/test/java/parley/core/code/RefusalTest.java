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
}
