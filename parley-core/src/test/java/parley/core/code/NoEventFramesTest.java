package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/**
 * Frames a careful CAMEO coder would not code although a lexicon verb stands in them: naming,
 * figurative meetings and fights, opinions agreed with, refusals to comment, acts not yet done.
 */
class NoEventFramesTest {
  @Test
  void code_callsXAName_isNoTelephoneCall() {
    Document doc = new CoderFixture("Kenya calls Uganda a friend.")
        .sentence("Kenya/NNP/2/nsubj calls/VBZ/0/root/call Uganda/NNP/2/iobj a/DT/5/det friend/NN/3/dep ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().code().equals("041"));
  }

  @Test
  void code_jointSubjectsCallAPlanAMistake_isNoCallAmongThem() {
    Document doc = new CoderFixture("Britain and France called the plan a mistake.")
        .sentence("Britain/NNP/4/nsubj and/CC/3/cc France/NNP/1/conj called/VBD/0/root/call the/DT/6/det "
            + "plan/NN/8/nsubj a/DT/8/det mistake/NN/4/xcomp ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().code().equals("041"));
  }

  @Test
  void code_calledForWithTheForPhraseMisparsed_isNoCallAmongTheCallers() {
    Document doc = new CoderFixture("The Paris Agreement, by the United States, Japan and France, called for stable currencies.")
        .sentence("The/DT/3/det Paris/NNP/3/compound Agreement/NNP/14/nsubj ,/,/14/punct by/IN/8/case the/DT/8/det "
            + "United/NNP/8/compound States/NNP/14/obl ,/,/14/punct Japan/NNP/14/nsubj and/CC/12/cc France/NNP/10/conj "
            + ",/,/14/punct called/VBN/0/root/call for/IN/17/case stable/JJ/17/amod currencies/NNS/14/obl/currency ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().code().equals("041"));
  }

  @Test
  void code_travelledToAStateOfItsOwnCountryToHelpACampaign_isNoVisitAndNoAid() {
    Document doc = new CoderFixture("A volunteer from Ohio traveled to Iowa to help the campaign.")
        .sentence("A/DT/2/det volunteer/NN/5/nsubj from/IN/4/case Ohio/NNP/2/nmod traveled/VBD/0/root/travel "
            + "to/IN/7/case Iowa/NNP/5/obl to/TO/9/mark help/VB/5/xcomp the/DT/11/det campaign/NN/9/obj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_joiningHisRunningMateOnTheTrail_isNoMeeting() {
    Document doc = new CoderFixture("Pence is joining his running mate on the trail.")
        .sentence("Pence/NNP/3/nsubj is/VBZ/3/aux/be joining/VBG/0/root/join his/PRP$/6/nmod:poss/he "
            + "running/NN/6/compound mate/NN/3/obj on/IN/9/case the/DT/9/det trail/NN/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_joiningXInCallingForY_isNoMeetingWithX() {
    Document doc = new CoderFixture("Mike Pence is joining Donald Trump in calling for a special prosecutor after reports "
        + "that Clinton held meetings with donors.")
        .sentence("Mike/NNP/2/compound Pence/NNP/4/nsubj is/VBZ/4/aux/be joining/VBG/0/root/join Donald/NNP/6/compound "
            + "Trump/NNP/4/obj in/IN/8/case calling/VBG/4/obl/call for/IN/12/case a/DT/12/det special/JJ/12/amod "
            + "prosecutor/NN/8/nmod after/IN/14/case reports/NNS/12/nmod/report that/WDT/17/dep Clinton/NNP/17/nsubj "
            + "held/VBD/14/ccomp/hold meetings/NNS/17/obj/meeting with/IN/20/case donors/NNS/18/nmod/donor ./././punct")
        .published(java.time.LocalDate.of(2016, 8, 23))
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.rule().startsWith("join"));
  }

  @Test
  void code_headlineInCapitalsWithAParticipleOfForce_isNoActOfItsSubject() {
    Document doc = new CoderFixture("Cairo.\n\nELEVEN POLICE KILLED IN ATTACK IN EGYPT\n\nThe attack was in Sinai.")
        .sentence("Cairo/NNP/0/root ./././punct")
        .sentence("ELEVEN/NNP/2/compound/eleven POLICE/NN/3/nsubj/police KILLED/VBD/0/root/kill IN/IN/5/case/in "
            + "ATTACK/NN/3/obl/attack IN/IN/7/case/in EGYPT/NNP/5/nmod/Egypt")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("18") || e.type().root().equals("19"));
  }

  @Test
  void code_investedInEffortsToHelpX_isNoEconomicCooperationWithX() {
    Document doc = new CoderFixture("The government says it has invested heavily in efforts to help Kenya.")
        .sentence("The/DT/2/det government/NN/3/nsubj says/VBZ/0/root/say it/PRP/6/nsubj has/VBZ/6/aux/have "
            + "invested/VBN/3/ccomp/invest heavily/RB/6/advmod in/IN/9/case efforts/NNS/6/obl/effort to/TO/11/mark "
            + "help/VB/9/acl Kenya/NNP/11/obj ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().code().equals("061"));
  }

  @Test
  void code_saidHeWouldOfferAPrayer_isNoOffer() {
    Document doc = new CoderFixture("Obama said he would offer a prayer for the victims.")
        .sentence("Obama/NNP/2/nsubj said/VBD/0/root/say he/PRP/5/nsubj would/MD/5/aux offer/VB/2/ccomp a/DT/7/det "
            + "prayer/NN/5/obj for/IN/10/case the/DT/10/det victims/NNS/7/nmod/victim ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("03"));
  }

  @Test
  void code_agreesThatSomeoneDidSomething_isAnOpinionNoAgreement() {
    Document doc = new CoderFixture("Obama agrees Trump has made mistakes.")
        .sentence("Obama/NNP/2/nsubj agrees/VBZ/5/csubj/agree Trump/NNP/2/obj has/VBZ/5/aux/have made/VBN/0/root/make "
            + "mistakes/NNS/5/obj/mistake ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("03"));
  }

  @Test
  void code_toldReportersHeAgreesXIsSomething_isAnOpinionNoAgreement() {
    Document doc = new CoderFixture("Obama told reporters that he agrees Trump is a total opportunist.")
        .sentence("Obama/NNP/2/nsubj told/VBD/11/csubj/tell reporters/NNS/2/obj/reporter that/IN/6/mark he/PRP/6/nsubj "
            + "agrees/VBZ/2/ccomp/agree Trump/NNP/6/obj is/VBZ/11/cop/be a/DT/11/det total/JJ/11/amod "
            + "opportunist/NN/0/root ./././punct")
        .published(java.time.LocalDate.of(2016, 8, 23))
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("03"));
  }

  @Test
  void code_organisationCalledAName_isNoTelephoneCall() {
    Document doc = new CoderFixture("The group is a Kenyan organisation, called the Friends of Uganda, they said.")
        .sentence("The/DT/2/det group/NN/6/nsubj is/VBZ/6/cop/be a/DT/6/det Kenyan/JJ/6/amod organisation/NN/0/root "
            + ",/,/6/punct called/VBD/6/acl/call the/DT/10/det Friends/NNPS/8/obj/friend of/IN/12/case "
            + "Uganda/NNP/10/nmod ,/,/6/punct they/PRP/15/nsubj said/VBD/6/parataxis/say ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().code().equals("041"));
  }

  @Test
  void code_agreedThatXWasRight_isAnOpinionNoAgreement() {
    Document doc = new CoderFixture("Obama agreed that Putin was right.")
        .sentence("Obama/NNP/2/nsubj agreed/VBD/0/root/agree that/IN/6/mark Putin/NNP/6/nsubj was/VBD/6/cop/be "
            + "right/JJ/2/ccomp ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("03"));
  }

  @Test
  void code_agreedWithXsView_isAnOpinionNoAgreement() {
    Document doc = new CoderFixture("Obama said he agreed with Putin's view.")
        .sentence("Obama/NNP/2/nsubj said/VBD/0/root/say he/PRP/4/nsubj agreed/VBD/2/ccomp/agree with/IN/8/case "
            + "Putin/NNP/8/nmod:poss 's/POS/6/case view/NN/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("03"));
  }

  @Test
  void code_agreedWithTheNeed_isAnOpinionNoAgreement() {
    Document doc = new CoderFixture("Britain agreed with the need for Kenya to act.")
        .sentence("Britain/NNS/3/nsubj agreed/VBD/0/root/agree with/IN/6/case the/DT/6/det need/NN/3/obl "
            + "for/IN/10/mark Kenya/NNP/10/nsubj to/TO/10/mark act/VB/6/acl ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("03"));
  }

  @Test
  void code_planBackedByTwoCountries_isNoSupportBetweenThem() {
    Document doc = new CoderFixture("The plan was backed by Britain and France.")
        .sentence("The/DT/2/det plan/NN/4/nsubj:pass was/VBD/4/aux:pass/be backed/VBN/0/root/back by/IN/6/case "
            + "Britain/NNP/4/obl and/CC/8/cc France/NNP/6/conj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).doesNotContain("GBR>FRA:051", "FRA>GBR:051");
  }

  @Test
  void code_participlePlanBackedByTwoCountries_isNoSupportBetweenThem() {
    Document doc = new CoderFixture("The plan, backed by Britain and France, failed.")
        .sentence("The/DT/2/det plan/NN/10/nsubj ,/,/2/punct backed/VBN/2/acl/back by/IN/6/case Britain/NNP/4/obl "
            + "and/CC/8/cc France/NNP/6/conj ,/,/2/punct failed/VBD/0/root/fail ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).doesNotContain("GBR>FRA:051", "FRA>GBR:051");
  }

  @Test
  void code_withoutConsultingX_isNoConsultation() {
    Document doc = new CoderFixture("The minister announced the plan without consulting Germany.")
        .sentence("The/DT/2/det minister/NN/3/nsubj announced/VBD/0/root/announce the/DT/5/det plan/NN/3/obj "
            + "without/IN/8/case consulting/VBG/8/amod/consult Germany/NNP/3/obl ./././punct")
        .dateline("BERLIN")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("04"));
  }

  @Test
  void code_hasYetToEndorse_isNotDone() {
    Document doc = new CoderFixture("Kenya has yet to endorse the proposal by Uganda.")
        .sentence("Kenya/NNP/2/nsubj has/VBZ/0/root/have yet/RB/5/advmod to/TO/5/mark endorse/VB/2/ccomp "
            + "the/DT/7/det proposal/NN/5/obj by/IN/9/case Uganda/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("05"));
  }

  @Test
  void code_metOppositionFromX_isNoMeeting() {
    Document doc = new CoderFixture("The minister has met opposition from Kenya.")
        .sentence("The/DT/2/det minister/NN/4/nsubj has/VBZ/4/aux/have met/VBN/0/root/meet opposition/NN/4/obj "
            + "from/IN/7/case Kenya/NNP/5/nmod ./././punct")
        .dateline("NAIROBI")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("04"));
  }

  @Test
  void code_fightTaxMeasures_isNoForceNorThreat() {
    Document doc = new CoderFixture("Kenya will fight the new tax measures of Uganda.")
        .sentence("Kenya/NNP/3/nsubj will/MD/3/aux fight/VB/0/root the/DT/7/det new/JJ/7/amod tax/NN/7/compound "
            + "measures/NNS/3/obj/measure of/IN/9/case Uganda/NNP/7/nmod ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().root().equals("19") || e.type().root().equals("13"));
  }

  @Test
  void code_declinedToGiveDetails_isNoRejection() {
    Document doc = new CoderFixture("The minister declined to give details.")
        .sentence("The/DT/2/det minister/NN/3/nsubj declined/VBD/0/root/decline to/TO/5/mark give/VB/3/xcomp "
            + "details/NNS/5/obj/detail ./././punct")
        .dateline("NAIROBI")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_refusedToCommentOnXsReport_isNoRejection() {
    Document doc = new CoderFixture("The government refused to comment on the report by Kenya.")
        .sentence("The/DT/2/det government/NN/3/nsubj refused/VBD/0/root/refuse to/TO/5/mark comment/VB/3/xcomp "
            + "on/IN/8/case the/DT/8/det report/NN/5/obl by/IN/10/case Kenya/NNP/8/nmod ./././punct")
        .dateline("KAMPALA")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_declinedARequestFromXToComment_stillRejectsTheRequest() {
    Document doc = new CoderFixture("The Kenyan minister declined a request from Uganda to comment.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod minister/NN/4/nsubj declined/VBD/0/root/decline a/DT/6/det "
            + "request/NN/4/obj from/IN/8/case Uganda/NNP/6/nmod to/TO/10/mark comment/VB/4/xcomp ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENGOV>UGA:120");
  }

  @Test
  void code_stateSaidItsTroopsKilled_claimsTheActAndAccusesNoOne() {
    Document doc = new CoderFixture("Iraq said its troops had killed hundreds of Iranians.")
        .sentence("Iraq/NNP/2/nsubj said/VBD/0/root/say its/PRP$/4/nmod:poss troops/NNS/6/nsubj had/VBD/6/aux/have "
            + "killed/VBN/2/ccomp/kill hundreds/NNS/6/obj/hundred of/IN/9/case Iranians/NNPS/7/nmod/iranian ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().code().equals("112"));
    assertThat(asserted(doc)).anyMatch(e -> e.type().code().equals("015"));
  }

  @Test
  void code_feesItChargesCompaniesMisparsed_isNoArrest() {
    Document doc = new CoderFixture("The government has taken in more money because of fees it charges Kenyan companies.")
        .sentence("The/DT/2/det government/NN/4/nsubj has/VBZ/4/aux/have taken/VBN/0/root/take in/IN/4/compound:prt "
            + "more/JJR/7/amod money/NN/4/obj because/IN/10/case of/IN/8/fixed fees/NNS/4/obl/fee it/PRP/12/nsubj "
            + "charges/VBZ/4/parataxis/charge Kenyan/JJ/14/amod companies/NNS/12/obj/company ./././punct")
        .dateline("NAIROBI")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("17") || e.type().root().equals("11"));
  }

  @Test
  void code_hadNoCapacityToCarryOutAttacks_isNoAttack() {
    Document doc = new CoderFixture("Iran had no demonstrable capacity to carry out attacks in Kenya.")
        .sentence("Iran/NNP/2/nsubj had/VBD/0/root/have no/DT/5/det demonstrable/JJ/5/amod capacity/NN/2/obj "
            + "to/TO/7/mark carry/VB/2/ccomp out/RP/7/compound:prt attacks/NNS/7/obj/attack in/IN/10/case "
            + "Kenya/NNP/9/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_hasToFindAWayToSupportX_isAnObligationNotDone() {
    Document doc = new CoderFixture("The Kenyan government has to find a way of generating revenue to support Uganda.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod government/NN/6/nsubj has/VBZ/6/aux/have to/TO/6/mark find/VB/0/root "
            + "a/DT/8/det way/NN/6/obj of/IN/11/case generating/VBG/11/amod/generate revenue/NN/8/nmod to/TO/13/mark "
            + "support/VB/6/xcomp Uganda/NNP/13/obj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_speakingToParliament_isNoConsultation() {
    Document doc = new CoderFixture("The British prime minister was speaking to parliament on Tuesday.")
        .sentence("The/DT/4/det British/JJ/4/amod prime/JJ/4/amod minister/NN/6/nsubj was/VBD/6/aux/be "
            + "speaking/VBG/0/root/speak to/IN/8/case parliament/NN/6/obl on/IN/10/case Tuesday/NNP/6/obl ./././punct")
        .dateline("LONDON")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("04"));
  }

  @Test
  void code_discussingResultsWithReporters_isNoConsultation() {
    Document doc = new CoderFixture("Discussing the results with Japanese reporters, Nakasone said the party had lost.")
        .sentence("Discussing/VBG/9/advcl/discuss the/DT/3/det results/NNS/1/obj/result with/IN/6/case "
            + "Japanese/JJ/6/amod reporters/NNS/1/obl/reporter ,/,/9/punct Nakasone/NNP/9/nsubj said/VBD/0/root/say "
            + "the/DT/11/det party/NN/13/nsubj had/VBD/13/aux/have lost/VBN/9/ccomp/lose ./././punct")
        .published(java.time.LocalDate.of(1987, 4, 13))
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("04"));
  }

  @Test
  void code_supportedTheDollar_isNoEndorsement() {
    Document doc = new CoderFixture("The Japanese central bank supported the dollar.")
        .sentence("The/DT/4/det Japanese/JJ/4/amod central/JJ/4/amod bank/NN/5/nsubj supported/VBD/0/root/support "
            + "the/DT/7/det dollar/NN/5/obj ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("05"));
  }

  @Test
  void code_policeAndTroopsStoppedTheAttacks_isNoTruceBetweenThem() {
    Document doc = new CoderFixture("Kenyan police and troops stopped the attacks.")
        .sentence("Kenyan/JJ/2/amod police/NNS/5/nsubj and/CC/4/cc troops/NNS/2/conj stopped/VBD/0/root/stop "
            + "the/DT/7/det attacks/NNS/5/obj/attack ./././punct")
        .dateline("NAIROBI")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().code().equals("0871"));
  }

  @Test
  void code_troopsDeployedToStopAttacks_isAPurposeNotDone() {
    Document doc = new CoderFixture("Police and troops deployed at stations to stop attacks on Kenyan trains.")
        .sentence("Police/NNS/4/nsubj and/CC/3/cc troops/NNS/1/conj deployed/VBD/0/root/deploy at/IN/6/case "
            + "stations/NNS/4/obl/station to/TO/8/mark stop/VB/4/xcomp attacks/NNS/8/obj/attack on/IN/12/case "
            + "Kenyan/JJ/12/amod trains/NNS/9/nmod/train ./././punct")
        .dateline("NAIROBI")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().code().equals("0871"));
  }

  @Test
  void code_feesTheGovernmentChargesCompanies_isNoArrest() {
    Document doc = new CoderFixture("The fees the government charges Kenyan companies rose.")
        .sentence("The/DT/2/det fees/NNS/8/nsubj/fee the/DT/4/det government/NN/5/nsubj charges/VBZ/2/acl:relcl/charge "
            + "Kenyan/JJ/7/amod companies/NNS/5/obj/company rose/VBD/0/root/rise ./././punct")
        .dateline("NAIROBI")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("17"));
  }

  @Test
  void code_attackingAPlan_isCriticismNotForce() {
    Document doc = new CoderFixture("The opposition parties have been attacking the tax plan of the government.")
        .sentence("The/DT/3/det opposition/NN/3/compound parties/NNS/6/nsubj/party have/VBP/6/aux been/VBN/6/aux/be "
            + "attacking/VBG/0/root/attack the/DT/9/det tax/NN/9/compound plan/NN/6/obj of/IN/12/case the/DT/12/det "
            + "government/NN/9/nmod ./././punct")
        .dateline("TOKYO")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("18") || e.type().root().equals("19"));
  }

  @Test
  void code_calledForAForToClause_isNoCallAmongTheCallers() {
    Document doc = new CoderFixture("Japan, France and Britain called for currencies to be stabilized.")
        .sentence("Japan/NNP/6/nsubj ,/,/1/punct France/NNP/1/conj and/CC/5/cc Britain/NNP/1/conj called/VBD/0/root/call "
            + "for/IN/11/mark currencies/NNS/11/nsubj:pass/currency to/TO/11/mark be/VB/11/aux:pass "
            + "stabilized/VBN/6/advcl/stabilize ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().code().equals("041"));
  }

  @Test
  void code_participleCalledAName_isNoTelephoneCall() {
    Document doc = new CoderFixture("Called the Friends of Kenya, the group met Uganda.")
        .sentence("Called/VBN/8/advcl/call the/DT/3/det Friends/NNPS/1/obj/friend of/IN/5/case Kenya/NNP/3/nmod ,/,/8/punct "
            + "the/DT/7/det group/NN/8/nsubj met/VBD/0/root/meet Uganda/NNP/8/obj ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().code().equals("041"));
  }

  @Test
  void code_talkedDownTheDollar_isNoTalks() {
    Document doc = new CoderFixture("The officials talked down the dollar to force Germany to act.")
        .sentence("The/DT/2/det officials/NNS/3/nsubj/official talked/VBD/0/root/talk down/IN/6/case the/DT/6/det "
            + "dollar/NN/3/obl to/TO/8/mark force/VB/3/xcomp Germany/NNP/8/obj to/TO/11/mark act/VB/8/xcomp ./././punct")
        .dateline("WASHINGTON")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().root().equals("04"));
  }

  @Test
  void code_deployedToStopAttacksOnX_isAPurposeNotDone() {
    Document doc = new CoderFixture("Police and troops were deployed at stations to stop attacks on Kenyan trains.")
        .sentence("Police/NNS/5/nsubj:pass and/CC/3/cc troops/NNS/1/conj were/VBD/5/aux:pass/be deployed/VBN/0/root/deploy "
            + "at/IN/7/case stations/NNS/5/obl/station to/TO/9/mark stop/VB/5/xcomp attacks/NNS/9/obj/attack "
            + "on/IN/13/case Kenyan/JJ/13/amod trains/NNS/10/nmod/train ./././punct")
        .dateline("NAIROBI")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().code().equals("0871"));
  }

  @Test
  void code_policeAndTroopsDeployedToStopAttacks_isNoTruceBetweenThem() {
    Document doc = new CoderFixture("Police and troops were deployed to stop the attacks.")
        .sentence("Police/NNS/5/nsubj:pass and/CC/3/cc troops/NNS/1/conj were/VBD/5/aux:pass/be deployed/VBN/0/root/deploy "
            + "to/TO/7/mark stop/VB/5/xcomp the/DT/9/det attacks/NNS/7/obj/attack ./././punct")
        .dateline("NAIROBI")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().code().equals("0871"));
  }

  @Test
  void code_presidentArrivedInHisOwnCapital_isNoVisit() {
    Document doc = new CoderFixture("Russian President Vladimir Putin arrived in Moscow on Monday.")
        .sentence("Russian/JJ/2/amod/russian President/NNP/4/compound/president Vladimir/NNP/4/compound/vladimir "
            + "Putin/NNP/5/nsubj/putin arrived/VBD/0/root/arrive in/IN/7/case/in Moscow/NNP/5/obl/moscow "
            + "on/IN/9/case/on Monday/NNP/5/obl/monday ././5/punct/.")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.type().code().equals("042"));
  }

  @Test
  void code_ministerArrivedInAForeignCapital_isAVisit() {
    Document doc = new CoderFixture("The German foreign minister arrived in Kabul on Sunday.")
        .sentence("The/DT/4/det/the German/JJ/4/amod/german foreign/JJ/4/amod/foreign minister/NN/5/nsubj/minister "
            + "arrived/VBD/0/root/arrive in/IN/7/case/in Kabul/NNP/5/obl/kabul on/IN/9/case/on "
            + "Sunday/NNP/5/obl/sunday ././5/punct/.")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("DEUGOV>AFG:042");
  }
}
