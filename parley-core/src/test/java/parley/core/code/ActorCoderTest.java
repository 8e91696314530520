package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import parley.core.doc.ActorMention;
import parley.core.doc.Document;

class ActorCoderTest {
  private static String codeAt(Document doc, int sentence, String word) {
    return doc.actors().stream()
        .filter(m -> m.sentence() == sentence)
        .filter(m -> doc.sentences().get(sentence).token(m.head()).text().equals(word))
        .map(m -> m.actor().code().orElse("null"))
        .findFirst().orElse("none");
  }

  @Test
  void apply_countryPossessiveAndRole_combine() {
    Document doc = new CoderFixture("South Korea's national security adviser spoke.")
        .sentence("South/NNP/2/compound Korea/NNP/6/nmod:poss 's/POS/2/case national/JJ/5/amod "
            + "security/NN/6/compound adviser/NN/7/nsubj spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "adviser")).isEqualTo("KORGOV");
  }

  @Test
  void apply_placeNameStartingWithARegionAdjective_isThePlace() {
    Document doc = new CoderFixture("The premier of Western Cape criticised Western diplomats.")
        .sentence("The/DT/2/det premier/NN/6/nsubj of/IN/5/case Western/JJ/5/amod Cape/NNP/2/nmod "
            + "criticised/VBD/0/root/criticise Western/JJ/8/amod diplomats/NNS/6/obj/diplomat ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "premier")).isEqualTo("ZAFGOV");
    assertThat(codeAt(doc, 0, "diplomats")).isEqualTo("WSTGOV");
  }

  @Test
  void apply_demonymAndRole_combine() {
    Document doc = new CoderFixture("North Korean officials warned.")
        .sentence("North/JJ/2/amod Korean/JJ/3/amod officials/NNS/4/nsubj/official warned/VBD/0/root/warn ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "officials")).isEqualTo("PRKGOV");
  }

  @Test
  void apply_roleWithoutCountry_takesTheDatelineCountry() {
    Document doc = new CoderFixture("Police clashed with protesters.")
        .dateline("ATHENS")
        .sentence("Police/NNS/2/nsubj/police clashed/VBD/0/root/clash with/IN/4/case protesters/NNS/2/obl/protester ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Police")).isEqualTo("GRCCOP");
    assertThat(codeAt(doc, 0, "protesters")).startsWith("GRC");
  }

  @Test
  void apply_personInOfficeOnTheArticleDate() {
    Document doc = new CoderFixture("Kim Jong Un spoke.")
        .sentence("Kim/NNP/4/nsubj Jong/NNP/1/flat Un/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(doc.actors()).extracting(m -> m.actor().code().orElse("null")).containsExactly("PRKGOV");
  }

  @Test
  void apply_personIntroducedWithARole_isRememberedBySurname() {
    Document doc = new CoderFixture("South Korea's adviser, Chung Eui-yong, spoke. Chung left.")
        .sentence("South/NNP/2/compound Korea/NNP/4/nmod:poss 's/POS/2/case adviser/NN/10/nsubj ,/,/4/punct "
            + "Chung/NNP/4/appos Eui/NNP/6/flat -/HYPH/6/punct yong/NNP/6/flat ,/,/4/punct spoke/VBD/0/root/speak ./././punct")
        .sentence("Chung/NNP/2/nsubj left/VBD/0/root/leave ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "adviser")).isEqualTo("KORGOV");
    assertThat(codeAt(doc, 1, "Chung")).isEqualTo("KORGOV");
  }

  @Test
  void apply_lowerCasePronounUs_isNotTheUnitedStates() {
    Document doc = new CoderFixture("They told us.")
        .sentence("They/PRP/2/nsubj told/VBD/0/root/tell us/PRP/2/obj ./././punct")
        .actors();
    assertThat(doc.actors()).extracting(ActorMention::how).doesNotContain("country");
  }

  @Test
  void apply_capitalUS_isTheUnitedStates() {
    Document doc = new CoderFixture("The US warned.")
        .sentence("The/DT/2/det US/NNP/3/nsubj warned/VBD/0/root/warn ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "US")).isEqualTo("USA");
  }

  @Test
  void apply_personOutOfOfficeOnTheDate_isTheCountrysElite() {
    Document doc = new CoderFixture("Moon Jae-in spoke.")
        .sentence("Moon/NNP/5/nsubj Jae/NNP/1/flat -/HYPH/1/punct in/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(doc.actors()).extracting(m -> m.actor().code().orElse("null")).containsExactly("KORGOV");
    Document later = new CoderFixture("Moon Jae-in spoke.")
        .published(java.time.LocalDate.of(2023, 1, 1))
        .sentence("Moon/NNP/5/nsubj Jae/NNP/1/flat -/HYPH/1/punct in/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(later.actors()).extracting(m -> m.actor().code().orElse("null")).containsExactly("KORELI");
  }

  private static ActorMention mentionAt(Document doc, int sentence, String word) {
    return doc.actors().stream()
        .filter(m -> m.sentence() == sentence)
        .filter(m -> doc.sentences().get(sentence).token(m.head()).text().equals(word))
        .findFirst().orElseThrow();
  }

  @Test
  void apply_mentionWords_coverTheWholeNounPhrase() {
    Document doc = new CoderFixture("The rebels freed 40 Chilean soldiers.")
        .sentence("The/DT/2/det rebels/NNS/3/nsubj/rebel freed/VBD/0/root/free 40/CD/6/nummod Chilean/JJ/6/amod "
            + "soldiers/NNS/3/obj/soldier ./././punct")
        .actors();
    assertThat(mentionAt(doc, 0, "soldiers").actor().text()).isEqualTo("40 Chilean soldiers");
    assertThat(mentionAt(doc, 0, "soldiers").actor().code()).contains("CHLMIL");
  }

  @Test
  void apply_roleWithApposedName_coversTheNameAndCodesBoth() {
    Document doc = new CoderFixture("A Chilean lawyer, Ana Ruiz, spoke.")
        .sentence("A/DT/3/det Chilean/JJ/3/amod lawyer/NN/9/nsubj ,/,/3/punct Ana/NNP/6/compound Ruiz/NNP/3/appos "
            + ",/,/3/punct spoke/VBD/0/root/speak ./././punct")
        .actors();
    ActorMention lawyer = mentionAt(doc, 0, "lawyer");
    assertThat(lawyer.actor().text()).isEqualTo("A Chilean lawyer, Ana Ruiz");
    assertThat(lawyer.actor().code()).contains("CHLJUD");
    assertThat(codeAt(doc, 0, "Ruiz")).isEqualTo("CHLJUD");
  }

  @Test
  void apply_nameWithApposedFormerRole_takesTheRolesCodeAsElite() {
    Document doc = new CoderFixture("Ana Ruiz, a former Chilean senator, spoke.")
        .sentence("Ana/NNP/2/compound Ruiz/NNP/9/nsubj ,/,/2/punct a/DT/7/det former/JJ/7/amod Chilean/JJ/7/amod "
            + "senator/NN/2/appos ,/,/2/punct spoke/VBD/0/root/speak ./././punct")
        .actors();
    ActorMention ruiz = mentionAt(doc, 0, "Ruiz");
    assertThat(ruiz.actor().code()).contains("CHLELI");
    assertThat(ruiz.how()).isEqualTo("apposed-role");
    assertThat(ruiz.actor().text()).isEqualTo("Ana Ruiz, a former Chilean senator");
  }

  @Test
  void apply_pronounWithAntecedentInTheSentence_standsForItsWords() {
    Document doc = new CoderFixture("The Chilean government said it would free them.")
        .sentence("The/DT/3/det Chilean/JJ/3/amod government/NN/4/nsubj said/VBD/0/root/say it/PRP/7/nsubj "
            + "would/MD/7/aux free/VB/4/ccomp them/PRP/7/obj ./././punct")
        .actors();
    ActorMention it = mentionAt(doc, 0, "it");
    assertThat(it.actor().code()).contains("CHLGOV");
    assertThat(it.actor().text()).isEqualTo("The Chilean government");
    assertThat(it.how()).isEqualTo("pronoun");
  }

  @Test
  void apply_personPronoun_prefersThePersonNamedInTheSentence() {
    Document doc = new CoderFixture("Kim Jong Un spoke. Lawyer Ana Ruiz of Chile said she would appeal.")
        .sentence("Kim/NNP/4/nsubj Jong/NNP/1/flat Un/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .sentence("Lawyer/NN/3/compound/lawyer Ana/NNP/3/compound Ruiz/NNP/6/nsubj of/IN/5/case Chile/NNP/3/nmod "
            + "said/VBD/0/root/say she/PRP/9/nsubj would/MD/9/aux appeal/VB/6/ccomp ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "Ruiz")).isEqualTo("CHLJUD");
    assertThat(codeAt(doc, 1, "she")).isEqualTo("CHLJUD");
  }

  @Test
  void apply_titledNameWithoutCountry_isAnUncodedRole() {
    Document doc = new CoderFixture("President Ana Ruiz spoke.")
        .sentence("President/NNP/3/compound Ana/NNP/3/compound Ruiz/NNP/4/nsubj spoke/VBD/0/root/speak ./././punct")
        .actors();
    ActorMention ruiz = mentionAt(doc, 0, "Ruiz");
    assertThat(ruiz.actor().code()).isEmpty();
    assertThat(ruiz.how()).isEqualTo("role-no-country");
    assertThat(ruiz.actor().text()).isEqualTo("President Ana Ruiz");
  }

  @Test
  void apply_titledNameOfACountry_isThatCountrysRole() {
    Document doc = new CoderFixture("President Ana Ruiz of Chile spoke.")
        .sentence("President/NNP/3/compound Ana/NNP/3/compound Ruiz/NNP/6/nsubj of/IN/5/case Chile/NNP/3/nmod "
            + "spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Ruiz")).isEqualTo("CHLGOV");
  }

  @Test
  void apply_occupationInACountry_isThatCountrysSector() {
    Document doc = new CoderFixture("Musicians in Chile and Brazil's truck drivers protested.")
        .sentence("Musicians/NNS/9/nsubj/musician in/IN/3/case Chile/NNP/1/nmod and/CC/8/cc Brazil/NNP/8/nmod:poss "
            + "'s/POS/5/case truck/NN/8/compound drivers/NNS/1/conj/driver protested/VBD/0/root/protest ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Musicians")).isEqualTo("CHLCVL");
    assertThat(codeAt(doc, 0, "drivers")).isEqualTo("BRALAB");
    assertThat(mentionAt(doc, 0, "drivers").actor().text()).isEqualTo("Brazil's truck drivers");
  }

  @Test
  void apply_usAgencyAcronym_isTheUsGovernment() {
    Document doc = new CoderFixture("ICE detained them.")
        .sentence("ICE/NNP/2/nsubj detained/VBD/0/root/detain them/PRP/2/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "ICE")).isEqualTo("USAGOV");
  }

  @Test
  void apply_collectiveNoun_isAnActorWithItsPlacesCountryOrUncoded() {
    Document doc = new CoderFixture("Peace groups in Chile and the committee protested.")
        .dateline("ATHENS")
        .sentence("Peace/NN/2/compound groups/NNS/8/nsubj/group in/IN/4/case Chile/NNP/2/nmod and/CC/7/cc the/DT/7/det "
            + "committee/NN/2/conj protested/VBD/0/root/protest ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "groups")).isEqualTo("CHL");
    assertThat(mentionAt(doc, 0, "groups").actor().text()).isEqualTo("Peace groups");
    ActorMention committee = mentionAt(doc, 0, "committee");
    assertThat(committee.actor().code()).isEmpty();
    assertThat(committee.how()).isEqualTo("role-no-country");
    assertThat(committee.actor().text()).isEqualTo("the committee");
  }

  @Test
  void apply_surnameAloneInAnUndatedStory_isTheOnePersonKnownByIt() {
    Document doc = new CoderFixture("Obama spoke.")
        .undated()
        .sentence("Obama/NNP/2/nsubj spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Obama")).isEqualTo("USAGOV");
    assertThat(mentionAt(doc, 0, "Obama").how()).isEqualTo("surname");
  }

  @Test
  void apply_mentionWords_takeInAgesAndQuantities() {
    Document doc = new CoderFixture("Police held at least 30 Chilean students and a 22-year-old Chilean farmer.")
        .sentence("Police/NNS/2/nsubj/police held/VBD/0/root/hold at/IN/4/case least/RBS/5/obl:npmod 30/CD/7/nummod "
            + "Chilean/JJ/7/amod students/NNS/2/obj/student and/CC/16/cc a/DT/16/det 22/CD/12/nummod -/HYPH/12/punct "
            + "year/NN/14/obl:tmod -/HYPH/14/punct old/JJ/16/amod Chilean/JJ/16/amod farmer/NN/7/conj ./././punct")
        .actors();
    assertThat(mentionAt(doc, 0, "students").actor().text()).isEqualTo("at least 30 Chilean students");
    assertThat(mentionAt(doc, 0, "farmer").actor().text()).isEqualTo("a 22-year-old Chilean farmer");
  }

  @Test
  void apply_objectPronoun_isNotTheSubjectOfItsOwnClause() {
    Document doc = new CoderFixture("Kim Jong Un spoke. Lawyer Ana Ruiz of Chile called him.")
        .sentence("Kim/NNP/4/nsubj Jong/NNP/1/flat Un/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .sentence("Lawyer/NN/3/compound/lawyer Ana/NNP/3/compound Ruiz/NNP/6/nsubj of/IN/5/case Chile/NNP/3/nmod "
            + "called/VBD/0/root/call him/PRP/6/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "him")).isEqualTo("PRKGOV");
  }

  @Test
  void apply_theCountry_isTheCountryNamedBefore() {
    Document doc = new CoderFixture("Chilean troops left the country.")
        .sentence("Chilean/JJ/2/amod troops/NNS/3/nsubj/troops left/VBD/0/root/leave the/DT/5/det country/NN/3/obj "
            + "./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "country")).isEqualTo("CHL");
    assertThat(mentionAt(doc, 0, "country").actor().text()).isEqualTo("the country");
  }

  @Test
  void apply_collectiveNounWithApposedNames_leavesTheNamesAsTheActors() {
    Document doc = new CoderFixture("The two countries, Chile and Peru, met.")
        .sentence("The/DT/3/det two/CD/3/nummod countries/NNS/9/nsubj/country ,/,/3/punct Chile/NNP/3/appos "
            + "and/CC/7/cc Peru/NNP/5/conj ,/,/3/punct met/VBD/0/root/meet ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "countries")).isEqualTo("none");
    assertThat(codeAt(doc, 0, "Chile")).isEqualTo("CHL");
  }

  @Test
  void apply_groupOfMembers_leavesTheMembersAsTheActors() {
    Document doc = new CoderFixture("A group of Chilean lawmakers protested.")
        .sentence("A/DT/2/det group/NN/6/nsubj of/IN/5/case Chilean/JJ/5/amod lawmakers/NNS/2/nmod/lawmaker "
            + "protested/VBD/0/root/protest ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "group")).isEqualTo("none");
    assertThat(codeAt(doc, 0, "lawmakers")).isEqualTo("CHLLEG");
  }

  @Test
  void apply_rightsWorkers_areHumanRightsActivistsNotLabour() {
    Document doc = new CoderFixture("Chilean human rights workers spoke.")
        .sentence("Chilean/JJ/4/amod human/JJ/3/amod rights/NNS/4/compound/right workers/NNS/5/nsubj/worker "
            + "spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "workers")).isEqualTo("CHLHRI");
  }

  private static java.util.List<String> codesAt(Document doc, int sentence, String word) {
    return doc.actors().stream()
        .filter(m -> m.sentence() == sentence)
        .filter(m -> doc.sentences().get(sentence).token(m.head()).text().equals(word))
        .map(m -> m.actor().code().orElse("null"))
        .toList();
  }

  @Test
  void apply_roleOfACountrysNamedGroup_isTheGroupsRoleNotTheGovernment() {
    Document doc = new CoderFixture("Leaders of Egypt's Muslim Brotherhood fled to Qatar.")
        .sentence("Leaders/NNS/7/nsubj/leader of/IN/6/case Egypt/NNP/6/nmod:poss 's/POS/3/case Muslim/NNP/6/compound "
            + "Brotherhood/NNP/1/nmod fled/VBD/0/root/flee to/IN/9/case Qatar/NNP/7/obl ./././punct")
        .actors();
    assertThat(codesAt(doc, 0, "Leaders")).containsExactly("EGYOPP");
  }

  @Test
  void apply_roleInATownOfACountryNamedByItsAdjective_isThatCountrysRole() {
    Document doc = new CoderFixture("Protesters in the Hungarian village of Kisbarna blocked roads.")
        .sentence("Protesters/NNS/8/nsubj/protester in/IN/5/case the/DT/5/det Hungarian/JJ/5/amod village/NN/1/nmod "
            + "of/IN/7/case Kisbarna/NNP/5/nmod blocked/VBD/0/root/block roads/NNS/8/obj/road ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Protesters")).isEqualTo("HUNOPP");
  }

  @Test
  void apply_collectiveNounWithItsGroupsName_isThatGroup() {
    Document doc = new CoderFixture("The Somali militant group al-Shabab claimed the attack.")
        .sentence("The/DT/4/det Somali/JJ/4/amod militant/JJ/4/amod group/NN/8/nsubj al/NNP/7/compound -/HYPH/7/punct "
            + "Shabab/NNP/4/dep claimed/VBD/0/root/claim the/DT/10/det attack/NN/8/obj ./././punct")
        .actors();
    assertThat(codesAt(doc, 0, "group")).containsExactly("SOMREB");
    assertThat(doc.actors().get(0).actor().text()).isEqualTo("The Somali militant group al-Shabab");
  }

  @Test
  void apply_nameAfterALowerCaseArabicArticle_isSpotted() {
    Document doc = new CoderFixture("They blamed al-Shabab.")
        .sentence("They/PRP/2/nsubj blamed/VBD/0/root/blame al/NNP/5/compound -/HYPH/5/punct Shabab/NNP/2/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Shabab")).isEqualTo("SOMREB");
  }

  @Test
  void apply_peopleNamedByCountryAndEthnicity_isTheCountrys() {
    Document doc = new CoderFixture("Bosnian Serb opposition leaders met on Friday.")
        .sentence("Bosnian/JJ/4/amod Serb/JJ/4/amod opposition/NN/4/compound leaders/NNS/5/nsubj/leader met/VBD/0/root/meet "
            + "on/IN/7/case Friday/NNP/5/obl ./././punct")
        .actors();
    assertThat(codesAt(doc, 0, "leaders")).containsExactly("BIHOPP");
  }

  @Test
  void apply_titledNameThatIsAlsoAPlace_takesNoCountryFromIt() {
    Document doc = new CoderFixture("Mayor Dayton Lee closed the office.")
        .sentence("Mayor/NNP/3/compound Dayton/NNP/3/compound Lee/NNP/4/nsubj closed/VBD/0/root/close the/DT/6/det "
            + "office/NN/4/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Lee")).isEqualTo("null");
  }

  @Test
  void apply_pluralTitleBeforeCoordinatedNames_isEachOnesTitle() {
    Document doc = new CoderFixture("Senators Ann Price and Bob Hale of Ohio condemned the attack.")
        .sentence("Senators/NNS/3/compound/senator Ann/NNP/3/compound Price/NNP/9/nsubj and/CC/6/cc Bob/NNP/6/compound "
            + "Hale/NNP/3/conj of/IN/8/case Ohio/NNP/6/nmod condemned/VBD/0/root/condemn the/DT/11/det "
            + "attack/NN/9/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Hale")).isEqualTo("USALEG");
  }

  @Test
  void apply_childrenAndAirlines_areCiviliansAndBusiness() {
    Document doc = new CoderFixture("Chilean children thanked Peru Airlines.")
        .sentence("Chilean/JJ/2/amod children/NNS/3/nsubj/child thanked/VBD/0/root/thank Peru/NNP/5/compound "
            + "Airlines/NNPS/3/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "children")).isEqualTo("CHLCVL");
    assertThat(codeAt(doc, 0, "Airlines")).isEqualTo("PERBUS");
  }

  @Test
  void apply_regionAdjectiveAndRole_combineLikeACountrys() {
    Document doc = new CoderFixture("West African officials met European diplomats.")
        .sentence("West/JJ/3/amod African/JJ/3/amod officials/NNS/4/nsubj/official met/VBD/0/root/meet "
            + "European/JJ/6/amod diplomats/NNS/4/obj/diplomat ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "officials")).isEqualTo("WAFGOV");
    assertThat(codeAt(doc, 0, "diplomats")).isEqualTo("EURGOV");
  }

  @Test
  void apply_rightsWorkersWithNoCountry_areANonGovernmentalBodyNotTheDatelines() {
    Document doc = new CoderFixture("Human rights workers said police beat protesters.")
        .dateline("ATHENS")
        .sentence("Human/JJ/2/amod rights/NNS/3/compound/right workers/NNS/4/nsubj/worker said/VBD/0/root/say "
            + "police/NNS/6/nsubj beat/VBD/4/ccomp protesters/NNS/6/obj/protester ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "workers")).isEqualTo("NGOHRI");
    assertThat(codeAt(doc, 0, "police")).isEqualTo("GRCCOP");
  }

  @Test
  void apply_pronounAfterAnUncodedPersonAtTheCentre_doesNotTakeAnEarlierPersonsCode() {
    Document doc = new CoderFixture("Kim Jong Un spoke. Ambassador Ann Lee said the talks failed. He left.")
        .sentence("Kim/NNP/4/nsubj Jong/NNP/1/flat Un/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .sentence("Ambassador/NNP/3/compound Ann/NNP/3/compound Lee/NNP/4/nsubj said/VBD/0/root/say the/DT/6/det "
            + "talks/NNS/7/nsubj/talk failed/VBD/4/ccomp/fail ./././punct")
        .sentence("He/PRP/2/nsubj left/VBD/0/root/leave ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Kim")).isEqualTo("PRKGOV");
    assertThat(codeAt(doc, 2, "He")).isNotEqualTo("PRKGOV");
  }

  @Test
  void apply_pluralRoleWordWhoseLemmaIsNoRole_isStillARole() {
    Document doc = new CoderFixture("Syrian forces clashed with rebels.")
        .sentence("Syrian/JJ/2/amod forces/NNS/3/nsubj/force clashed/VBD/0/root/clash with/IN/5/case "
            + "rebels/NNS/3/obl/rebel ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "forces")).isEqualTo("SYRMIL");
  }

  @Test
  void apply_countryThatLeadsAGroup_isItsCountry() {
    Document doc = new CoderFixture("The Saudi-led coalition bombed the port.")
        .sentence("The/DT/5/det Saudi/JJ/4/dep -/HYPH/4/punct led/VBN/5/amod/lead coalition/NN/6/nsubj "
            + "bombed/VBD/0/root/bomb the/DT/8/det port/NN/6/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "coalition")).isEqualTo("SAU");
  }

  @Test
  void apply_countryThatBacksARole_isNotItsCountry() {
    Document doc = new CoderFixture("Russian-backed separatists shelled the town.")
        .sentence("Russian/JJ/3/dep -/HYPH/3/punct backed/VBN/4/amod/back separatists/NNS/5/nsubj/separatist "
            + "shelled/VBD/0/root/shell the/DT/7/det town/NN/5/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "separatists")).isEqualTo("null");
  }

  @Test
  void apply_securityCouncil_isTheUnitedNations() {
    Document doc = new CoderFixture("The Security Council condemned the attack.")
        .sentence("The/DT/3/det Security/NNP/3/compound Council/NNP/4/nsubj condemned/VBD/0/root/condemn the/DT/6/det "
            + "attack/NN/4/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Council")).isEqualTo("IGOUNO");
  }

  @Test
  void apply_organisationNameAtTheEndOfALongerName_isNotThatOrganisation() {
    Document doc = new CoderFixture("The Regional Security Council met.")
        .sentence("The/DT/4/det Regional/NNP/4/compound Security/NNP/4/compound Council/NNP/5/nsubj "
            + "met/VBD/0/root/meet ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Council")).isNotEqualTo("IGOUNO");
  }

  @Test
  void apply_oneCountrysStateBodyOwnedByAnother_isTheOwnersBody() {
    Document doc = new CoderFixture("Chile's National Security Council banned the groups.")
        .sentence("Chile/NNP/5/nmod:poss 's/POS/1/case National/NNP/5/compound Security/NNP/5/compound "
            + "Council/NNP/6/nsubj banned/VBD/0/root/ban the/DT/8/det groups/NNS/6/obj/group ./././punct")
        .actors();
    assertThat(codesAt(doc, 0, "Council")).containsExactly("CHLGOV");
  }

  @Test
  void apply_hisAfterANamedSubject_isThatPersonsNotAnEarlierOnes() {
    Document doc = new CoderFixture("Kim Jong Un spoke. Putin said his government would help. Ann Lee said his government would help.")
        .sentence("Kim/NNP/4/nsubj Jong/NNP/1/flat Un/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .sentence("Putin/NNP/2/nsubj said/VBD/0/root/say his/PRP$/4/nmod:poss/he government/NN/6/nsubj "
            + "would/MD/6/aux help/VB/2/ccomp ./././punct")
        .sentence("Ann/NNP/2/compound Lee/NNP/3/nsubj said/VBD/0/root/say his/PRP$/5/nmod:poss/he government/NN/7/nsubj "
            + "would/MD/7/aux help/VB/3/ccomp ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "government")).isEqualTo("RUSGOV");
    assertThat(codeAt(doc, 2, "government")).doesNotStartWith("PRK").doesNotStartWith("RUS");
  }

  @Test
  void apply_hisCounterpart_isNotOfThePossessorsCountry() {
    Document doc = new CoderFixture("Putin will meet his counterpart Ann Lee in Rome.")
        .sentence("Putin/NNP/3/nsubj will/MD/3/aux meet/VB/0/root his/PRP$/5/nmod:poss/he counterpart/NN/3/obj "
            + "Ann/NNP/7/compound Lee/NNP/5/dep in/IN/9/case Rome/NNP/3/obl ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "counterpart")).doesNotStartWith("RUS");
  }
  @Test
  void apply_countryNameListedWithStatesOfAnotherCountry_isThatCountrysState() {
    Document voters = new CoderFixture("Voters in Georgia and South Carolina backed Sanders.")
        .sentence("Voters/NNS/7/nsubj/voter in/IN/3/case Georgia/NNP/1/nmod and/CC/6/cc South/NNP/6/compound "
            + "Carolina/NNP/3/conj backed/VBD/0/root/back Sanders/NNP/7/obj ./././punct")
        .actors();
    assertThat(codeAt(voters, 0, "Voters")).isEqualTo("USACVL");
    Document list = new CoderFixture("Clinton won Virginia, Georgia and Alabama.")
        .sentence("Clinton/NNP/2/nsubj won/VBD/0/root/win Virginia/NNP/2/obj ,/,/5/punct Georgia/NNP/3/conj "
            + "and/CC/7/cc Alabama/NNP/3/conj ./././punct")
        .actors();
    assertThat(list.actors()).noneMatch(m -> m.actor().code().equals(java.util.Optional.of("GEO")));
    Document countries = new CoderFixture("Georgia and Armenia signed a trade deal.")
        .sentence("Georgia/NNP/4/nsubj and/CC/3/cc Armenia/NNP/1/conj signed/VBD/0/root/sign a/DT/7/det "
            + "trade/NN/7/compound deal/NN/4/obj ./././punct")
        .actors();
    assertThat(codeAt(countries, 0, "Georgia")).isEqualTo("GEO");
  }

  @Test
  void apply_placeNameAsTheGivenNameOfATitledPerson_isNoPlace() {
    Document doc = new CoderFixture("Federal Reserve chairman Paul Volcker said he would raise interest rates.")
        .sentence("Federal/NNP/2/compound Reserve/NNP/3/compound chairman/NN/5/compound Paul/NNP/5/compound "
            + "Volcker/NNP/6/nsubj said/VBD/0/root/say he/PRP/9/nsubj would/MD/9/aux raise/VB/6/ccomp "
            + "interest/NN/11/compound rates/NNS/9/obj/rate ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Volcker")).doesNotStartWith("CPV");
  }

  @Test
  void apply_placeNameEndingAPersonsName_isNoPlace() {
    Document doc = new CoderFixture("Mexican President Pedro de la Madrid accused the banks.")
        .sentence("Mexican/JJ/2/amod President/NNP/6/compound Pedro/NNP/6/compound de/NNP/6/compound "
            + "la/NNP/6/compound Madrid/NNP/7/nsubj accused/VBD/0/root/accuse the/DT/9/det banks/NNS/7/obj/bank ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Madrid")).isEqualTo("MEXGOV");
  }

  @Test
  void apply_placeNameEndingAnOrganisationsName_isNoPlace() {
    Document doc = new CoderFixture("Manufacturers Hanover Corp said it accused the bank.")
        .sentence("Manufacturers/NNPS/3/compound Hanover/NNP/3/compound Corp/NNP/4/nsubj said/VBD/0/root/say "
            + "it/PRP/6/nsubj accused/VBD/4/ccomp/accuse the/DT/8/det bank/NN/6/obj ./././punct")
        .actors();
    assertThat(doc.actors()).extracting(m -> m.actor().code().orElse("null")).noneMatch(c -> c.startsWith("JAM"));
  }

  @Test
  void apply_placeNameStartingAnOrganisationsName_impliesItsCountry() {
    Document doc = new CoderFixture("The Karachi Stock Exchange accused the brokers.")
        .sentence("The/DT/4/det Karachi/NNP/4/compound Stock/NNP/4/compound Exchange/NNP/5/nsubj "
            + "accused/VBD/0/root/accuse the/DT/7/det brokers/NNS/5/obj/broker ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Exchange")).startsWith("PAK");
  }

  @Test
  void apply_countryNameThatIsAStateOfTheDatelinesCountry_isTheState() {
    Document doc = new CoderFixture("Voters in Georgia rejected the plan.")
        .dateline("ATLANTA")
        .sentence("Voters/NNS/4/nsubj/voter in/IN/3/case Georgia/NNP/1/nmod rejected/VBD/0/root/reject "
            + "the/DT/6/det plan/NN/4/obj ./././punct")
        .actors();
    assertThat(doc.actors()).extracting(m -> m.actor().code().orElse("null")).noneMatch(c -> c.startsWith("GEO"));
    assertThat(codeAt(doc, 0, "Voters")).startsWith("USA");
  }

  @Test
  void apply_countryNameNextToAPartyLabel_isTheState() {
    Document doc = new CoderFixture("Georgia Democrat Sam Nunn criticised the plan.")
        .sentence("Georgia/NNP/2/compound Democrat/NNP/4/compound Sam/NNP/4/compound Nunn/NNP/5/nsubj "
            + "criticised/VBD/0/root/criticise the/DT/7/det plan/NN/5/obj ./././punct")
        .actors();
    assertThat(doc.actors()).extracting(m -> m.actor().code().orElse("null")).noneMatch(c -> c.startsWith("GEO"));
  }

  @Test
  void apply_countryNameOwningANationalOfficeInAUsStory_staysTheCountry() {
    Document doc = new CoderFixture("Georgia's president accused Russia.")
        .dateline("WASHINGTON")
        .sentence("Georgia/NNP/3/nmod:poss 's/POS/1/case president/NN/4/nsubj accused/VBD/0/root/accuse "
            + "Russia/NNP/4/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "president")).isEqualTo("GEOGOV");
  }

  @Test
  void apply_countryNameInAUsStoryThatNamesTheCountryOtherwise_staysTheCountry() {
    Document doc = new CoderFixture("The Tbilisi government said Georgia rejected the plan.")
        .dateline("WASHINGTON")
        .sentence("The/DT/3/det Tbilisi/NNP/3/compound government/NN/4/nsubj said/VBD/0/root/say "
            + "Georgia/NNP/6/nsubj rejected/VBD/4/ccomp/reject the/DT/8/det plan/NN/6/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Georgia")).isEqualTo("GEO");
  }

  @Test
  void apply_digestItemWithItsOwnDateline_impliesItsOwnCountry() {
    String text = "TOKYO - Police arrested protesters.\nBELFAST - Police arrested protesters.";
    Document doc = new CoderFixture(text)
        .dateline("TOKYO")
        .sentence("TOKYO/NNP/3/nsubj -/:/1/punct Police/NNS/4/nsubj/police arrested/VBD/0/root/arrest "
            + "protesters/NNS/4/obj/protester ./././punct")
        .sentence("BELFAST/NNP/3/nsubj -/:/1/punct Police/NNS/4/nsubj/police arrested/VBD/0/root/arrest "
            + "protesters/NNS/4/obj/protester ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Police")).isEqualTo("JPNCOP");
    assertThat(codeAt(doc, 1, "Police")).isEqualTo("GBRCOP");
  }

  @Test
  void apply_placeNameEndingAnOrganisationsNameInAStoryFromThatCountry_keepsTheCountry() {
    Document doc = new CoderFixture("Chemical New York Corp said it accused the bank.")
        .dateline("NEW YORK")
        .sentence("Chemical/NNP/4/compound New/NNP/3/compound York/NNP/4/compound Corp/NNP/5/nsubj said/VBD/0/root/say "
            + "it/PRP/7/nsubj accused/VBD/5/ccomp/accuse the/DT/9/det bank/NN/7/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Corp")).startsWith("USA");
  }

  @Test
  void apply_digestItemJoinedToTheItemBefore_impliesItsOwnCountry() {
    String text = "TOKYO - Police arrested protesters (AB 12)\n    BELFAST - Police arrested protesters.";
    Document doc = new CoderFixture(text)
        .dateline("TOKYO")
        .sentence("TOKYO/NNP/3/nsubj -/:/1/punct Police/NNS/4/nsubj/police arrested/VBD/0/root/arrest "
            + "protesters/NNS/4/obj/protester (/-LRB-/7/punct AB/NNP/5/dep 12/CD/7/nummod )/-RRB-/7/punct "
            + "BELFAST/NNP/13/nsubj -/:/10/punct Police/NNS/13/nsubj/police arrested/VBD/4/parataxis/arrest "
            + "protesters/NNS/13/obj/protester ./././punct")
        .actors();
    // the item's country holds from its sentence on; the sentence joined to it takes it too
    assertThat(doc.actors()).filteredOn(m -> m.head() == 11).extracting(m -> m.actor().code().orElse("null"))
        .containsExactly("GBRCOP");
  }

  @Test
  void apply_personRecodedLater_isRecodedUnderTheSurnameToo() {
    Document doc = new CoderFixture("Japanese Ambassador Ann Tern spoke. Korean Ambassador Ann Tern left. Tern smiled.")
        .sentence("Japanese/JJ/4/amod Ambassador/NNP/4/compound Ann/NNP/4/compound Tern/NNP/5/nsubj spoke/VBD/0/root/speak ./././punct")
        .sentence("Korean/JJ/4/amod Ambassador/NNP/4/compound Ann/NNP/4/compound Tern/NNP/5/nsubj left/VBD/0/root/leave ./././punct")
        .sentence("Tern/NNP/2/nsubj smiled/VBD/0/root/smile ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Tern")).isEqualTo("JPNGOV");
    assertThat(codeAt(doc, 1, "Tern")).isEqualTo("KORGOV");
    assertThat(codeAt(doc, 2, "Tern")).isEqualTo("KORGOV");
  }

  @Test
  void apply_worldLeaderNamedAloneByTheLexicon_isCodedByTheOfficeHeldThatDay() {
    Document doc = new CoderFixture("Nawaz Sharif spoke. Sharif left.")
        .published(java.time.LocalDate.of(2015, 3, 1))
        .sentence("Nawaz/NNP/2/compound Sharif/NNP/3/nsubj spoke/VBD/0/root/speak ./././punct")
        .sentence("Sharif/NNP/2/nsubj left/VBD/0/root/leave ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "Sharif")).isEqualTo("PAKGOV");
  }

  @Test
  void apply_usPartyLabelInAStoryWithNoCountry_isAnAmericanPolitician() {
    Document doc = new CoderFixture("Democrat Ann Tern criticized Senate Republicans. Christian Democrats left.")
        .sentence("Democrat/NNP/3/compound Ann/NNP/3/compound Tern/NNP/4/nsubj criticized/VBD/0/root/criticize "
            + "Senate/NNP/6/compound Republicans/NNPS/4/obj/republican ./././punct")
        .sentence("Christian/NNP/2/compound Democrats/NNPS/3/nsubj/democrat left/VBD/0/root/leave ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Tern")).isEqualTo("USAPTY");
    assertThat(codeAt(doc, 0, "Republicans")).isEqualTo("USAPTY");
    assertThat(codeAt(doc, 1, "Democrats")).isNotEqualTo("USAPTY");
  }

  @Test
  void apply_usPartyLabelInAStoryWithADateline_keepsTheDatelinesCountry() {
    Document doc = new CoderFixture("Republican leaders met.")
        .dateline("DUBLIN")
        .sentence("Republican/JJ/2/amod leaders/NNS/3/nsubj/leader met/VBD/0/root/meet ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "leaders")).startsWith("IRL");
  }
}
