package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** A clause hung on a verb of warning as parataxis, with no "that" and no punctuation, is its reported clause. */
class ReportedParataxisTest {
  @Test
  void code_warnedXItWouldImposeSanctionsParsedAsParataxis_threatensTheOneWarned() {
    Document doc = new CoderFixture("Norway warned Sweden it would impose sanctions.")
        .sentence("Norway/NNP/2/nsubj warned/VBD/0/root/warn Sweden/NNP/2/obj it/PRP/6/nsubj would/MD/6/aux "
            + "impose/VB/2/parataxis sanctions/NNS/6/obj/sanction ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NOR>SWE:1312");
  }

  @Test
  void code_clauseAfterASemicolon_staysAStatementOfItsOwn() {
    Document doc = new CoderFixture("Norway warned Sweden; it would impose sanctions.")
        .sentence("Norway/NNP/2/nsubj warned/VBD/0/root/warn Sweden/NNP/2/obj ;/,/2/punct it/PRP/7/nsubj "
            + "would/MD/7/aux impose/VB/2/parataxis sanctions/NNS/7/obj/sanction ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).doesNotContain("NOR>SWE:1312");
  }
}
