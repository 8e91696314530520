package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Event;

/**
 * Who receives what is given, returned, eased or yielded when the parser hangs the receiver away from
 * the verb; pardons; joint exercises counted in rounds; shows of force.
 */
class YieldAndAidTargetsTest {
  @Test
  void code_returnedAThingWhoseParticipleTookTheToPhrase_returnsItToTheReceiver() {
    Document doc = new CoderFixture("The United States returned a statue engraved with ancient script to Cambodia.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj returned/VBD/0/root/return a/DT/6/det "
            + "statue/NN/4/obj engraved/VBN/6/acl/engrave with/IN/10/case ancient/JJ/10/amod script/NN/7/obl "
            + "to/IN/12/case Cambodia/NNP/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("USA>KHM:0842");
  }

  @Test
  void code_liftedRestrictionsImposedOnACountry_easesThemForThatCountry() {
    Document doc = new CoderFixture("The Kenyan government lifted travel restrictions imposed on Somalia.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod government/NN/4/nsubj lifted/VBD/0/root/lift travel/NN/6/compound "
            + "restrictions/NNS/4/obj/restriction imposed/VBN/6/acl/impose on/IN/9/case Somalia/NNP/7/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENGOV>SOM:081");
  }

  @Test
  void code_sumWhoseMeasureTookTheToPhrase_isAidToTheReceiver() {
    Document doc = new CoderFixture("Norway provided an additional $5 million in assistance to Malawi.")
        .sentence("Norway/NNP/2/nsubj provided/VBD/0/root/provide an/DT/2/obj/a additional/JJ/3/amod $/$/4/dep "
            + "5/CD/7/compound million/CD/5/nummod in/IN/9/case assistance/NN/5/nmod to/IN/11/case Malawi/NNP/5/nmod "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NOR>MWI:070");
  }

  @Test
  void code_misattachedPhraseOfAnotherPreposition_isNoReceiver() {
    // "with Russia" names what the statue is engraved with, not whom it went to
    Document doc = new CoderFixture("The United States returned a statue engraved with a map of Russia.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj returned/VBD/0/root/return a/DT/6/det "
            + "statue/NN/4/obj engraved/VBN/6/acl/engrave with/IN/9/case a/DT/9/det map/NN/7/obl of/IN/11/case "
            + "Russia/NNP/9/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.contains(">RUS"));
  }

  @Test
  void code_pardon_isAReleaseNotForgiveness() {
    Document doc = new CoderFixture("Bolivia pardoned a former Chilean army officer.")
        .sentence("Bolivia/NNP/2/nsubj pardoned/VBD/0/root/pardon a/DT/7/det former/JJ/7/amod Chilean/JJ/7/amod "
            + "army/NN/7/compound officer/NN/2/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("0841");
    assertThat(asserted(doc)).extracting(e -> e.type().plover()).containsExactly("YIELD");
  }

  @Test
  void code_beganARoundOfJointExercises_isMilitaryCooperationBetweenThePartners() {
    Document doc = new CoderFixture("Peru and Chile began a new round of joint naval exercises.")
        .sentence("Peru/NNP/4/nsubj and/CC/3/cc Chile/NNP/1/conj began/VBD/0/root/begin a/DT/7/det new/JJ/7/amod "
            + "round/NN/4/obj of/IN/11/case joint/JJ/11/amod naval/JJ/11/amod exercises/NNS/7/nmod/exercise "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("PER>CHL:062", "CHL>PER:062");
  }

  @Test
  void code_performedJointWarGames_isMilitaryCooperation() {
    Document doc = new CoderFixture("Peru and Chile performed joint war games.")
        .sentence("Peru/NNP/4/nsubj and/CC/3/cc Chile/NNP/1/conj performed/VBD/0/root/perform joint/JJ/7/amod "
            + "war/NN/7/compound games/NNS/4/obj/game ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("PER>CHL:062", "CHL>PER:062");
  }

  @Test
  void code_mobilizedTroopsForAnOffensiveAgainstAnUncodedGroup_aimsAtThatGroup() {
    Document doc = new CoderFixture("Turkey mobilized its troops for an offensive against the insurgents.")
        .sentence("Turkey/NNP/2/nsubj mobilized/VBD/0/root/mobilize its/PRP$/4/nmod:poss troops/NNS/2/obj/troop "
            + "for/IN/7/case an/DT/7/det/a offensive/NN/2/obl against/IN/10/case the/DT/10/det "
            + "insurgents/NNS/7/nmod/insurgent ./././punct")
        .code();
    assertThat(asserted(doc)).singleElement().satisfies(e -> {
      assertThat(e.type().code()).isEqualTo("153");
      assertThat(e.target().map(t -> t.text())).hasValueSatisfying(t -> assertThat(t).contains("insurgents"));
    });
  }

  @Test
  void code_beefedUpItsPresenceAlongTheBorder_isAShowOfForce() {
    Document doc = new CoderFixture("The Indian army beefed up its presence along the border with China.")
        .sentence("The/DT/3/det Indian/JJ/3/amod army/NN/4/nsubj beefed/VBD/0/root/beef up/RP/4/compound:prt "
            + "its/PRP$/7/nmod:poss presence/NN/4/obj along/IN/10/case the/DT/10/det border/NN/4/obl with/IN/12/case "
            + "China/NNP/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("INDMIL>CHN:150");
  }

  @Test
  void code_aidAnnouncedToHelpFamiliesInACountry_goesToTheCountry() {
    Document doc = new CoderFixture("Japan announced emergency aid of $3 million to help families in Nepal.")
        .sentence("Japan/NNP/2/nsubj announced/VBD/0/root/announce emergency/NN/4/compound aid/NN/2/obj of/IN/10/mark "
            + "$/$/10/nsubj 3/CD/8/compound million/CD/6/nummod to/TO/10/mark help/VB/4/acl families/NNS/10/obj/family "
            + "in/IN/13/case Nepal/NNP/10/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPN>NPL:070");
  }

  @Test
  void code_aidToMeetTheNeedsOfAnUncodedGroup_goesToTheGroup() {
    Document doc = new CoderFixture("Norway is providing relief to meet the needs of refugees.")
        .sentence("Norway/NNP/3/nsubj is/VBZ/3/aux/be providing/VBG/0/root/provide relief/NN/3/obj to/TO/6/mark "
            + "meet/VB/3/xcomp the/DT/8/det needs/NNS/6/obj/need of/IN/10/case refugees/NNS/8/nmod/refugee ./././punct")
        .code();
    assertThat(asserted(doc)).singleElement().satisfies(e -> {
      assertThat(e.type().code()).isEqualTo("073");
      assertThat(e.target().map(t -> t.text())).hasValueSatisfying(t -> assertThat(t).contains("refugees"));
    });
  }

  @Test
  void code_fundsToBuildSchools_serveNoOneNamed() {
    Document doc = new CoderFixture("Norway provided funds to build schools.")
        .sentence("Norway/NNP/2/nsubj provided/VBD/0/root/provide funds/NNS/2/obj/fund to/TO/5/mark build/VB/2/xcomp "
            + "schools/NNS/5/obj/school ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_calledOffAStrikeAfterAnAgreementWithTheGovernment_yieldsToTheGovernment() {
    Document doc = new CoderFixture("Dock workers called off their strike after an agreement with the Chilean government.")
        .sentence("Dock/NN/2/compound workers/NNS/3/nsubj/worker called/VBD/0/root/call off/RP/3/compound:prt "
            + "their/PRP$/6/nmod:poss/they strike/NN/3/obj after/IN/9/case an/DT/9/det/a agreement/NN/3/obl "
            + "with/IN/13/case the/DT/13/det Chilean/JJ/13/amod government/NN/9/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(Event::type).extracting(t -> t.code()).containsExactly("080");
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("?>CHLGOV:080");
  }

  @Test
  void code_calledOffAStrikeAfterTheGovernmentAccepted_yieldsToTheGovernment() {
    Document doc = new CoderFixture("Dock workers called off the strike after the Peruvian government agreed to raise pay.")
        .sentence("Dock/NN/2/compound workers/NNS/3/nsubj/worker called/VBD/0/root/call off/RP/3/compound:prt "
            + "the/DT/6/det strike/NN/3/obj after/IN/11/mark the/DT/10/det Peruvian/JJ/10/amod government/NN/11/nsubj "
            + "agreed/VBD/3/advcl/agree to/TO/13/mark raise/VB/11/xcomp pay/NN/13/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("?>PERGOV:080");
  }

  @Test
  void code_peacekeepersArriving_isMilitaryProtectionForThePlaceNotAVisit() {
    Document doc = new CoderFixture("Kenyan peacekeepers arrived in Somalia on Monday.")
        .sentence("Kenyan/JJ/2/amod peacekeepers/NNS/3/nsubj/peacekeeper arrived/VBD/0/root/arrive in/IN/5/case "
            + "Somalia/NNP/3/obl on/IN/7/case Monday/NNP/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("074");
    assertThat(asserted(doc)).extracting(e -> e.target().flatMap(t -> t.code()).orElse("?")).containsExactly("SOM");
  }

  @Test
  void code_deploymentOnAPeacekeepingMission_isMilitaryProtection() {
    Document doc = new CoderFixture("Ghana announced the deployment of 200 troops to Mali on a peacekeeping mission.")
        .sentence("Ghana/NNP/2/nsubj announced/VBD/0/root/announce the/DT/4/det deployment/NN/2/obj of/IN/7/case "
            + "200/CD/7/nummod troops/NNS/4/nmod to/IN/9/case Mali/NNP/4/nmod on/IN/13/case a/DT/13/det "
            + "peacekeeping/NN/13/compound mission/NN/4/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GHA>MLI:074");
  }

  @Test
  void code_troopsDeployedWithNoPeacekeeping_stayAShowOfForce() {
    Document doc = new CoderFixture("Ghana announced the deployment of 200 troops to Mali.")
        .sentence("Ghana/NNP/2/nsubj announced/VBD/0/root/announce the/DT/4/det deployment/NN/2/obj of/IN/7/case "
            + "200/CD/7/nummod troops/NNS/4/nmod to/IN/9/case Mali/NNP/4/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GHA>MLI:154");
  }

  @Test
  void code_exerciseStagedByTwoForces_isCooperationBetweenThem() {
    Document doc = new CoderFixture("The exercise was staged by Peruvian marines and Chilean forces.")
        .sentence("The/DT/2/det exercise/NN/4/nsubj:pass was/VBD/4/aux:pass/be staged/VBN/0/root/stage by/IN/7/case "
            + "Peruvian/JJ/7/amod marines/NNS/4/obl/marine and/CC/10/cc Chilean/JJ/10/amod forces/NNS/7/conj/force "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("PERMIL>CHLMIL:062",
        "CHLMIL>PERMIL:062");
  }

  @Test
  void code_visitToPeacekeepers_staysAVisit() {
    Document doc = new CoderFixture("The Irish president visited peacekeeping troops in Lebanon.")
        .sentence("The/DT/3/det Irish/JJ/3/amod president/NN/4/nsubj visited/VBD/0/root/visit peacekeeping/NN/6/compound "
            + "troops/NNS/4/obj/troop in/IN/8/case Lebanon/NNP/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("042");
  }

  @Test
  void code_withdrewFromTalibanHeldMountains_yieldsToTheTalibanHoldingThem() {
    Document doc = new CoderFixture("Afghan troops withdrew from the Taliban-held mountains.")
        .sentence("Afghan/JJ/2/amod troops/NNS/3/nsubj withdrew/VBD/0/root/withdraw from/IN/9/case the/DT/9/det "
            + "Taliban/NNP/8/obl -/HYPH/8/punct held/VBN/9/amod/hold mountains/NNS/3/obl/mountain ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("AFGMIL>AFGREB:0874");
  }

  @Test
  void code_announcedBansOnTravelToItselfAgainstOfficers_bansTheOfficersNotItsOwnCountry() {
    Document doc = new CoderFixture("Canada announced bans on travel to Canada against Russian officers.")
        .sentence("Canada/NNP/2/nsubj announced/VBD/0/root/announce bans/NNS/2/obj/ban on/IN/5/case travel/NN/3/nmod "
            + "to/IN/7/case Canada/NNP/5/nmod against/IN/10/case Russian/JJ/10/amod officers/NNS/5/nmod/officer ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("CAN>RUSMIL:172");
  }

  @Test
  void code_announcedABanOnImportsFromAState_restrictsThatState() {
    Document doc = new CoderFixture("The EU announced a ban on imports from Iran.")
        .sentence("The/DT/2/det EU/NNP/3/nsubj announced/VBD/0/root/announce a/DT/5/det ban/NN/3/obj on/IN/7/case "
            + "imports/NNS/5/nmod/import from/IN/9/case Iran/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).isNotEmpty().allMatch(d -> d.contains(">IRN:"));
  }

  @Test
  void code_bansReadAsAVerbOnTravelToItselfAgainstOfficers_bansTheOfficers() {
    Document doc = new CoderFixture("Canada bans on travel to Canada against Russian officers.")
        .sentence("Canada/NNP/2/nsubj bans/VBZ/0/root/ban on/IN/4/case travel/NN/2/obl to/IN/6/case Canada/NNP/4/nmod "
            + "against/IN/9/case Russian/JJ/9/amod officers/NNS/4/nmod/officer ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).isNotEmpty().allMatch(d -> d.startsWith("CAN>RUSMIL:17"));
  }
}
