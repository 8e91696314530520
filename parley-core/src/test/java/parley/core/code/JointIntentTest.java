package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Joint subjects promising an act promise it together, not to each other, unless the act is mutual. */
class JointIntentTest {
  @Test
  void code_jointSubjectsPromiseNotToRaiseTaxes_intendNothingTowardEachOther() {
    Document doc = new CoderFixture("Britain and France have promised not to raise taxes.")
        .sentence("Britain/NNP/5/nsubj and/CC/3/cc France/NNP/1/conj have/VBP/5/aux promised/VBN/0/root/promise "
            + "not/RB/8/advmod to/TO/8/mark raise/VB/5/xcomp taxes/NNS/8/obj/tax ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("GBR>FRA")
        || d.startsWith("FRA>GBR"));
  }

  @Test
  void code_jointSubjectsPledgeToDeepenTheirPartnership_intendItTowardEachOther() {
    Document doc = new CoderFixture("Britain and France pledged to deepen their partnership.")
        .sentence("Britain/NNP/4/nsubj and/CC/3/cc France/NNP/1/conj pledged/VBD/0/root/pledge to/TO/6/mark "
            + "deepen/VB/4/xcomp their/PRP$/8/nmod:poss/they partnership/NN/6/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("GBR>FRA:03"))
        .anyMatch(d -> d.startsWith("FRA>GBR:03"));
  }
}
