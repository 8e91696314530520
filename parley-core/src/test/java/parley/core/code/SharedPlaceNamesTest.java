package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Names several countries' places share, and names that only look like places or titles. */
class SharedPlaceNamesTest {
  private static String codeAt(Document doc, int sentence, String word) {
    return doc.actors().stream()
        .filter(m -> m.sentence() == sentence)
        .filter(m -> doc.sentences().get(sentence).token(m.head()).text().equals(word))
        .map(m -> m.actor().code().orElse("null"))
        .findFirst().orElse("none");
  }

  private static final String POLICE_IN = "Police/NNS/4/nsubj/police in/IN/3/case %s/NNP/1/nmod arrested/VBD/0/root/arrest "
      + "the/DT/6/det protesters/NNS/4/obj/protester ./././punct";

  @Test
  void apply_sharedPlaceNameWithoutOtherEvidence_isTheUsualPlace() {
    Document doc = new CoderFixture("Police in Victoria arrested the protesters.")
        .sentence(POLICE_IN.formatted("Victoria"))
        .actors();
    assertThat(codeAt(doc, 0, "Police")).isEqualTo("AUSCOP");
  }

  @Test
  void apply_sharedPlaceNameInAStoryFromAnotherOfItsCountries_isThatCountrysPlace() {
    Document doc = new CoderFixture("Police in Victoria arrested the protesters.")
        .dateline("TORONTO")
        .sentence(POLICE_IN.formatted("Victoria"))
        .actors();
    assertThat(codeAt(doc, 0, "Police")).isEqualTo("CANCOP");
  }

  @Test
  void apply_sharedPlaceNameInAStoryNamingAnotherOfItsCountries_isThatCountrysPlace() {
    Document doc = new CoderFixture("Pakistan's leaders met. Police in Punjab arrested the protesters.")
        .sentence("Pakistan/NNP/3/nmod:poss 's/POS/1/case leaders/NNS/4/nsubj/leader met/VBD/0/root/meet ./././punct")
        .sentence(POLICE_IN.formatted("Punjab"))
        .actors();
    assertThat(codeAt(doc, 1, "Police")).isEqualTo("PAKCOP");
  }

  @Test
  void apply_regionBetterKnownThanTheCityOfItsName_isTheRegion() {
    Document doc = new CoderFixture("Police in Ontario arrested the protesters.")
        .sentence(POLICE_IN.formatted("Ontario"))
        .actors();
    assertThat(codeAt(doc, 0, "Police")).isEqualTo("CANCOP");
  }

