package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** A noun nested in a slot names its holder by its own adjective before any place inside it. */
class NestedHolderTest {
  @Test
  void code_concernAtSignsOfFrenchInterestInChad_isTowardFrance() {
    Document doc = new CoderFixture("Libya expressed concern at signs of renewed French interest in Chad.")
        .sentence("Libya/NNP/2/nsubj expressed/VBD/0/root/express concern/NN/2/obj at/IN/5/case signs/NNS/3/nmod/sign "
            + "of/IN/9/case renewed/VBN/9/amod/renew French/JJ/9/amod interest/NN/5/nmod in/IN/11/case "
            + "Chad/NNP/9/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).isNotEmpty().allMatch(d -> d.startsWith("LBY>FRA:"));
  }
}
