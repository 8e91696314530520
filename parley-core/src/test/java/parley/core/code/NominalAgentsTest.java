package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** The agent of an event noun named by a "by" phrase on its "of" object, or by the "of" phrase of an act with no object. */
class NominalAgentsTest {
  @Test
  void code_releaseOfSailorsByIranParsedOnTheSailors_isIransRelease() {
    Document doc = new CoderFixture("The release of the sailors by Iran was welcomed.")
        .sentence("The/DT/2/det release/NN/9/nsubj:pass of/IN/5/case the/DT/5/det sailors/NNS/2/nmod/sailor by/IN/7/case "
            + "Iran/NNP/5/nmod was/VBD/9/aux:pass/be welcomed/VBN/0/root/welcome ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("IRN>?:0841");
  }

  @Test
  void code_visitOfThePresidentToAPlace_isThePresidentsVisit() {
    Document doc = new CoderFixture("The visit of the Norwegian president to Sweden ended on Friday.")
        .sentence("The/DT/2/det visit/NN/9/nsubj of/IN/6/case the/DT/6/det Norwegian/JJ/6/amod president/NN/2/nmod "
            + "to/IN/8/case Sweden/NNP/2/nmod ended/VBD/0/root/end on/IN/11/case Friday/NNP/9/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NORGOV>SWE:042");
  }

  @Test
  void code_withdrawalOfTroopsFromAPlace_isTheTroopsWithdrawal() {
    Document doc = new CoderFixture("The withdrawal of Norwegian troops from Sweden began.")
        .sentence("The/DT/2/det withdrawal/NN/8/nsubj of/IN/5/case Norwegian/JJ/5/amod troops/NNS/2/nmod/troop "
            + "from/IN/7/case Sweden/NNP/2/nmod began/VBD/0/root/begin ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NORMIL>SWE:0874");
  }

  @Test
  void code_possessedWithdrawalOfTroops_takesNoDoerFromTheOfPhrase() {
    Document doc = new CoderFixture("Its withdrawal of police from Sweden began.")
        .sentence("Its/PRP$/2/nmod:poss withdrawal/NN/8/nsubj of/IN/4/case police/NNS/2/nmod from/IN/6/case "
            + "Sweden/NNP/2/nmod began/VBD/0/root/begin ./././punct")
        .code();
    assertThat(doc.events()).extracting(e -> e.source().text()).doesNotContain("police");
  }
}