  @Test
  void apply_untitledGivenNameLikeAPlace_beforeASurnameUsedAlone_isNoPlace() {
    Document doc = new CoderFixture("Paul Volcker met the bankers. Volcker left.")
        .sentence("Paul/NNP/2/compound Volcker/NNP/3/nsubj met/VBD/0/root/meet the/DT/5/det bankers/NNS/3/obj/banker ./././punct")
        .sentence("Volcker/NNP/2/nsubj left/VBD/0/root/leave ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Volcker")).doesNotStartWith("CPV");
    assertThat(codeAt(doc, 1, "Volcker")).doesNotStartWith("CPV");
  }

  @Test
  void apply_placeStartingAFirmsName_stillImpliesItsCountry() {
    Document doc = new CoderFixture("Karachi Electric met the bankers.")
        .sentence("Karachi/NNP/2/compound Electric/NNP/3/nsubj met/VBD/0/root/meet the/DT/5/det bankers/NNS/3/obj/banker ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Electric")).startsWith("PAK");
  }

  @Test
  void apply_rankStartingAnOrganisationsName_isNoRank() {
    Document doc = new CoderFixture("General Widgets Corp sued the union.")
        .dateline("WASHINGTON")
        .sentence("General/NNP/3/compound Widgets/NNP/3/compound Corp/NNP/4/nsubj sued/VBD/0/root/sue "
            + "the/DT/6/det union/NN/4/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Corp")).doesNotEndWith("MIL");
  }

  @Test
  void apply_rankBeforeAPersonsName_isStillARank() {
    Document doc = new CoderFixture("General Smith sued the union.")
        .dateline("WASHINGTON")
        .sentence("General/NNP/2/compound Smith/NNP/3/nsubj sued/VBD/0/root/sue the/DT/5/det union/NN/3/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Smith")).isEqualTo("USAMIL");
  }

  @Test
  void apply_generalAccountingOffice_isTheUsGovernment() {
    Document doc = new CoderFixture("The General Accounting Office criticised the Pentagon.")
        .sentence("The/DT/4/det General/NNP/4/compound Accounting/NNP/4/compound Office/NNP/5/nsubj "
            + "criticised/VBD/0/root/criticise the/DT/7/det Pentagon/NNP/5/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Office")).isEqualTo("USAGOV");
  }

  @Test
  void apply_generalManager_isBusinessNotMilitary() {
    Document doc = new CoderFixture("The General Manager of the bank resigned.")
        .dateline("MADRID")
        .sentence("The/DT/3/det General/NNP/3/compound Manager/NNP/7/nsubj of/IN/6/case the/DT/6/det bank/NN/3/nmod "
            + "resigned/VBD/0/root/resign ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Manager")).isEqualTo("ESPBUS");
  }

  private static final String AMERICANS_VOTED = "Americans/NNPS/10/nsubj/American in/IN/3/case Ohio/NNP/1/nmod ,/,/5/punct "
      + "Texas/NNP/3/conj ,/,/7/punct Iowa/NNP/3/conj and/CC/9/cc Utah/NNP/3/conj voted/VBD/0/root/vote ./././punct";

  @Test
  void apply_storyWithoutDatelineFullOfOneCountry_givesItsRolesThatCountry() {
    Document doc = new CoderFixture("Americans in Ohio, Texas, Iowa and Utah voted. Congress passed the bill.")
        .sentence(AMERICANS_VOTED)
        .sentence("Congress/NNP/2/nsubj passed/VBD/0/root/pass the/DT/4/det bill/NN/2/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "Congress")).isEqualTo("USALEG");
  }

  @Test
  void apply_storyWithoutDatelineNamingACountryOnce_givesRolesNoCountry() {
    Document doc = new CoderFixture("The government accused Pakistan.")
        .sentence("The/DT/2/det government/NN/3/nsubj accused/VBD/0/root/accuse Pakistan/NNP/3/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "government")).doesNotStartWith("PAK");
  }

  @Test
  void apply_lastWordOfAnOrganisationsNameAfterThe_isThatOrganisation() {
    Document doc = new CoderFixture("The World Bank suspended loans to Peru. The Bank resumed loans.")
        .dateline("LIMA")
        .sentence("The/DT/3/det World/NNP/3/compound Bank/NNP/4/nsubj suspended/VBD/0/root/suspend "
            + "loans/NNS/4/obj/loan to/IN/7/case Peru/NNP/4/obl ./././punct")
        .sentence("The/DT/2/det Bank/NNP/3/nsubj resumed/VBD/0/root/resume loans/NNS/3/obj/loan ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "Bank")).isEqualTo("IGOUNOWBK");
  }

  @Test
  void apply_lastWordOfAnOrganisationsNameInLowerCase_isARole() {
    Document doc = new CoderFixture("The World Bank suspended loans to Peru. The bank resumed loans.")
        .dateline("LIMA")
        .sentence("The/DT/3/det World/NNP/3/compound Bank/NNP/4/nsubj suspended/VBD/0/root/suspend "
            + "loans/NNS/4/obj/loan to/IN/7/case Peru/NNP/4/obl ./././punct")
        .sentence("The/DT/2/det bank/NN/3/nsubj resumed/VBD/0/root/resume loans/NNS/3/obj/loan ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "bank")).isNotEqualTo("IGOUNOWBK");
  }

  @Test
  void apply_presidentOfAFirm_isTheFirmsOfficer() {
    Document doc = new CoderFixture("The president of the company resigned.")
        .dateline("WASHINGTON")
        .sentence("The/DT/2/det president/NN/6/nsubj of/IN/5/case the/DT/5/det company/NN/2/nmod resigned/VBD/0/root/resign ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "president")).isEqualTo("USABUS");
  }

  @Test
  void apply_presidentOfACountry_isItsGovernment() {
    Document doc = new CoderFixture("The president of Peru resigned.")
        .sentence("The/DT/2/det president/NN/5/nsubj of/IN/4/case Peru/NNP/2/nmod resigned/VBD/0/root/resign ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "president")).isEqualTo("PERGOV");
  }

  @Test
  void apply_chiefExecutiveOfficer_isBusinessNotMilitary() {
    Document doc = new CoderFixture("The chief executive officer resigned.")
        .dateline("WASHINGTON")
        .sentence("The/DT/4/det chief/JJ/4/amod executive/NN/4/compound officer/NN/5/nsubj resigned/VBD/0/root/resign ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "officer")).isEqualTo("USABUS");
  }

  @Test
  void apply_surnameOfAKnownPersonWithAnotherGivenName_isNotThatPerson() {
    Document doc = new CoderFixture("Franklin Graham praised the pastor.")
        .published(java.time.LocalDate.of(2016, 3, 15))
        .sentence("Franklin/NNP/2/compound Graham/NNP/3/nsubj praised/VBD/0/root/praise the/DT/5/det pastor/NN/3/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Graham")).doesNotStartWith("USALEG");
  }

  @Test
  void apply_surnameOfAKnownPersonAfterATitle_isThatPerson() {
    Document doc = new CoderFixture("Mr. Graham praised the pastor.")
        .published(java.time.LocalDate.of(2016, 3, 15))
        .sentence("Mr./NNP/2/compound Graham/NNP/3/nsubj praised/VBD/0/root/praise the/DT/5/det pastor/NN/3/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Graham")).isEqualTo("USALEG");
  }

  @Test
  void apply_abbreviatedTitleOfALegislator_givesTheLegislature() {
    Document doc = new CoderFixture("Rep. Gwen Graham praised the pastor.")
        .dateline("WASHINGTON")
        .published(java.time.LocalDate.of(2016, 7, 22))
        .sentence("Rep./NNP/3/compound Gwen/NNP/3/compound Graham/NNP/4/nsubj praised/VBD/0/root/praise the/DT/6/det pastor/NN/4/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Graham")).isEqualTo("USALEG");
  }
}
