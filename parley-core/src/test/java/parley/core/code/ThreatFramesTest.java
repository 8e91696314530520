package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/**
 * Threats as the CAMEO codebook sorts them: a threatened occupation is 1382, and asking others to
 * sanction a country threatens nothing but rallies opposition against it (113).
 */
class ThreatFramesTest {
  @Test
  void code_urgedSanctionsAgainstACountry_ralliesOppositionNoThreat() {
    Document doc = new CoderFixture("Kenyan lawmakers urged sanctions against Uganda.")
        .sentence("Kenyan/JJ/2/amod lawmakers/NNS/3/nsubj/lawmaker urged/VBD/0/root/urge sanctions/NNS/3/obj/sanction "
            + "against/IN/6/case Uganda/NNP/4/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENLEG>UGA:113");
  }

  @Test
  void code_threatenedToOccupyACountry_isAThreatOfOccupation() {
    Document doc = new CoderFixture("Ghana threatened to occupy Togo.")
        .sentence("Ghana/NNP/2/nsubj threatened/VBD/0/root/threaten to/TO/4/mark occupy/VB/2/xcomp Togo/NNP/4/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("GHA>TGO:1382").doesNotContain("GHA>TGO:1384");
  }
}
