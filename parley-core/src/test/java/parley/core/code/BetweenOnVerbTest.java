package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** An event noun as subject takes its two sides from the "between" phrase its verb holds. */
class BetweenOnVerbTest {
  @Test
  void code_talksWereHeldBetweenXAndY_isAConsultationBetweenThem() {
    Document doc = new CoderFixture("Talks were held between Norway and Sweden on Monday.")
        .sentence("Talks/NNS/3/nsubj:pass/talk were/VBD/3/aux:pass/be held/VBN/0/root/hold between/IN/5/case "
            + "Norway/NNP/3/obl and/CC/7/cc Sweden/NNP/5/conj on/IN/9/case Monday/NNP/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NOR>SWE:046");
  }

  @Test
  void code_clashesBrokeOutBetweenTwoForces_isForceByEachSide() {
    Document doc = new CoderFixture("Clashes broke out between Norwegian and Swedish troops.")
        .sentence("Clashes/NNS/2/nsubj/clash broke/VBD/0/root/break out/RP/2/compound:prt between/IN/8/case "
            + "Norwegian/JJ/8/amod and/CC/7/cc Swedish/JJ/5/conj troops/NNS/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("NORMIL>SWEMIL:190", "SWEMIL>NORMIL:190");
  }

  @Test
  void code_talksWillBeHeldBetweenXAndY_areNotAsserted() {
    Document doc = new CoderFixture("Talks will be held between Norway and Sweden.")
        .sentence("Talks/NNS/4/nsubj:pass/talk will/MD/4/aux be/VB/4/aux:pass held/VBN/0/root/hold between/IN/6/case "
            + "Norway/NNP/4/obl and/CC/8/cc Sweden/NNP/6/conj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
    assertThat(doc.events()).extracting(CoderFixture::dyad).contains("NOR>SWE:046");
  }
}
