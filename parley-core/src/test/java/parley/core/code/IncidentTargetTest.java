package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Claims of responsibility (015) and sympathy (018) for an incident aim at whom or where it hit. */
class IncidentTargetTest {
  @Test
  void code_claimingResponsibilityForAnAttackAtAPlace_aimsAtThePlace() {
    Document doc = new CoderFixture("The Nigerian militant group Boko Haram is claiming responsibility for a suicide attack "
        + "targeting worshippers at a church in Nigeria's capital.")
        .sentence("The/DT/4/det Nigerian/JJ/4/amod militant/JJ/4/amod group/NN/8/nsubj Boko/NNP/6/compound "
            + "Haram/NNP/4/dep is/VBZ/8/aux/be claiming/VBG/0/root/claim responsibility/NN/8/obj for/IN/13/case "
            + "a/DT/13/det suicide/NN/13/compound attack/NN/9/nmod targeting/VBG/13/acl/target "
            + "worshippers/NNS/14/obj/worshipper at/IN/18/case a/DT/18/det church/NN/14/obl in/IN/22/case "
            + "Nigeria/NNP/22/nmod:poss 's/POS/20/case capital/NN/18/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NGAREB>NGA:015");
  }

  @Test
  void code_claimingResponsibilityForAnAttackOnAnActor_aimsAtThatActor() {
    Document doc = new CoderFixture("The Sudanese rebels claimed responsibility for the attack on the Chadian army.")
        .sentence("The/DT/3/det Sudanese/JJ/3/amod rebels/NNS/4/nsubj/rebel claimed/VBD/0/root/claim "
            + "responsibility/NN/4/obj for/IN/8/case the/DT/8/det attack/NN/5/nmod on/IN/12/case the/DT/12/det "
            + "Chadian/JJ/12/amod army/NN/8/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("SDNREB>TCDMIL:015");
  }

  @Test
  void code_expressedSorrowForADisasterInACountry_isSympathyForThatCountry() {
    Document doc = new CoderFixture("The Canadian prime minister expressed sorrow for the deadly floods in Pakistan.")
        .sentence("The/DT/4/det Canadian/JJ/4/amod prime/JJ/4/amod minister/NN/5/nsubj expressed/VBD/0/root/express "
            + "sorrow/NN/5/obj for/IN/10/case the/DT/10/det deadly/JJ/10/amod floods/NNS/5/obl/flood "
            + "in/IN/12/case Pakistan/NNP/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("CANGOV>PAK:018");
  }
}
