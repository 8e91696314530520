package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Former officials are their country's elites (CAMEO ELI), not the government they once served. */
class FormerTitlesTest {
  @Test
  void code_formerDefenceMinister_isEliteNotGovernmentOrMilitary() {
    Document doc = new CoderFixture("The former Japanese defence minister met Chinese officials.")
        .sentence("The/DT/5/det former/JJ/5/amod Japanese/JJ/5/amod defence/NN/5/compound minister/NN/6/nsubj "
            + "met/VBD/0/root/meet Chinese/JJ/8/amod officials/NNS/6/obj/official ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPNELI>CHNGOV:040");
  }

  @Test
  void code_exMinister_isElite() {
    Document doc = new CoderFixture("A Japanese ex-minister met Chinese officials.")
        .sentence("A/DT/3/det Japanese/JJ/3/amod ex-minister/NN/4/nsubj met/VBD/0/root/meet Chinese/JJ/6/amod "
            + "officials/NNS/4/obj/official ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPNELI>CHNGOV:040");
  }

  @Test
  void code_formerRebels_keepTheirRole() {
    Document doc = new CoderFixture("Former Afghan rebels met Chinese officials.")
        .sentence("Former/JJ/3/amod Afghan/JJ/3/amod rebels/NNS/4/nsubj/rebel met/VBD/0/root/meet Chinese/JJ/6/amod "
            + "officials/NNS/4/obj/official ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("AFGREB>CHNGOV:040");
  }

  @Test
  void code_namedFormerPrimeMinister_isEliteAfterLeavingOffice() {
    Document doc = new CoderFixture("Former prime minister Gordon Brown met Chinese officials.")
        .sentence("Former/JJ/3/amod prime/JJ/3/amod minister/NN/5/compound Gordon/NNP/5/compound Brown/NNP/6/nsubj "
            + "met/VBD/0/root/meet Chinese/JJ/8/amod officials/NNS/6/obj/official ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GBRELI>CHNGOV:040");
  }

  @Test
  void code_personOutOfOffice_isEliteButInOfficeIsGovernment() {
    String text = "Gordon Brown met Chinese officials.";
    String spec = "Gordon/NNP/2/compound Brown/NNP/3/nsubj met/VBD/0/root/meet Chinese/JJ/5/amod "
        + "officials/NNS/3/obj/official ./././punct";
    Document after = new CoderFixture(text).sentence(spec).code();
    Document during = new CoderFixture(text).published(LocalDate.of(2008, 3, 1)).sentence(spec).code();
    assertThat(asserted(after)).extracting(CoderFixture::dyad).containsExactly("GBRELI>CHNGOV:040");
    assertThat(asserted(during)).extracting(CoderFixture::dyad).containsExactly("GBRGOV>CHNGOV:040");
  }

  @Test
  void code_usWithoutItsFinalDot_isTheUnitedStates() {
    Document doc = new CoderFixture("The U.S met Chinese officials.")
        .sentence("The/DT/2/det U.S/NNP/3/nsubj met/VBD/0/root/meet Chinese/JJ/5/amod officials/NNS/3/obj/official "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("USA>CHNGOV:040");
  }
}
