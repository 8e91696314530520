package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Asking a question is no appeal (02); asking for an act is. */
class QuestionAskedTest {
  @Test
  void code_askedWhetherAPlanWouldWork_isNoAppeal() {
    Document doc = new CoderFixture("Japan asked China whether the plan would work.")
        .sentence("Japan/NNP/2/nsubj asked/VBD/0/root/ask China/NNP/2/obj whether/IN/8/mark the/DT/6/det "
            + "plan/NN/8/nsubj would/MD/8/aux work/VB/2/ccomp ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_askedAQuestionAboutIran_isNoAppeal() {
    Document doc = new CoderFixture("Japan asked China a question about Iran.")
        .sentence("Japan/NNP/2/nsubj asked/VBD/0/root/ask China/NNP/2/iobj a/DT/5/det question/NN/2/obj "
            + "about/IN/7/case Iran/NNP/5/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_askedToComment_isNoAppealByTheOneAsked() {
    Document doc = new CoderFixture("Japan, asked to comment on the dispute, said nothing.")
        .sentence("Japan/NNP/3/nsubj ,/,/3/punct asked/VBD/0/root/ask to/TO/5/mark comment/VB/3/xcomp on/IN/8/case "
            + "the/DT/8/det dispute/NN/5/obl ,/,/3/punct said/VBD/3/dep/say nothing/NN/10/obj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_reportersQuestionBeforeTheAnswer_isNoAppealByTheOneWhoAnswers() {
    Document doc = new CoderFixture("Asked whether China could cut taxes, Japan said no.")
        .sentence("Asked/VBN/9/advmod/ask whether/IN/5/mark China/NNP/5/nsubj could/MD/5/aux cut/VB/1/ccomp "
            + "taxes/NNS/5/obj/tax ,/,/9/punct Japan/NNP/9/nsubj said/VBD/0/root/say no/UH/9/discourse ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("02"));
  }

  @Test
  void code_askedJapanToLiftItsTariffs_isStillAnAppeal() {
    Document doc = new CoderFixture("Britain asked Japan to lift its tariffs.")
        .sentence("Britain/NNP/2/nsubj asked/VBD/0/root/ask Japan/NNP/2/obj to/TO/5/mark lift/VB/2/xcomp "
            + "its/PRP$/7/nmod:poss tariffs/NNS/5/obj/tariff ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("GBR>JPN:02"));
  }
}
