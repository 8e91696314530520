package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;
import static parley.core.code.CoderFixture.dyad;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Mode;

/** The terms of a deal ("provided that", "on condition that", "conditional on") assert no act. */
class ProvisoTermsTest {
  @Test
  void code_releaseNamedAsTheConditionOfAid_isHypothetical() {
    Document doc = new CoderFixture("Aid to Egypt is conditional on the release of the activists by the Egyptian government.")
        .sentence("Aid/NN/5/nsubj/aid to/IN/3/case/to Egypt/NNP/1/nmod/egypt is/VBZ/5/cop/be conditional/JJ/0/root/conditional "
            + "on/IN/8/case/on the/DT/8/det/the release/NN/5/obl/release of/IN/11/case/of the/DT/11/det/the "
            + "activists/NNS/8/nmod/activist by/IN/15/case/by the/DT/15/det/the Egyptian/JJ/15/amod/egyptian "
            + "government/NN/8/nmod/government ././5/punct/.")
        .code();
    assertThat(doc.events()).anyMatch(e -> e.type().code().equals("0841") && e.mode() == Mode.HYPOTHETICAL);
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_actAfterProvidedThat_isHypothetical() {
    Document doc = new CoderFixture("Israel agreed to release the prisoners, provided that Hamas frees the Israeli soldier.")
        .sentence("Israel/NNP/2/nsubj/israel agreed/VBD/0/root/agree to/TO/4/mark/to release/VB/2/xcomp/release "
            + "the/DT/6/det/the prisoners/NNS/4/obj/prisoner ,/,/2/punct/, provided/VBD/2/dep/provide that/IN/11/mark/that "
            + "Hamas/NNP/11/nsubj/hamas frees/VBZ/8/ccomp/free the/DT/14/det/the Israeli/JJ/14/amod/israeli "
            + "soldier/NN/11/obj/soldier ././2/punct/.")
        .code();
    assertThat(doc.events()).filteredOn(e -> e.source().code().orElse("").startsWith("PSE"))
        .isNotEmpty().allMatch(e -> e.mode() == Mode.HYPOTHETICAL);
    assertThat(asserted(doc)).noneMatch(e -> e.type().code().equals("0841"));
  }

  @Test
  void code_actOnConditionThat_isHypothetical() {
    Document doc = new CoderFixture(
        "Washington will resume aid to Egypt on condition that the Egyptian government releases the activists.")
        .sentence("Washington/NNP/3/nsubj/washington will/MD/3/aux/will resume/VB/0/root/resume aid/NN/3/obj/aid "
            + "to/IN/6/case/to Egypt/NNP/3/obl/egypt on/IN/8/case/on condition/NN/3/obl/condition that/IN/13/mark/that "
            + "the/DT/12/det/the Egyptian/JJ/12/amod/egyptian government/NN/13/nsubj/government "
            + "releases/VBZ/8/ccomp/release the/DT/15/det/the activists/NNS/13/obj/activist ././3/punct/.")
        .code();
    assertThat(doc.events()).anyMatch(e -> e.type().code().equals("0841") && e.mode() == Mode.HYPOTHETICAL);
    assertThat(asserted(doc)).noneMatch(e -> e.type().code().equals("0841"));
  }

  @Test
  void code_withdrawalContingentOnAHalt_isHypothetical() {
    Document doc = new CoderFixture("The Israeli withdrawal from Gaza is contingent on a halt to attacks by Hamas.")
        .sentence("The/DT/3/det/the Israeli/JJ/3/amod/israeli withdrawal/NN/7/nsubj/withdrawal from/IN/5/case/from "
            + "Gaza/NNP/3/nmod/gaza is/VBZ/7/cop/be contingent/JJ/0/root/contingent on/IN/10/case/on a/DT/10/det/a "
            + "halt/NN/7/obl/halt to/IN/12/case/to attacks/NNS/10/nmod/attack by/IN/14/case/by Hamas/NNP/12/nmod/hamas "
            + "././7/punct/.")
        .code();
    assertThat(doc.events()).anyMatch(e -> e.type().code().equals("0874") && e.mode() == Mode.HYPOTHETICAL);
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_aidProvidedAfterAnEarthquake_staysAsserted() {
    Document doc = new CoderFixture("The United States provided aid to Pakistan after the earthquake.")
        .sentence("The/DT/3/det/the United/NNP/3/compound/united States/NNP/4/nsubj/states provided/VBD/0/root/provide "
            + "aid/NN/4/obj/aid to/IN/7/case/to Pakistan/NNP/4/obl/pakistan after/IN/10/case/after the/DT/10/det/the "
            + "earthquake/NN/4/obl/earthquake ././4/punct/.")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("USA>PAK:07"));
  }
}
