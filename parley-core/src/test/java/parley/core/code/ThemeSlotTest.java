package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** An event noun's slot hung on the thing its "of" phrase names is the noun's own. */
class ThemeSlotTest {
  @Test
  void code_offerOfAidToACountry_isAnOfferToThatCountry() {
    Document doc = new CoderFixture("Norway's offer of aid to Sweden was welcomed.")
        .sentence("Norway/NNP/3/nmod:poss 's/POS/1/case offer/NN/9/nsubj:pass of/IN/5/case aid/NN/3/nmod "
            + "to/IN/7/case Sweden/NNP/5/nmod was/VBD/9/aux:pass/be welcomed/VBN/0/root/welcome ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("NOR>SWE:030");
  }

  @Test
  void code_offerOfAnActorsSupport_takesNoSlotFromThatActor() {
    Document doc = new CoderFixture("Norway's offer of Sweden to Denmark was welcomed.")
        .sentence("Norway/NNP/3/nmod:poss 's/POS/1/case offer/NN/9/nsubj:pass of/IN/5/case Sweden/NNP/3/nmod "
            + "to/IN/7/case Denmark/NNP/5/nmod was/VBD/9/aux:pass/be welcomed/VBN/0/root/welcome ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("NOR>DNK"));
  }
}
