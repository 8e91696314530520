package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/**
 * The frames of "warn" the CAMEO codebook tells apart: a coercive warning with repercussions is a threat
 * (130), a warning of a danger nobody threatens is a pessimistic comment (012), and a warning against
 * travel to a country, like any travel advisory, reduces relations with it (160).
 */
class WarningFramesTest {
  @Test
  void code_warnedOfACrisisInACountry_isPessimismAboutItNoThreat() {
    Document doc = new CoderFixture("The Ghanaian minister warned of a looming food crisis in Malawi.")
        .sentence("The/DT/3/det Ghanaian/JJ/3/amod minister/NN/4/nsubj warned/VBD/0/root/warn of/IN/9/case a/DT/9/det "
            + "looming/VBG/9/amod/loom food/NN/9/compound crisis/NN/4/obl in/IN/11/case Malawi/NNP/9/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GHAGOV>MWI:012");
  }

  @Test
  void code_warnedOfACrisisWithNoOneAddressed_isNoThreatAgainstTheCrisis() {
    Document doc = new CoderFixture("The Ghanaian minister warned of a food crisis.")
        .sentence("The/DT/3/det Ghanaian/JJ/3/amod minister/NN/4/nsubj warned/VBD/0/root/warn of/IN/8/case a/DT/8/det "
            + "food/NN/8/compound crisis/NN/4/obl ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().code().startsWith("13"));
  }

  @Test
  void code_warnedACountryOfConsequences_staysAThreat() {
    Document doc = new CoderFixture("Ghana warned Togo of serious consequences.")
        .sentence("Ghana/NNP/2/nsubj warned/VBD/0/root/warn Togo/NNP/2/obj of/IN/6/case serious/JJ/6/amod "
            + "consequences/NNS/2/obl/consequence ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GHA>TGO:130");
  }

  @Test
  void code_advisedAgainstTravelToACountry_reducesRelationsWithIt() {
    Document doc = new CoderFixture("The Kenyan foreign ministry advised against travel to Somalia.")
        .sentence("The/DT/4/det Kenyan/JJ/4/amod foreign/JJ/4/amod ministry/NN/5/nsubj advised/VBD/0/root/advise "
            + "against/IN/7/case travel/NN/5/obl to/IN/9/case Somalia/NNP/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENGOV>SOM:160");
  }

  @Test
  void code_issuedATravelWarningForACountry_reducesRelationsNoThreat() {
    Document doc = new CoderFixture("Canada issued a travel warning for Haiti.")
        .sentence("Canada/NNP/2/nsubj issued/VBD/0/root/issue a/DT/5/det travel/NN/5/compound warning/NN/2/obj "
            + "for/IN/7/case Haiti/NNP/5/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("CAN>HTI:160");
  }

  @Test
  void code_warnedCitizensAgainstTravellingToACountry_isATravelWarningAndNoVisit() {
    Document doc = new CoderFixture("Britain warned its citizens against travelling to Yemen.")
        .sentence("Britain/NNP/2/nsubj warned/VBD/0/root/warn its/PRP$/4/nmod:poss citizens/NNS/2/obj/citizen "
            + "against/IN/6/case travelling/VBG/2/advcl/travel to/IN/8/case Yemen/NNP/6/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GBR>YEM:160");
  }
}
