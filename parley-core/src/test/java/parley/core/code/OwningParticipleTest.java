package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** An act on a thing "belonging to X", "used by X" reaches X when no actor is named. */
class OwningParticipleTest {
  @Test
  void code_raidOnCampsBelongingToAGroup_attacksTheGroup() {
    Document doc = new CoderFixture("Kenyan troops carried out a raid on camps belonging to al-Shabaab.")
        .sentence("Kenyan/JJ/2/amod troops/NNS/3/nsubj/troop carried/VBD/0/root/carry out/RP/3/compound:prt "
            + "a/DT/6/det raid/NN/3/obj on/IN/8/case camps/NNS/6/nmod/camp belonging/VBG/8/acl/belong "
            + "to/IN/13/case al/NNP/13/compound -/HYPH/13/punct Shabaab/NNP/9/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENMIL>SOMREB:180");
  }

  @Test
  void code_struckTargetsBelongingToHamas_attacksHamas() {
    Document doc = new CoderFixture("Israeli troops struck targets belonging to Hamas in Gaza.")
        .sentence("Israeli/JJ/2/amod troops/NNS/3/nsubj/troop struck/VBD/0/root/strike targets/NNS/3/obj/target "
            + "belonging/VBG/4/acl/belong to/IN/7/case Hamas/NNP/5/obl in/IN/9/case Gaza/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("ISRMIL>PSEREB:190");
  }

  @Test
  void code_assuredXThatItWouldProvideAid_intendsAidTowardTheOneAssured() {
    Document doc = new CoderFixture("Japan assured China that it would provide aid after the earthquake.")
        .sentence("Japan/NNP/2/nsubj assured/VBD/0/root/assure China/NNP/2/obj that/IN/7/mark it/PRP/7/nsubj "
            + "would/MD/7/aux provide/VB/2/ccomp aid/NN/7/obj after/IN/11/case the/DT/11/det earthquake/NN/7/obl "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("JPN>CHN:033"));
  }
}
