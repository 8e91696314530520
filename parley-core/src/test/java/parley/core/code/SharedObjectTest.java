package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Two verbs joined by "and" with one object after the second both act on it. */
class SharedObjectTest {
  @Test
  void code_metAndPraisedX_meetsAndPraisesX() {
    Document doc = new CoderFixture("Norway met and praised Sweden.")
        .sentence("Norway/NNP/2/nsubj met/VBD/0/root/meet and/CC/4/cc praised/VBD/2/conj/praise Sweden/NNP/4/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("NOR>SWE:040", "NOR>SWE:051");
  }

  @Test
  void code_metSomewhereAndPraisedX_meetsNoOneNamed() {
    Document doc = new CoderFixture("Norway met in Oslo and praised Sweden.")
        .sentence("Norway/NNP/2/nsubj met/VBD/0/root/meet in/IN/4/case Oslo/NNP/2/obl and/CC/6/cc praised/VBD/2/conj/praise "
            + "Sweden/NNP/6/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NOR>SWE:051");
  }
}
