package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/**
 * Which evidence codes an actor: the sentence's own state before a foreign bureau's dateline, a party
 * before the government, a clause's subject before the nearest name; and words that name no actor.
 */
class ActorEvidenceTest {
  private static String codeAt(Document doc, int sentence, String word) {
    return doc.actors().stream()
        .filter(m -> m.sentence() == sentence)
        .filter(m -> doc.sentences().get(sentence).token(m.head()).text().equals(word))
        .map(m -> m.actor().code().orElse("null"))
        .findFirst().orElse("none");
  }

  @Test
  void apply_titledPersonInASentenceAboutAnotherState_isThatStatesNotTheDatelines() {
    Document doc = new CoderFixture("Laos met Laos. Laos's parliament dismissed Prime Minister Kaysone Bounma on Monday.")
        .dateline("BANGKOK")
        .sentence("Laos/NNP/2/nsubj met/VBD/0/root/meet Laos/NNP/2/obj ./././punct")
        .sentence("Laos/NNP/3/nmod:poss 's/POS/1/case parliament/NN/4/nsubj dismissed/VBD/0/root/dismiss "
            + "Prime/NNP/6/compound Minister/NNP/8/compound Kaysone/NNP/8/compound Bounma/NNP/4/obj on/IN/10/case "
            + "Monday/NNP/4/obl ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "parliament")).isEqualTo("LAOLEG");
    assertThat(codeAt(doc, 1, "Bounma")).isEqualTo("LAOGOV");
  }

  @Test
  void apply_untitledOfficialsInASentenceAboutAnotherState_areThatStatesNotTheDatelines() {
    Document doc = new CoderFixture("Laos met Laos. Laos's parliament dismissed the officials on Monday.")
        .dateline("BANGKOK")
        .sentence("Laos/NNP/2/nsubj met/VBD/0/root/meet Laos/NNP/2/obj ./././punct")
        .sentence("Laos/NNP/3/nmod:poss 's/POS/1/case parliament/NN/4/nsubj dismissed/VBD/0/root/dismiss "
            + "the/DT/6/det officials/NNS/4/obj/official on/IN/8/case Monday/NNP/4/obl ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "officials")).isEqualTo("LAOGOV");
  }

  @Test
  void apply_titledPersonInASentenceAboutAStateTheStoryNamesLessThanTheDatelines_keepsTheDatelinesCountry() {
    Document doc = new CoderFixture("Thailand met Thailand. Laos's parliament dismissed Prime Minister Kaysone Bounma on Monday.")
        .dateline("BANGKOK")
        .sentence("Thailand/NNP/2/nsubj met/VBD/0/root/meet Thailand/NNP/2/obj ./././punct")
        .sentence("Laos/NNP/3/nmod:poss 's/POS/1/case parliament/NN/4/nsubj dismissed/VBD/0/root/dismiss "
            + "Prime/NNP/6/compound Minister/NNP/8/compound Kaysone/NNP/8/compound Bounma/NNP/4/obj on/IN/10/case "
            + "Monday/NNP/4/obl ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "Bounma")).isEqualTo("THAGOV");
  }

  @Test
  void apply_titledPersonWithNoOtherStateNamed_keepsTheDatelinesCountry() {
    Document doc = new CoderFixture("Police arrested Prime Minister Kaysone Bounma on Monday.")
        .dateline("BANGKOK")
        .sentence("Police/NNS/2/nsubj/police arrested/VBD/0/root/arrest Prime/NNP/6/compound Minister/NNP/6/compound "
            + "Kaysone/NNP/6/compound Bounma/NNP/2/obj on/IN/8/case Monday/NNP/2/obl ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Bounma")).isEqualTo("THAGOV");
  }

  @Test
  void apply_partyOfficials_arePartyNotGovernment() {
    Document doc = new CoderFixture("Labour Party officials criticised the budget.")
        .dateline("LONDON")
        .sentence("Labour/NNP/2/compound Party/NNP/3/compound officials/NNS/4/nsubj/official criticised/VBD/0/root/criticise "
            + "the/DT/6/det budget/NN/4/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "officials")).isEqualTo("GBRPTY");
  }

  @Test
  void apply_leadersQualifiedByAPartysName_arePartyNotGovernment() {
    Document doc = new CoderFixture("Other GOP leaders condemned the treaty.")
        .dateline("WASHINGTON")
        .sentence("Other/JJ/3/amod GOP/NNP/3/compound leaders/NNS/4/nsubj/leader condemned/VBD/0/root/condemn "
            + "the/DT/6/det treaty/NN/4/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "leaders")).isEqualTo("USAPTY");
  }

  @Test
  void apply_partyLeadersAnOfficeQualifies_keepTheOfficesRole() {
    Document doc = new CoderFixture("Senate Republican leaders condemned the treaty.")
        .dateline("WASHINGTON")
        .sentence("Senate/NNP/3/compound Republican/NNP/3/compound leaders/NNS/4/nsubj/leader condemned/VBD/0/root/condemn "
            + "the/DT/6/det treaty/NN/4/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "leaders")).isEqualTo("USALEG");
  }

  @Test
  void apply_expletiveIt_isNoActor() {
    Document doc = new CoderFixture("Chad met Niger. It is unclear whether Chad will accept the plan.")
        .sentence("Chad/NNP/2/nsubj met/VBD/0/root/meet Niger/NNP/2/obj ./././punct")
        .sentence("It/PRP/3/nsubj is/VBZ/3/cop/be unclear/JJ/0/root whether/IN/7/mark Chad/NNP/7/nsubj will/MD/7/aux "
            + "accept/VB/3/ccomp the/DT/9/det plan/NN/7/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "It")).isEqualTo("none");
    assertThat(codeAt(doc, 1, "Chad")).isEqualTo("TCD");
  }

  @Test
  void apply_capitalisedPeoplesWordInsideAName_isNoActor() {
    Document doc = new CoderFixture("The Girl Scouts criticised the mayor.")
        .dateline("WASHINGTON")
        .sentence("The/DT/3/det Girl/NN/3/compound Scouts/NNS/4/nsubj/scout criticised/VBD/0/root/criticise "
            + "the/DT/6/det mayor/NN/4/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Girl")).isEqualTo("none");
  }

  @Test
  void apply_officersOfAFirm_areBusinessNotMilitary() {
    Document doc = new CoderFixture("The bank's officers rejected the offer.")
        .dateline("LONDON")
        .sentence("The/DT/2/det bank/NN/4/nmod:poss 's/POS/2/case officers/NNS/5/nsubj/officer rejected/VBD/0/root/reject "
            + "the/DT/7/det offer/NN/5/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "officers")).isEqualTo("GBRBUS");
  }

  @Test
  void apply_possessiveInAParticipleSetOffByAComma_isTheMainSubjects() {
    Document doc = new CoderFixture("Ghana urged Togo to reform, encouraging its farmers to export cocoa.")
        .sentence("Ghana/NNP/2/nsubj urged/VBD/0/root/urge Togo/NNP/2/obj to/TO/5/mark reform/VB/2/xcomp ,/,/5/punct "
            + "encouraging/VBG/5/dep/encourage its/PRP$/9/nmod:poss farmers/NNS/7/obj/farmer to/TO/11/mark "
            + "export/VB/7/xcomp cocoa/NN/11/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "farmers")).isEqualTo("GHAAGR");
  }

  @Test
  void apply_possessiveInAnInfinitiveAfterUrge_isTheObjects() {
    Document doc = new CoderFixture("Ghana urged Togo to reform its farmers.")
        .sentence("Ghana/NNP/2/nsubj urged/VBD/0/root/urge Togo/NNP/2/obj to/TO/5/mark reform/VB/2/xcomp "
            + "its/PRP$/7/nmod:poss farmers/NNS/5/obj/farmer ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "farmers")).isEqualTo("TGOAGR");
  }

  @Test
  void apply_placeOpeningAFirmsName_givesNoCountry() {
    Document doc = new CoderFixture("Delta Air Lines sued the union.")
        .dateline("NEW YORK")
        .sentence("Delta/NNP/3/compound Air/NNP/3/compound Lines/NNP/4/nsubj sued/VBD/0/root/sue the/DT/6/det "
            + "union/NN/4/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Lines")).doesNotStartWith("CAN");
  }

  @Test
  void apply_partysPeopleByItsName_areParty() {
    Document doc = new CoderFixture("Republicans condemned the treaty.")
        .dateline("WASHINGTON")
        .sentence("Republicans/NNPS/2/nsubj condemned/VBD/0/root/condemn the/DT/4/det treaty/NN/2/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Republicans")).isEqualTo("USAPTY");
  }
}
