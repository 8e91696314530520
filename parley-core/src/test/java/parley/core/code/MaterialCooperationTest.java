package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Material cooperation (06), aid (07) and yielding (08): the frames that give, grant, free and ease. */
class MaterialCooperationTest {
  @Test
  void code_setFreeParsedAsAdjective_isARelease() {
    Document doc = new CoderFixture("The Egyptian authorities set free two British journalists.")
        .sentence("The/DT/3/det Egyptian/JJ/3/amod authorities/NNS/4/nsubj/authority set/VBD/0/root free/JJ/8/amod "
            + "two/CD/8/nummod British/JJ/8/amod journalists/NNS/4/obj/journalist ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("EGYGOV>GBRMED:0841");
  }

  @Test
  void code_decreeGrantingCitizenship_isTheSignersConcession() {
    Document doc = new CoderFixture("The Ukrainian president signed a decree granting citizenship to Georgian volunteers.")
        .sentence("The/DT/3/det Ukrainian/JJ/3/amod president/NN/4/nsubj signed/VBD/0/root/sign a/DT/6/det "
            + "decree/NN/4/obj granting/VBG/6/acl/grant citizenship/NN/7/obj to/IN/11/case Georgian/JJ/11/amod "
            + "volunteers/NNS/7/obl/volunteer ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("UKRGOV>GEO:0833");
  }

  @Test
  void code_orderFreeingSailors_isTheIssuersRelease() {
    Document doc = new CoderFixture("The Russian president issued an order freeing 15 Ukrainian sailors.")
        .sentence("The/DT/3/det Russian/JJ/3/amod president/NN/4/nsubj issued/VBD/0/root/issue an/DT/6/det/a "
            + "order/NN/4/obj freeing/VBG/6/acl/free 15/CD/10/nummod Ukrainian/JJ/10/amod sailors/NNS/7/obj/sailor "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("RUSGOV>UKRMIL:0841");
  }

  @Test
  void code_grantedAnExtension_yieldsToTheIndirectObject() {
    Document doc = new CoderFixture("The EU granted Britain an extension until January.")
        .sentence("The/DT/2/det EU/NNP/3/nsubj granted/VBD/0/root/grant Britain/NNP/3/iobj an/DT/6/det/a "
            + "extension/NN/3/obj until/IN/8/case January/NNP/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IGOEEC>GBR:080");
  }

  @Test
  void code_gavePermission_allowsInvolvement() {
    Document doc = new CoderFixture("Pakistan gave the Americans permission to use the air base.")
        .sentence("Pakistan/NNP/2/nsubj gave/VBD/0/root/give the/DT/4/det Americans/NNPS/2/iobj/american "
            + "permission/NN/2/obj to/TO/7/mark use/VB/2/advcl the/DT/10/det air/NN/10/compound base/NN/7/obj "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("PAK>USA:086");
  }

  @Test
  void code_liftedTheStateOfEmergencyInACity_easesItThere() {
    Document doc = new CoderFixture("Ecuador's president lifted the state of emergency in Quito.")
        .sentence("Ecuador/NNP/3/nmod:poss 's/POS/1/case president/NN/4/nsubj lifted/VBD/0/root/lift the/DT/6/det "
            + "state/NN/4/obj of/IN/8/case emergency/NN/6/nmod in/IN/10/case Quito/NNP/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("ECUGOV>ECU:0814");
  }

  @Test
  void code_flewTonsOfMedicineInto_isHumanitarianAid() {
    Document doc = new CoderFixture("Turkey flew 10 tons of medicine into Syria.")
        .sentence("Turkey/NNP/2/nsubj flew/VBD/0/root/fly 10/CD/4/nummod tons/NNS/2/obj/ton of/IN/6/case "
            + "medicine/NN/4/nmod into/IN/8/case Syria/NNP/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("TUR>SYR:073");
  }

  @Test
  void code_receivedHelpFrom_isAidByTheGiver() {
    Document doc = new CoderFixture("Afghanistan received help from Pakistan after the earthquake.")
        .sentence("Afghanistan/NNP/2/nsubj received/VBD/0/root/receive help/NN/2/obj from/IN/5/case "
            + "Pakistan/NNP/2/obl after/IN/8/case the/DT/8/det earthquake/NN/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("PAK>AFG:070");
  }

  @Test
  void code_subjectOfTheLargestDonorOfAidInAPlace_aidsThePlace() {
    Document doc = new CoderFixture("The United States is the largest donor of humanitarian aid in Yemen.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/7/nsubj is/VBZ/7/cop/be the/DT/7/det "
            + "largest/JJS/7/amod/large donor/NN/0/root of/IN/10/case humanitarian/JJ/10/amod aid/NN/7/nmod "
            + "in/IN/12/case Yemen/NNP/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("USA>YEM:070");
  }

  @Test
  void code_evacuatedPeopleFromACountry_aidsTheCountry() {
    Document doc = new CoderFixture("Britain evacuated 500 people from Sudan.")
        .sentence("Britain/NNP/2/nsubj evacuated/VBD/0/root/evacuate 500/CD/4/nummod people/NNS/2/obj/person "
            + "from/IN/6/case Sudan/NNP/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GBR>SDN:070");
  }

  @Test
  void code_handedOverEquipment_isAidNotJudicialCooperation() {
    Document doc = new CoderFixture("The United States handed over medical equipment to the Ethiopian government.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj handed/VBD/0/root/hand over/RP/4/compound:prt "
            + "medical/JJ/7/amod equipment/NN/4/obj to/IN/11/case the/DT/11/det Ethiopian/JJ/11/amod "
            + "government/NN/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("USA>ETHGOV:070");
  }

  @Test
  void code_gaveIntelligenceTo_sharesIntelligence() {
    Document doc = new CoderFixture("China gave intelligence to the Pakistani army.")
        .sentence("China/NNP/2/nsubj gave/VBD/0/root/give intelligence/NN/2/obj to/IN/7/case the/DT/7/det "
            + "Pakistani/JJ/7/amod army/NN/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("CHN>PAKMIL:064");
  }

  @Test
  void code_jointMilitaryExercisesOfJointSubjects_isMilitaryCooperationBetweenThem() {
    Document doc = new CoderFixture("Brazil and Argentina held joint military exercises on Monday.")
        .sentence("Brazil/NNP/4/nsubj and/CC/3/cc Argentina/NNP/1/conj held/VBD/0/root/hold joint/JJ/7/amod "
            + "military/JJ/7/amod exercises/NNS/4/obj/exercise on/IN/9/case Monday/NNP/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("BRA>ARG:062", "ARG>BRA:062");
  }

  @Test
  void code_jointExercisesNearAThirdCountry_doNotTargetIt() {
    Document doc = new CoderFixture("Japan held joint exercises with India near China.")
        .sentence("Japan/NNP/2/nsubj held/VBD/0/root/hold joint/JJ/4/amod exercises/NNS/2/obj/exercise "
            + "with/IN/6/case India/NNP/2/obl near/IN/8/case China/NNP/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPN>IND:062");
  }

  @Test
  void code_jointWarGames_areNoWar() {
    Document doc = new CoderFixture("Jordan and Egypt began joint war games in the desert.")
        .sentence("Jordan/NNP/4/nsubj and/CC/3/cc Egypt/NNP/1/conj began/VBD/0/root/begin joint/JJ/7/amod "
            + "war/NN/7/compound games/NNS/4/obj/game in/IN/10/case the/DT/10/det desert/NN/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("JOR>EGY:062", "EGY>JOR:062");
  }

  @Test
  void code_foodToFamiliesInACountry_aidsTheCountry() {
    Document doc = new CoderFixture("The Red Cross provided food to 3,000 families in Yemen.")
        .sentence("The/DT/3/det Red/NNP/3/compound Cross/NNP/4/nsubj provided/VBD/0/root/provide food/NN/4/obj "
            + "to/IN/8/case 3,000/CD/8/nummod/3000 families/NNS/4/obl/family in/IN/10/case Yemen/NNP/8/nmod "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NGOIRC>YEM:073");
  }

  @Test
  void code_providedMillionsOfEuros_isEconomicAid() {
    Document doc = new CoderFixture("Germany provided 20 million euros to Jordan.")
        .sentence("Germany/NNP/2/nsubj provided/VBD/0/root/provide 20/CD/4/compound million/CD/5/nummod "
            + "euros/NNS/2/obj/euro to/IN/7/case Jordan/NNP/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("DEU>JOR:071");
  }

  @Test
  void code_handedOverBodies_returnsThemRatherThanExtradites() {
    Document doc = new CoderFixture("Israel handed over the bodies to Hamas.")
        .sentence("Israel/NNP/2/nsubj handed/VBD/0/root/hand over/RP/2/compound:prt the/DT/5/det bodies/NNS/2/obj/body "
            + "to/IN/7/case Hamas/NNP/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("084");
  }

  @Test
  void code_orderedThePossessorsRelease_freesThePossessor() {
    Document doc = new CoderFixture("Britain ordered the Iranians' release.")
        .sentence("Britain/NNP/2/nsubj ordered/VBD/0/root/order the/DT/4/det Iranians/NNPS/6/nmod:poss/iranian "
            + "'/POS/4/case release/NN/2/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GBR>IRN:0841");
  }

  @Test
  void code_apposedLargestDonorTo_aidsTheRecipient() {
    Document doc = new CoderFixture("Japan, the largest donor to Myanmar, pledged more aid.")
        .sentence("Japan/NNP/9/nsubj ,/,/1/punct the/DT/5/det largest/JJS/5/amod/large donor/NN/1/appos to/IN/7/case "
            + "Myanmar/NNP/5/nmod ,/,/9/punct pledged/VBD/0/root/pledge more/JJR/11/amod aid/NN/9/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("JPN>MMR:070");
  }

  @Test
  void code_passiveParticipleOnANoun_takesItsByPhraseAsAgent() {
    // "people evacuated from Haiti by the U.S.": the participle's noun is what was evacuated
    Document doc = new CoderFixture("Syrians evacuated from Lebanon by Britain arrived.")
        .sentence("Syrians/NNPS/7/nsubj/syrian evacuated/VBN/1/acl/evacuate from/IN/4/case Lebanon/NNP/2/obl "
            + "by/IN/6/case Britain/NNP/2/obl arrived/VBD/0/root/arrive ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("GBR>LBN:070")
        .noneMatch(d -> d.startsWith("SYR>LBN:07"));
  }

  @Test
  void code_openedBordersToRefugees_grantsAsylumNotTrade() {
    Document doc = new CoderFixture("Lebanon opened its borders to Syrian refugees.")
        .sentence("Lebanon/NNP/2/nsubj opened/VBD/0/root/open its/PRP$/4/nmod:poss borders/NNS/2/obj/border "
            + "to/IN/7/case Syrian/JJ/7/amod refugees/NNS/2/obl/refugee ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("075");
  }

  @Test
  void code_launchedWarGames_isAShowOfForceNotAWar() {
    Document doc = new CoderFixture("The United States and Britain launched war games near Iran.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/6/nsubj and/CC/5/cc Britain/NNP/3/conj "
            + "launched/VBD/0/root/launch war/NN/8/compound games/NNS/6/obj/game near/IN/10/case Iran/NNP/8/nmod "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("USA>IRN:150", "GBR>IRN:150");
  }

  @Test
  void code_handedOverMoneysWorthOfMedicine_isHumanitarianAid() {
    Document doc = new CoderFixture("The Netherlands handed over $2 million worth of medicine to the Ghanaian government.")
        .sentence("The/DT/2/det Netherlands/NNP/3/nsubj handed/VBD/0/root/hand over/RP/3/compound:prt $/$/8/nummod "
            + "2/CD/7/compound million/CD/5/nummod worth/NN/3/obj of/IN/10/case medicine/NN/8/nmod to/IN/14/case "
            + "the/DT/14/det Ghanaian/JJ/14/amod government/NN/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NLD>GHAGOV:073");
  }

  @Test
  void code_permissionForAnActorToAct_isGivenToThatActor() {
    Document doc = new CoderFixture("Egypt gave permission to Russia to help Israel.")
        .sentence("Egypt/NNP/2/nsubj gave/VBD/0/root/give permission/NN/2/obj to/IN/7/mark Russia/NNP/7/nsubj "
            + "to/TO/7/mark help/VB/3/acl Israel/NNP/7/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("EGY>RUS:086")
        .noneMatch(d -> d.startsWith("EGY>ISR"));
  }

  @Test
  void code_sponsoredAResolution_isNoAid() {
    Document doc = new CoderFixture("Egypt sponsored the Security Council resolution.")
        .sentence("Egypt/NNP/2/nsubj sponsored/VBD/0/root/sponsor the/DT/6/det Security/NNP/5/compound "
            + "Council/NNP/6/compound resolution/NN/2/obj ./././punct")
        .code();
    assertThat(doc.events()).isEmpty();
  }
}
