package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** A participle on an act's noun ("targeting X", "aimed at X") names the act's target. */
class TargetingParticipleTest {
  @Test
  void code_carriedOutARaidTargetingCommanders_attacksThem() {
    Document doc = new CoderFixture("Iraqi troops carried out a raid targeting the Taliban in Kabul.")
        .sentence("Iraqi/JJ/2/amod troops/NNS/3/nsubj/troop carried/VBD/0/root/carry out/RP/3/compound:prt "
            + "a/DT/6/det raid/NN/3/obj targeting/VBG/6/acl/target the/DT/9/det Taliban/NNP/7/obj "
            + "in/IN/11/case Kabul/NNP/7/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRQMIL>AFGREB:180");
  }

  @Test
  void code_launchedAnOffensiveAimedAtTheTaliban_attacksThem() {
    Document doc = new CoderFixture("Iraqi troops launched an offensive aimed at the Taliban.")
        .sentence("Iraqi/JJ/2/amod troops/NNS/3/nsubj/troop launched/VBD/0/root/launch an/DT/5/det/a "
            + "offensive/NN/3/obj aimed/VBN/5/acl/aim at/IN/9/case the/DT/9/det Taliban/NNP/6/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRQMIL>AFGREB:190");
  }

  @Test
  void code_launchedAnOffensiveTheyPlannedForWeeks_hasNoTargetFromTheParticiple() {
    DependencyTree tree = new DependencyTree(new CoderFixture("Iraqi troops launched an offensive planned for weeks.")
        .sentence("Iraqi/JJ/2/amod troops/NNS/3/nsubj/troop launched/VBD/0/root/launch an/DT/5/det/a "
            + "offensive/NN/3/obj planned/VBN/5/acl/plan for/IN/8/case weeks/NNS/6/obl/week ./././punct")
        .code().sentences().get(0));
    assertThat(TargetingParticiple.of(tree, new ClauseArguments(tree), 4)).isEqualTo(-1);
  }
}
