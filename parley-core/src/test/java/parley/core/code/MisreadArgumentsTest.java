package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Arguments the parser hangs on a participle that qualifies them: the verb's object, a passive's subject, a text's issuer. */
class MisreadArgumentsTest {
  @Test
  void code_passiveWhoseSubjectIsReadAsAParticiplesSubject_freesThatSubject() {
    Document doc = new CoderFixture("The activists jailed for criticising Beijing were freed yesterday by Xi Jinping himself.")
        .sentence("The/DT/2/det activists/NNS/3/nsubj/activist jailed/VBN/8/csubj:pass/jail for/IN/6/case "
            + "criticising/VBG/6/amod/criticise Beijing/NNP/3/obl were/VBD/8/aux:pass/be freed/VBN/0/root/free "
            + "yesterday/NN/8/obl:tmod by/IN/12/case Xi/NNP/12/compound Jinping/NNP/8/obl himself/PRP/12/obl:npmod "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).hasSize(1);
    assertThat(asserted(doc).get(0).source().code()).contains("CHNGOV");
    assertThat(asserted(doc).get(0).type().code()).isEqualTo("0841");
    assertThat(asserted(doc).get(0).target().map(t -> t.text())).contains("The activists");
  }

  @Test
  void code_warrantsReadAsTheSubjectOfAPastForm_areStillWhatTheCourtIssued() {
    Document doc = new CoderFixture("A court in Kenya has issued arrest warrants for three Somali men sought in the killing.")
        .sentence("A/DT/2/det court/NN/6/nsubj in/IN/4/case Kenya/NNP/2/nmod has/VBZ/6/aux/have issued/VBN/0/root/issue "
            + "arrest/NN/8/compound warrants/NNS/13/nsubj/warrant for/IN/12/case three/CD/12/nummod Somali/JJ/12/amod "
            + "men/NNS/8/nmod/man sought/VBD/6/ccomp/seek in/IN/16/case the/DT/16/det killing/NN/13/obl "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("KENJUD>SOM") && d.endsWith(":173"));
  }

  @Test
  void code_reportingVerbWithTwoSubjects_lendsTheVerbNoObject() {
    Document doc = new CoderFixture("A court in Kenya rejected the appeal of a Somali man, his lawyer said.")
        .sentence("A/DT/2/det court/NN/5/nsubj in/IN/4/case Kenya/NNP/2/nmod rejected/VBD/0/root/reject "
            + "the/DT/7/det appeal/NN/15/nsubj of/IN/11/case a/DT/11/det Somali/JJ/11/amod man/NN/15/obl "
            + ",/,/15/punct his/PRP$/14/nmod:poss/he lawyer/NN/15/nsubj said/VBD/5/ccomp/say ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.target().map(t -> t.text()).orElse("").equals("the appeal"));
  }

  @Test
  void code_reportReleasedInACapitalAlleging_speaksForThatCountry() {
    Document doc = new CoderFixture("A 300-page report released Monday in the Ugandan capital alleged that Sudan was arming the rebels.")
        .sentence("A/DT/5/det 300/CD/4/nummod -/HYPH/4/punct page/NN/5/compound report/NN/6/nsubj "
            + "released/VBN/0/root/release Monday/NNP/6/obl:tmod in/IN/11/case the/DT/11/det Ugandan/JJ/11/amod "
            + "capital/NN/6/obl alleged/VBD/6/dep/allege that/IN/16/mark Sudan/NNP/16/nsubj was/VBD/16/aux/be "
            + "arming/VBG/12/ccomp/arm the/DT/18/det rebels/NNS/16/obj/rebel ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("UGA>SDN:112");
  }

  @Test
  void code_strayPhraseParsedAsASecondSubject_isNotTheSource() {
    Document doc = new CoderFixture("As you know, Tehran has set a deadline, considering that position of the Iranian side, "
        + "we are closely coordinating with the French side.")
        .sentence("As/IN/3/mark you/PRP/3/nsubj know/VBP/7/advcl ,/,/7/punct Tehran/NNP/7/nsubj has/VBZ/7/aux/have "
            + "set/VBN/0/root a/DT/9/det deadline/NN/7/obj ,/,/7/punct considering/VBG/7/dep/consider that/IN/22/mark "
            + "position/NN/22/nsubj of/IN/17/case the/DT/17/det Iranian/JJ/17/amod side/NN/13/nmod ,/,/22/punct "
            + "we/PRP/22/nsubj are/VBP/22/aux/be closely/RB/22/advmod coordinating/VBG/11/ccomp/coordinate "
            + "with/IN/26/case the/DT/26/det French/JJ/26/amod side/NN/22/obl ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("IRN>FRA"));
  }

  @Test
  void code_placesOfOneSubjectSplitByTheParser_allAct() {
    Document doc = new CoderFixture("The Singapore, London and New York authorities have agreed on the plan.")
        .sentence("The/DT/2/det Singapore/NNP/10/nsubj ,/,/2/punct London/NNP/2/conj and/CC/7/cc New/NNP/7/compound "
            + "York/NNP/2/conj authorities/NNS/10/nsubj/authority have/VBP/10/aux agreed/VBN/0/root/agree on/IN/13/case "
            + "the/DT/13/det plan/NN/10/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("SGP>GBR"));
  }
}
