package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Rebels of no stated country are the rebels of the state they fight. */
class HomeInsurgentsTest {
  @Test
  void code_guerrillasAttackedTheKenyanArmy_areKenyanRebels() {
    Document doc = new CoderFixture("Guerrillas attacked the Kenyan army on Friday.")
        .sentence("Guerrillas/NNS/2/nsubj/guerrilla attacked/VBD/0/root/attack the/DT/5/det Kenyan/JJ/5/amod "
            + "army/NN/2/obj on/IN/7/case Friday/NNP/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).allMatch(d -> d.startsWith("KENREB>KENMIL:19"));
    assertThat(asserted(doc)).isNotEmpty();
  }

  @Test
  void code_guerrillasCriticisedTheKenyanArmy_keepNoCountry() {
    Document doc = new CoderFixture("Guerrillas criticised the Kenyan army on Friday.")
        .sentence("Guerrillas/NNS/2/nsubj/guerrilla criticised/VBD/0/root/criticise the/DT/5/det Kenyan/JJ/5/amod "
            + "army/NN/2/obj on/IN/7/case Friday/NNP/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("?>KENMIL:111");
  }
}
