package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** The codebook's reduced relations (16x) stated as a break with another actor. */
class ReducedRelationsTest {
  @Test
  void code_willHaveNothingMoreToDoWithX_isABreakOfRelationsWithX() {
    Document doc = new CoderFixture("The Kenyan government will have nothing more to do with the Ugandan government.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod government/NN/5/nsubj will/MD/5/aux have/VB/0/root nothing/NN/5/obj "
            + "more/JJR/6/amod to/TO/9/mark do/VB/5/ccomp with/IN/13/case the/DT/13/det Ugandan/JJ/13/amod "
            + "government/NN/9/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENGOV>UGAGOV:160");
  }

  @Test
  void code_saidItHadNothingToDoWithX_deniesALinkAndIsNoBreak() {
    Document doc = new CoderFixture("Kenya said it had nothing to do with the Ugandan rebels.")
        .sentence("Kenya/NNP/2/nsubj said/VBD/0/root/say it/PRP/4/nsubj had/VBD/2/ccomp/have nothing/NN/4/obj "
            + "to/TO/7/mark do/VB/4/ccomp with/IN/11/case the/DT/11/det Ugandan/JJ/11/amod rebels/NNS/7/obl/rebel "
            + "./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.endsWith(":160"));
  }
}
