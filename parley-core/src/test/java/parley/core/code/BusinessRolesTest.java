package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** A firm's managers and officials are business (BUS), not the army or the government. */
class BusinessRolesTest {
  @Test
  void code_generalManagerOfAJapaneseFirm_isBusinessNotMilitary() {
    Document doc = new CoderFixture("The Japanese general manager met Chinese officials.")
        .sentence("The/DT/4/det Japanese/JJ/4/amod general/JJ/4/amod manager/NN/5/nsubj met/VBD/0/root/meet "
            + "Chinese/JJ/7/amod officials/NNS/5/obj/official ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("JPNBUS>CHNGOV:040");
  }

  @Test
  void code_japaneseCompanyOfficials_areBusinessNotGovernment() {
    Document doc = new CoderFixture("Japanese company officials met Chinese officials.")
        .sentence("Japanese/JJ/3/amod company/NN/3/compound officials/NNS/4/nsubj/official met/VBD/0/root/meet "
            + "Chinese/JJ/6/amod officials/NNS/4/obj/official ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("JPNBUS>CHNGOV:040");
  }
}
