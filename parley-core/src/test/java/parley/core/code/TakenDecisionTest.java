package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Mode;

/**
 * A decision taken by the one who carries out the act it decides is that act ("Japan has decided
 * to lift the sanctions"), for the acts a decision puts into effect; not a decision not taken, nor a
 * decision to deliberate further, nor one to do an act in the field ("decided to attack").
 */
class TakenDecisionTest {
  private static final String LIFT = "Japan/NNP/3/nsubj has/VBZ/3/aux/have decided/VBN/0/root/decide to/TO/5/mark "
      + "lift/VB/3/xcomp the/DT/7/det sanctions/NNS/5/obj/sanction on/IN/9/case India/NNP/7/nmod ./././punct";

  @Test
  void code_hasDecidedToLiftSanctions_isTheLiftingAsserted() {
    Document doc = new CoderFixture("Japan has decided to lift the sanctions on India.").sentence(LIFT).code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPN>IND:" + liftCode(doc));
    assertThat(asserted(doc).get(0).type().plover()).isEqualTo("YIELD");
  }

  @Test
  void code_decidedToExpelAndLift_conjunctIsAssertedToo() {
    Document doc = new CoderFixture("Japan decided to expel Indian diplomats and lift the sanctions on India.")
        .sentence("Japan/NNP/2/nsubj decided/VBD/0/root/decide to/TO/4/mark expel/VB/2/xcomp Indian/JJ/6/amod "
            + "diplomats/NNS/4/obj/diplomat and/CC/8/cc lift/VB/4/conj the/DT/10/det sanctions/NNS/8/obj/sanction "
            + "on/IN/12/case India/NNP/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().plover()).contains("YIELD");
    assertThat(asserted(doc)).noneMatch(e -> e.type().code().startsWith("03"));
  }

  @Test
  void code_didNotDecideToLift_isNoAct() {
    Document doc = new CoderFixture("Japan did not decide to lift the sanctions on India.")
        .sentence("Japan/NNP/5/nsubj did/VBD/5/aux/do not/RB/5/advmod decide/VB/0/root to/TO/7/mark "
            + "lift/VB/5/xcomp the/DT/9/det sanctions/NNS/7/obj/sanction on/IN/11/case India/NNP/9/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().plover().equals("YIELD"));
  }

  @Test
  void code_willDecideToLift_staysHypothetical() {
    Document doc = new CoderFixture("Japan will decide to lift the sanctions on India.")
        .sentence("Japan/NNP/3/nsubj will/MD/3/aux decide/VB/0/root to/TO/5/mark "
            + "lift/VB/3/xcomp the/DT/7/det sanctions/NNS/5/obj/sanction on/IN/9/case India/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().plover().equals("YIELD"));
  }

  @Test
  void code_decidedToAttack_isStillAThreat() {
    Document doc = new CoderFixture("Syria decided to attack Turkey.")
        .sentence("Syria/NNP/2/nsubj decided/VBD/0/root/decide to/TO/4/mark attack/VB/2/xcomp Turkey/NNP/4/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("SYR>TUR:1383");
    assertThat(doc.events()).anyMatch(e -> e.type().code().equals("180") && e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void code_decidedToConsiderLifting_isNoAct() {
    Document doc = new CoderFixture("Japan decided to consider lifting the sanctions on India.")
        .sentence("Japan/NNP/2/nsubj decided/VBD/0/root/decide to/TO/4/mark consider/VB/2/xcomp "
            + "lifting/VBG/4/xcomp/lift the/DT/7/det sanctions/NNS/5/obj/sanction on/IN/9/case India/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().plover().equals("YIELD"));
  }

  private static String liftCode(Document doc) {
    return doc.events().stream().filter(e -> e.mode() == Mode.ASSERTED).map(Event::type)
        .map(t -> t.code()).findFirst().orElse("none");
  }
}
