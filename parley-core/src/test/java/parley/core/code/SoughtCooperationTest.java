package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** An asserted aim to deepen cooperation ("are seeking to deepen ties") is an expressed intent to cooperate. */
class SoughtCooperationTest {
  @Test
  void code_seekingToDeepenAPartnershipInTrade_isIntentToCooperateEconomically() {
    Document doc = new CoderFixture("Japan and India are seeking to deepen a partnership in trade.")
        .sentence("Japan/NNP/5/nsubj and/CC/3/cc India/NNP/1/conj are/VBP/5/aux/be seeking/VBG/0/root/seek "
            + "to/TO/7/mark deepen/VB/5/xcomp a/DT/9/det partnership/NN/7/obj in/IN/11/case trade/NN/9/nmod "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("JPN>IND:0311", "IND>JPN:0311");
  }

  @Test
  void code_aimingToStrengthenTiesWithAnother_isIntentToCooperateDiplomatically() {
    Document doc = new CoderFixture("Chile aims to strengthen its ties with Peru.")
        .sentence("Chile/NNP/2/nsubj aims/VBZ/0/root/aim to/TO/4/mark strengthen/VB/2/xcomp its/PRP$/6/nmod:poss/its "
            + "ties/NNS/4/obj/tie with/IN/8/case Peru/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).allMatch(d -> d.startsWith("CHL>PER:03"));
  }

  @Test
  void code_notSeekingToDeepenTies_statesNoIntent() {
    Document doc = new CoderFixture("Japan is not seeking to deepen its ties with India.")
        .sentence("Japan/NNP/4/nsubj is/VBZ/4/aux/be not/RB/4/advmod seeking/VBG/0/root/seek to/TO/6/mark "
            + "deepen/VB/4/xcomp its/PRP$/8/nmod:poss/its ties/NNS/6/obj/tie with/IN/10/case India/NNP/8/nmod "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }
}
