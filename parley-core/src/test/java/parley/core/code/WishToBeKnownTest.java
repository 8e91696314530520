package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Wanting someone to know something tells it; wanting them to act appeals to them (020). */
class WishToBeKnownTest {

  @Test
  void code_wantsOfficialsToKnow_isNoAppeal() {
    Document doc = new CoderFixture("Ukraine wants Russian officials to know that it will not back down.")
        .sentence("Ukraine/NNP/2/nsubj wants/VBZ/0/root/want Russian/JJ/4/amod officials/NNS/2/obj/official "
            + "to/TO/6/mark know/VB/2/xcomp that/IN/11/mark it/PRP/11/nsubj will/MD/11/aux not/RB/11/advmod "
            + "back/VB/6/ccomp down/RP/11/compound:prt ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("UKR>RUSGOV:02"));
  }

  @Test
  void code_wantsOfficialsToWithdraw_isStillAnAppeal() {
    Document doc = new CoderFixture("Ukraine wants Russian officials to withdraw their troops.")
        .sentence("Ukraine/NNP/2/nsubj wants/VBZ/0/root/want Russian/JJ/4/amod officials/NNS/2/obj/official "
            + "to/TO/6/mark withdraw/VB/2/xcomp their/PRP$/8/nmod:poss/they troops/NNS/6/obj ./././punct")
        .code();
    assertThat(CoderFixture.asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("UKR>RUSGOV:02"));
  }
}
