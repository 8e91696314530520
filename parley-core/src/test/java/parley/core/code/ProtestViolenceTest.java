package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** The codebook's riot (145): violence done by protesters. */
class ProtestViolenceTest {
  @Test
  void code_propertyDestroyedByProtesters_isARiot() {
    Document doc = new CoderFixture("The Syrian embassy was torched by Lebanese protesters.")
        .sentence("The/DT/3/det Syrian/JJ/3/amod embassy/NN/5/nsubj:pass was/VBD/5/aux:pass/be torched/VBN/0/root/torch "
            + "by/IN/8/case Lebanese/JJ/8/amod protesters/NNS/5/obl/protester ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("LBNOPP>SYRGOV:145");
  }

  @Test
  void code_theSameActByOthers_staysAnAttack() {
    Document doc = new CoderFixture("The Syrian embassy was torched by Lebanese militants.")
        .sentence("The/DT/3/det Syrian/JJ/3/amod embassy/NN/5/nsubj:pass was/VBD/5/aux:pass/be torched/VBN/0/root/torch "
            + "by/IN/8/case Lebanese/JJ/8/amod militants/NNS/5/obl/militant ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root()).doesNotContain("14");
  }

  @Test
  void code_protestersLaunchingRockets_fightRatherThanRiot() {
    Document doc = new CoderFixture("Syrian demonstrators launched rockets at the Syrian army.")
        .sentence("Syrian/JJ/2/amod demonstrators/NNS/3/nsubj/demonstrator launched/VBD/0/root/launch "
            + "rockets/NNS/3/obj/rocket at/IN/8/case the/DT/8/det Syrian/JJ/8/amod army/NN/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root()).containsExactly("19");
  }

  @Test
  void code_protestersExchangingFireWithGunmen_fightRatherThanRiot() {
    Document doc = new CoderFixture("Iraqi protesters exchanged fire with Kurdish gunmen.")
        .sentence("Iraqi/JJ/2/amod protesters/NNS/3/nsubj/protester exchanged/VBD/0/root/exchange fire/NN/3/obj "
            + "with/IN/7/case Kurdish/JJ/7/amod gunmen/NNS/3/obl/gunman ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root()).doesNotContain("14");
  }
}
