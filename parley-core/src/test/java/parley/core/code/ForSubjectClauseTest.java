package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Mode;

/** "for X to do": what should be done, not what was done. */
class ForSubjectClauseTest {
  @Test
  void code_theWayOutIsForXToJoinForcesWithY_isHypothetical() {
    Document doc = new CoderFixture("The only way out is for Britain to join forces with France.")
        .sentence("The/DT/3/det only/JJ/3/amod way/NN/9/nsubj out/RB/3/advmod is/VBZ/9/cop/be for/IN/9/mark "
            + "Britain/NNP/9/nsubj to/TO/9/mark join/VB/0/root forces/NNS/9/obj/force with/IN/12/case "
            + "France/NNP/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
    assertThat(doc.events()).isNotEmpty().allMatch(e -> e.mode() == Mode.HYPOTHETICAL);
  }
}
