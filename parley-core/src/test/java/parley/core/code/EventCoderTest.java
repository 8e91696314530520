package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;
import static parley.core.code.CoderFixture.dyad;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Mode;

class EventCoderTest {
  @Test
  void code_imposeCurbsOn_isCoercionWithTargetFromPreposition() {
    Document doc = new CoderFixture("Japan imposed curbs on South Korea.")
        .sentence("Japan/NNP/2/nsubj imposed/VBD/0/root/impose curbs/NNS/2/obj/curb on/IN/6/case "
            + "South/NNP/6/compound Korea/NNP/2/obl ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).containsExactly("JPN>KOR:163");
    Event e = doc.events().get(0);
    assertThat(e.mode()).isEqualTo(Mode.ASSERTED);
    assertThat(e.type().plover()).isEqualTo("COERCE");
    assertThat(e.evidence().text()).isEqualTo("Japan imposed curbs on South Korea");
    assertThat(e.rule()).startsWith("impose+obj:");
  }

  @Test
  void code_negatedVerb_isNotAsserted() {
    Document doc = new CoderFixture("Japan did not attack China.")
        .sentence("Japan/NNP/4/nsubj did/VBD/4/aux/do not/RB/4/advmod attack/VB/0/root China/NNP/4/obj ./././punct")
        .code();
    assertThat(doc.events()).hasSize(1);
    assertThat(doc.events().get(0).mode()).isEqualTo(Mode.NEGATED);
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_conditionalClause_isHypothetical() {
    Document doc = new CoderFixture("Japan would attack China if talks failed.")
        .sentence("Japan/NNP/3/nsubj would/MD/3/aux attack/VB/0/root China/NNP/3/obj if/IN/7/mark "
            + "talks/NNS/7/nsubj/talk failed/VBD/3/advcl/fail ./././punct")
        .code();
    assertThat(doc.events()).isNotEmpty().allMatch(e -> e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void code_statedIntentToAttack_isAThreatAndTheAttackStaysHypothetical() {
    Document doc = new CoderFixture("Iran vowed to attack Israel.")
        .sentence("Iran/NNP/2/nsubj vowed/VBD/0/root/vow to/TO/4/mark attack/VB/2/xcomp Israel/NNP/4/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root()).containsExactly("13");
    assertThat(doc.events()).anyMatch(e -> e.type().code().equals("180") && e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void code_plainFuture_isHypotheticalWithoutAStatedIntent() {
    Document doc = new CoderFixture("Iran will attack Israel.")
        .sentence("Iran/NNP/3/nsubj will/MD/3/aux attack/VB/0/root Israel/NNP/3/obj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
    assertThat(doc.events()).extracting(Event::mode).containsExactly(Mode.HYPOTHETICAL);
  }

  @Test
  void code_passive_takesTheByPhraseAsSource() {
    Document doc = new CoderFixture("China was attacked by Japan.")
        .sentence("China/NNP/3/nsubj:pass was/VBD/3/aux:pass/be attacked/VBN/0/root/attack by/IN/5/case "
            + "Japan/NNP/3/obl ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).containsExactly("JPN>CHN:180");
  }

  @Test
  void code_reportedAttackNamedByALightVerb_isAlsoTheSpeakersAccusation() {
    Document doc = new CoderFixture("Iraq said Iran had carried out attacks on Kuwait.")
        .sentence("Iraq/NNP/2/nsubj said/VBD/0/root/say Iran/NNP/5/nsubj had/VBD/5/aux/have carried/VBN/2/ccomp/carry "
            + "out/RP/5/compound:prt attacks/NNS/5/obj/attack on/IN/9/case Kuwait/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("IRQ>IRN:112");
  }

  @Test
  void code_anAgentTellingOfItsOwnAttack_claimsIt() {
    Document doc = new CoderFixture("Turkey said it had shelled Kurdish militants in Syria.")
        .sentence("Turkey/NNP/2/nsubj said/VBD/0/root/say it/PRP/5/nsubj had/VBD/5/aux/have shelled/VBN/2/ccomp/shell "
            + "Kurdish/JJ/7/amod militants/NNS/5/obj/militant in/IN/9/case Syria/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("TUR>SYRREB:015")
        .noneMatch(d -> d.endsWith(":112"));
  }

  @Test
  void code_medicsTellingOfAKilling_accuseNoOne() {
    Document doc = new CoderFixture("Two children were killed in Israeli tank fire, Palestinian medics said.")
        .sentence("Two/CD/2/nummod children/NNS/4/nsubj:pass/child were/VBD/4/aux:pass/be killed/VBN/12/ccomp/kill "
            + "in/IN/8/case Israeli/JJ/8/amod tank/NN/8/compound fire/NN/4/obl ,/,/12/punct Palestinian/JJ/11/amod "
            + "medics/NNS/12/nsubj/medic said/VBD/0/root/say ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.endsWith(":112"));
  }

  @Test
  void code_coordinatedSubjects_giveOneEventEach() {
    Document doc = new CoderFixture("France and Germany criticised Russia.")
        .sentence("France/NNP/4/nsubj and/CC/3/cc Germany/NNP/1/conj criticised/VBD/0/root/criticise "
            + "Russia/NNP/4/obj ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("FRA>RUS:111", "DEU>RUS:111");
  }

  @Test
  void code_reportedSpeech_codesTheReportedActAndTheSpeakersAccusation() {
    Document doc = new CoderFixture("Iraq said Iran had attacked Kuwait.")
        .sentence("Iraq/NNP/2/nsubj said/VBD/0/root/say Iran/NNP/5/nsubj had/VBD/5/aux/have "
            + "attacked/VBN/2/ccomp/attack Kuwait/NNP/5/obj ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("IRN>KWT:180", "IRQ>IRN:112");
  }

  @Test
  void code_objectControl_theUrgedActorIsTheAgentOfTheComplement() {
    Document doc = new CoderFixture("Norway urged Sudan to attack Chad.")
        .sentence("Norway/NNP/2/nsubj urged/VBD/0/root/urge Sudan/NNP/2/obj to/TO/5/mark attack/VB/2/xcomp "
            + "Chad/NNP/5/obj ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).contains("NOR>SDN:020");
    assertThat(doc.events()).filteredOn(e -> e.type().root().equals("18"))
        .extracting(CoderFixture::dyad).containsExactly("SDN>TCD:180");
    assertThat(doc.events()).filteredOn(e -> e.type().root().equals("18")).allMatch(e -> e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void code_collectiveMeeting_givesEveryPair() {
    Document doc = new CoderFixture("Peru and Chile met.")
        .sentence("Peru/NNP/4/nsubj and/CC/3/cc Chile/NNP/1/conj met/VBD/0/root/meet ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("PER>CHL:040", "CHL>PER:040");
  }

  @Test
  void code_sentenceWithoutParse_givesNoEvent() {
    Document doc = new CoderFixture("Japan attacked China.")
        .sentence("Japan/NNP/2/nsubj attacked/VBD/0/root/attack China/NNP/2/obj")
        .code();
    Document unparsed = doc.withSentences(List.of(new parley.core.doc.Sentence(0, doc.sentences().get(0).span(),
        parley.core.doc.Section.BODY, doc.sentences().get(0).tokens(), List.of())));
    assertThat(new EventCoder(CoderFixture.VERBS, CoderFixture.CAMEO).apply(unparsed).events()).isEmpty();
  }

  @Test
  void code_eventIdsAreNumberedPerDocument() {
    Document doc = new CoderFixture("France and Germany criticised Russia.")
        .sentence("France/NNP/4/nsubj and/CC/3/cc Germany/NNP/1/conj criticised/VBD/0/root/criticise "
            + "Russia/NNP/4/obj ./././punct")
        .code();
    assertThat(doc.events()).extracting(Event::id).containsExactly("t#e1", "t#e2");
  }

  @Test
  void code_coordinatedDemonyms_giveOneEventPerActor() {
    Document doc = new CoderFixture("Hungarian and Romanian officials criticised Russia.")
        .sentence("Hungarian/JJ/4/amod and/CC/3/cc Romanian/JJ/1/conj officials/NNS/5/nsubj/official "
            + "criticised/VBD/0/root/criticise Russia/NNP/5/obj ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad)
        .containsExactlyInAnyOrder("HUNGOV>RUS:111", "ROMGOV>RUS:111");
  }

  @Test
  void code_nominalEventWithAgent_isCoded() {
    Document doc = new CoderFixture("The imposition of curbs on Korea by Japan angered Seoul.")
        .sentence("The/DT/2/det imposition/NN/10/nsubj of/IN/4/case curbs/NNS/2/nmod/curb on/IN/6/case "
            + "Korea/NNP/2/nmod by/IN/8/case Japan/NNP/2/nmod angered/VBD/0/root/anger Seoul/NNP/10/obj ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).contains("JPN>KOR:163");
  }

  @Test
  void code_clauseWithItsOwnSubjectCoordinatedToAPurposeClause_staysAsserted() {
    Document doc = new CoderFixture("Iran left to talk, and Iraq warned Kuwait.")
        .sentence("Iran/NNP/2/nsubj left/VBD/0/root/leave to/TO/4/mark talk/VB/2/advcl ,/,/8/punct "
            + "and/CC/8/cc Iraq/NNP/8/nsubj warned/VBD/4/conj/warn Kuwait/NNP/8/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("IRQ>KWT:130");
  }

  @Test
  void code_reversedFrame_theGiverIsTheSource() {
    Document doc = new CoderFixture("Syria received weapons from Russia.")
        .sentence("Syria/NNP/2/nsubj received/VBD/0/root/receive weapons/NNS/2/obj/weapon from/IN/5/case "
            + "Russia/NNP/2/obl ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).containsExactly("RUS>SYR:072");
  }

  @Test
  void code_smallClause_itsSubjectIsTheObject() {
    Document doc = new CoderFixture("A Chinese court found Japan guilty.")
        .sentence("A/DT/3/det Chinese/JJ/3/amod court/NN/4/nsubj found/VBD/0/root/find Japan/NNP/6/nsubj "
            + "guilty/JJ/4/xcomp ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).containsExactly("CHNJUD>JPN:116");
  }

  @Test
  void code_onBeforeATimeIsNotAParticle_aPhoneCallNotAnAppeal() {
    Document doc = new CoderFixture("Israel called Egypt on Friday.")
        .sentence("Israel/NNP/2/nsubj called/VBD/0/root/call Egypt/NNP/2/obj on/IN/2/compound:prt "
            + "Friday/NNP/2/obl:tmod ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).containsExactly("ISR>EGY:041");
  }

  @Test
  void code_clauseBeforeADenial_isNotDenied() {
    Document doc = new CoderFixture("Iraq accused Iran, charges it denied.")
        .sentence("Iraq/NNP/2/nsubj accused/VBD/7/ccomp/accuse Iran/NNP/2/obj ,/,/7/punct charges/NNS/7/nsubj/charge "
            + "it/PRP/7/nsubj denied/VBD/0/root/deny ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("IRQ>IRN:112");
  }

  @Test
  void code_deniedComplement_isNegated() {
    Document doc = new CoderFixture("Iran denied that it attacked Iraq.")
        .sentence("Iran/NNP/2/nsubj denied/VBD/0/root/deny that/IN/5/mark it/PRP/5/nsubj attacked/VBD/2/ccomp/attack "
            + "Iraq/NNP/5/obj ./././punct")
        .code();
    assertThat(doc.events()).filteredOn(e -> e.type().root().equals("18")).allMatch(e -> e.mode() == Mode.NEGATED);
  }

  @Test
  void code_idiomNounAsObject_openedFireOnIsAnAttack() {
    Document doc = new CoderFixture("Iraqi police opened fire on Syrian protesters.")
        .sentence("Iraqi/JJ/2/amod police/NN/3/nsubj opened/VBD/0/root/open fire/NN/3/obj on/IN/7/case "
            + "Syrian/JJ/7/amod protesters/NNS/3/obl/protester ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRQCOP>SYROPP:190");
  }

  @Test
  void code_negatedFutureUntilAnotherActs_isARefusalAddressedToThatActor() {
    Document doc = new CoderFixture("Brazilian workers will not end the strike until the Brazilian government raises wages.")
        .sentence("Brazilian/JJ/2/amod workers/NNS/5/nsubj/worker will/MD/5/aux not/RB/5/advmod end/VB/0/root "
            + "the/DT/7/det strike/NN/5/obj until/IN/12/mark the/DT/11/det Brazilian/JJ/11/amod "
            + "government/NN/12/nsubj raises/VBZ/5/advcl/raise wages/NNS/12/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("BRALAB>BRAGOV:124");
    assertThat(doc.events()).anyMatch(e -> e.type().code().equals("080") && e.mode() == Mode.NEGATED);
  }

  @Test
  void code_heldAsHumanShields() {
    Document doc = new CoderFixture("Taliban fighters held Afghan villagers as human shields.")
        .sentence("Taliban/NNP/2/compound fighters/NNS/3/nsubj/fighter held/VBD/0/root/hold Afghan/JJ/5/amod "
            + "villagers/NNS/3/obj/villager as/IN/8/case human/JJ/8/amod shields/NNS/3/obl/shield ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("184");
  }

  @Test
  void code_returnedAnyObjectToACountry_isReturnOfProperty() {
    Document doc = new CoderFixture("The United States returned a stolen painting to Italy.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj returned/VBD/0/root/return a/DT/7/det "
            + "stolen/VBN/7/amod/steal painting/NN/4/obj to/IN/9/case Italy/NNP/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("USA>ITA:0842");
  }

  @Test
  void code_jointSubjectsOfAgree_agreeWithEachOtherNotWithAThirdNamedInTheComplement() {
    Document doc = new CoderFixture("Japan and Germany agreed to share information on North Korea.")
        .sentence("Japan/NNP/4/nsubj and/CC/3/cc Germany/NNP/1/conj agreed/VBD/0/root/agree to/TO/6/mark "
            + "share/VB/4/xcomp information/NN/6/obj on/IN/10/case North/NNP/10/compound Korea/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("JPN>DEU:0314", "DEU>JPN:0314");
  }

  @Test
  void code_talksBetweenTwoSides_areOneSymmetricConsultation() {
    Document doc = new CoderFixture("Talks between Israel and Syria were held in February.")
        .sentence("Talks/NNS/7/nsubj:pass/talk between/IN/3/case Israel/NNP/1/nmod and/CC/5/cc Syria/NNP/3/conj "
            + "were/VBD/7/aux:pass/be held/VBN/0/root/hold in/IN/9/case February/NNP/7/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("ISR>SYR:046");
  }

  @Test
  void code_clashesBetweenTwoSides_bothSidesAct() {
    Document doc = new CoderFixture("Clashes between Kenya and Uganda were reported in May.")
        .sentence("Clashes/NNS/7/nsubj:pass/clash between/IN/3/case Kenya/NNP/1/nmod and/CC/5/cc Uganda/NNP/3/conj "
            + "were/VBD/7/aux:pass/be reported/VBN/0/root/report in/IN/9/case May/NNP/7/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("KEN>UGA:190", "UGA>KEN:190");
  }

  @Test
  void code_relativePronounObjectOfASmallClause_isNoTarget() {
    Document doc = new CoderFixture("The treaty, which Kenya had called a disaster, was signed.")
        .sentence("The/DT/2/det treaty/NN/11/nsubj:pass ,/,/2/punct which/WDT/7/obj Kenya/NNP/7/nsubj had/VBD/7/aux/have "
            + "called/VBN/2/acl:relcl/call a/DT/9/det disaster/NN/7/obj ,/,/2/punct was/VBD/11/aux:pass/be "
            + "signed/VBN/0/root/sign ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("KEN>"));
  }

  @Test
  void code_relativePronounObjectOfAnAccusationWithASecondObject_standsForTheNounItsClauseQualifies() {
    Document doc = new CoderFixture("Kenya arrested the preacher whom Uganda accuses of masterminding the coup.")
        .sentence("Kenya/NNP/2/nsubj arrested/VBD/0/root/arrest the/DT/4/det preacher/NN/2/obj whom/WP/7/obj "
            + "Uganda/NNP/7/nsubj accuses/VBZ/4/acl:relcl/accuse of/IN/9/case masterminding/NN/7/obl the/DT/11/det "
            + "coup/NN/7/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("UGA>") && d.endsWith(":112"));
  }

  @Test
  void code_relativePronounObject_standsForTheNounItsClauseQualifies() {
    Document doc = new CoderFixture("The Syrian rebels whom Turkish forces attacked on Monday withdrew from the town.")
        .sentence("The/DT/3/det Syrian/JJ/3/amod rebels/NNS/10/nsubj/rebel whom/WP/7/obj Turkish/JJ/6/amod "
            + "forces/NNS/7/nsubj/force attacked/VBD/3/acl:relcl/attack on/IN/9/case Monday/NNP/7/obl "
            + "withdrew/VBD/0/root/withdraw from/IN/13/case the/DT/13/det town/NN/10/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("TURMIL>SYRREB:180");
  }

  @Test
  void code_forcesOnAlertInAPlace_isAForcePosture() {
    Document doc = new CoderFixture("Philippine troops remained on alert in Japan.")
        .sentence("Philippine/JJ/2/amod troops/NNS/3/nsubj remained/VBD/0/root/remain on/IN/5/case alert/NN/3/obl "
            + "in/IN/7/case Japan/NNP/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("PHLMIL>JPN:150");
  }

  @Test
  void code_wentOnStrikeAgainst_isAStrike() {
    Document doc = new CoderFixture("Chilean miners went on strike against the Chilean government.")
        .sentence("Chilean/JJ/2/amod miners/NNS/3/nsubj/miner went/VBD/0/root/go on/IN/5/case strike/NN/3/obl "
            + "against/IN/9/case the/DT/9/det Chilean/JJ/9/amod government/NN/5/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("143");
  }

  @Test
  void code_ceasefireDeclaredInAPlace_targetsThatPlace() {
    Document doc = new CoderFixture("The Colombian army declared a ceasefire in Venezuela.")
        .sentence("The/DT/3/det Colombian/JJ/3/amod army/NN/4/nsubj declared/VBD/0/root/declare a/DT/6/det "
            + "ceasefire/NN/4/obj in/IN/8/case Venezuela/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("COLMIL>VEN:0871");
  }

  @Test
  void code_saysAnotherActorMustEndItsAttacks_isADemandThatItYield() {
    Document doc = new CoderFixture("Russia says Israel must end its attacks on Syria.")
        .sentence("Russia/NNP/2/nsubj says/VBZ/0/root/say Israel/NNP/5/nsubj must/MD/5/aux end/VB/2/ccomp "
            + "its/PRP$/7/nmod:poss attacks/NNS/5/obj/attack on/IN/9/case Syria/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("RUS>ISR:105");
  }

  @Test
  void code_demandedThatAnActorAct_targetsThatActor() {
    Document doc = new CoderFixture("The Armenian army demanded that the Armenian government resign.")
        .sentence("The/DT/3/det Armenian/JJ/3/amod army/NN/4/nsubj demanded/VBD/0/root/demand that/IN/9/mark "
            + "the/DT/8/det Armenian/JJ/8/amod government/NN/9/nsubj resign/VB/4/ccomp ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("ARMMIL>ARMGOV:100");
  }

  @Test
  void code_calledForSanctionsAgainst_ralliesOppositionAgainstIt() {
    // the CAMEO codebook's own example of 113: one who calls on others to punish X threatens nothing itself
    Document doc = new CoderFixture("French lawmakers called for sanctions against Russia.")
        .sentence("French/JJ/2/amod lawmakers/NNS/3/nsubj/lawmaker called/VBD/0/root/call for/IN/5/case "
            + "sanctions/NNS/3/obl/sanction against/IN/7/case Russia/NNP/5/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("FRALEG>RUS:113");
  }

  @Test
  void code_objectCompoundNamesTheDomain_aidDeliveriesSuspended() {
    Document doc = new CoderFixture("The United Nations suspended aid deliveries to Nigeria.")
        .sentence("The/DT/3/det United/NNP/3/compound Nations/NNP/4/nsubj suspended/VBD/0/root/suspend "
            + "aid/NN/6/compound deliveries/NNS/4/obj/delivery to/IN/8/case Nigeria/NNP/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IGOUNO>NGA:162");
  }

  @Test
  void code_lightVerbWithACompoundEventNoun_mediationBetweenTwoSides() {
    Document doc = new CoderFixture("Putin launched a mediation effort between India and Pakistan.")
        .sentence("Putin/NNP/2/nsubj launched/VBD/0/root/launch a/DT/5/det mediation/NN/5/compound effort/NN/2/obj "
            + "between/IN/7/case India/NNP/5/nmod and/CC/9/cc Pakistan/NNP/7/conj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("RUSGOV>IND:045", "RUSGOV>PAK:045");
  }

  @Test
  void code_hyphenatedObjectSplitByTheTokenizer_ceaseFireIsACeasefire() {
    Document doc = new CoderFixture("Afghan President Ashraf Ghani on Thursday announced a weeklong cease-fire with the Taliban.")
        .published(java.time.LocalDate.of(2018, 6, 7))
        .sentence("Afghan/JJ/2/amod President/NNP/4/compound Ashraf/NNP/4/compound Ghani/NNP/7/nsubj on/IN/6/case "
            + "Thursday/NNP/7/obl announced/VBD/0/root/announce a/DT/12/det weeklong/JJ/12/amod cease/NN/12/compound "
            + "-/HYPH/12/punct fire/NN/7/obj with/IN/15/case the/DT/15/det Taliban/NNP/12/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("0871");
  }

  @Test
  void code_rolledBackTariffs_easesSanctions() {
    Document doc = new CoderFixture("The U.S. rolled back tariffs on Chinese goods.")
        .sentence("The/DT/2/det U.S./NNP/3/nsubj rolled/VBD/0/root/roll back/RB/3/advmod tariffs/NNS/3/obj/tariff "
            + "on/IN/8/case Chinese/JJ/8/amod goods/NNS/5/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("USA>CHN:085");
  }

  @Test
  void code_scheduledMeeting_isACommitmentToMeetAndTheMeetingStaysHypothetical() {
    Document doc = new CoderFixture("Putin will meet Erdogan in Ankara on September 28.")
        .sentence("Putin/NNP/3/nsubj will/MD/3/aux meet/VB/0/root Erdogan/NNP/3/obj in/IN/6/case Ankara/NNP/3/obl "
            + "on/IN/8/case September/NNP/3/obl 28/CD/8/nummod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("RUSGOV>TURGOV:036");
    assertThat(doc.events()).anyMatch(e -> e.type().code().equals("040") && e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void code_conditionalMeeting_isNoCommitment() {
    Document doc = new CoderFixture("Putin would meet Erdogan if the talks go well.")
        .sentence("Putin/NNP/3/nsubj would/MD/3/aux meet/VB/0/root Erdogan/NNP/3/obj if/IN/8/mark the/DT/7/det "
            + "talks/NNS/8/nsubj/talk go/VBP/3/advcl well/RB/8/advmod ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_pronounSubjectOfAReportedClause_theSourceIsTheReporterNamedBeforeIt() {
    Document doc = new CoderFixture("Colombian rebels said they will release a Venezuelan soldier.")
        .sentence("Colombian/JJ/2/amod rebels/NNS/3/nsubj/rebel said/VBD/0/root/say they/PRP/6/nsubj will/MD/6/aux "
            + "release/VB/3/ccomp a/DT/9/det Venezuelan/JJ/9/amod soldier/NN/6/obj ./././punct")
        .code();
    assertThat(asserted(doc)).hasSize(1);
    assertThat(asserted(doc).get(0).source().text()).isEqualTo("Colombian rebels");
    assertThat(asserted(doc).get(0).type().code()).startsWith("03");
  }

  @Test
  void code_refusedARequestBySomeone_targetsTheRequester() {
    Document doc = new CoderFixture("Sri Lanka's police chief has refused a request by the Sri Lankan president to step down.")
        .sentence("Sri/NNP/2/compound Lanka/NNP/5/nmod:poss 's/POS/2/case police/NN/5/compound chief/NN/7/nsubj "
            + "has/VBZ/7/aux/have refused/VBN/0/root/refuse a/DT/9/det request/NN/7/obj by/IN/14/case the/DT/14/det "
            + "Sri/JJ/13/amod Lankan/JJ/14/amod president/NN/9/nmod to/TO/16/mark step/VB/7/xcomp "
            + "down/RP/16/compound:prt ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("LKACOP>LKAGOV:120");
  }

  @Test
  void code_hitPositionsInACountryWithAMissile_targetsTheCountryNotTheWeapon() {
    Document doc = new CoderFixture("The Yemeni army has hit military positions in Saudi Arabia with a ballistic missile.")
        .sentence("The/DT/3/det Yemeni/JJ/3/amod army/NN/5/nsubj has/VBZ/5/aux/have hit/VBN/0/root military/JJ/7/amod "
            + "positions/NNS/5/obj/position in/IN/10/case Saudi/NNP/10/compound Arabia/NNP/7/nmod with/IN/14/case "
            + "a/DT/14/det ballistic/JJ/14/amod missile/NN/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("YEMMIL>SAU:180");
  }

  @Test
  void code_ceasefireViolatedInAPlace_targetsThePlace() {
    Document doc = new CoderFixture("Armenian militias violated the ceasefire in Azerbaijan.")
        .sentence("Armenian/JJ/2/amod militias/NNS/3/nsubj/militia violated/VBD/0/root/violate the/DT/5/det "
            + "ceasefire/NN/3/obj in/IN/7/case Azerbaijan/NNP/5/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.target().flatMap(t -> t.code()).orElse("?")).containsExactly("AZE");
  }

  @Test
  void code_calledOnParsedAsAMarkedClause_theClauseSubjectIsAddressed() {
    Document doc = new CoderFixture("China on Wednesday called on Japan to acknowledge its wartime past.")
        .sentence("China/NNP/4/nsubj on/IN/3/case Wednesday/NNP/4/obl called/VBN/0/root/call on/IN/8/mark "
            + "Japan/NNP/8/nsubj to/TO/8/mark acknowledge/VB/4/advcl its/PRP$/11/nmod:poss wartime/JJ/11/amod "
            + "past/NN/8/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("CHN>JPN:020");
  }

  @Test
  void code_chargedThatAnActorDidSomething_accusesThatActor() {
    Document doc = new CoderFixture("The Egyptian government charged that Sudan was sheltering militants.")
        .sentence("The/DT/3/det Egyptian/JJ/3/amod government/NN/4/nsubj charged/VBD/0/root/charge that/IN/8/mark "
            + "Sudan/NNP/8/nsubj was/VBD/8/aux/be sheltering/VBG/4/ccomp/shelter militants/NNS/8/obj/militant ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("EGYGOV>SDN:112");
  }

  @Test
  void code_criticisedAnActImposedBySomeone_targetsItsAgent() {
    Document doc = new CoderFixture("Burundi's ambassador lashed out at economic sanctions imposed by Tanzania.")
        .sentence("Burundi/NNP/3/nmod:poss 's/POS/1/case ambassador/NN/4/nsubj lashed/VBD/0/root/lash out/RP/4/compound:prt "
            + "at/IN/8/case economic/JJ/8/amod sanctions/NNS/4/obl/sanction imposed/VBN/8/acl/impose by/IN/11/case "
            + "Tanzania/NNP/9/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("BDIGOV>TZA:111");
  }

  @Test
  void code_moneyWrittenWithACurrencySign_isFinancialAid() {
    Document doc = new CoderFixture("The Canadian agency gave $2 million to Nigeria.")
        .sentence("The/DT/3/det Canadian/JJ/3/amod agency/NN/4/nsubj gave/VBD/0/root/give $/$/4/obj 2/CD/7/compound "
            + "million/CD/5/nummod to/IN/9/case Nigeria/NNP/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("071");
  }

  @Test
  void code_assistanceToSupportSomeone_targetsThemAndTheSupportIsTheGiversAct() {
    Document doc = new CoderFixture(
        "The United States has also provided nearly $1.7 billion in humanitarian assistance to support Syrian refugees in Jordan.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/6/nsubj has/VBZ/6/aux/have also/RB/6/advmod "
            + "provided/VBN/0/root/provide nearly/RB/8/advmod $/$/13/nummod 1.7/CD/10/compound billion/CD/8/nummod "
            + "in/IN/13/case humanitarian/JJ/13/amod assistance/NN/6/obj to/TO/15/mark support/VB/13/acl "
            + "Syrian/JJ/17/amod refugees/NNS/15/obj/refugee in/IN/19/case Jordan/NNP/15/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("USA>SYRREF:073", "USA>SYRREF:051");
    assertThat(asserted(doc)).noneMatch(e -> e.source().code().equals(java.util.Optional.of("JOR")));
  }

  @Test
  void code_theSourcesOwnTroops_areNoTarget() {
    Document doc = new CoderFixture("Egypt agreed to send its troops to Gaza.")
        .sentence("Egypt/NNP/2/nsubj agreed/VBD/0/root/agree to/TO/4/mark send/VB/2/xcomp its/PRP$/6/nmod:poss "
            + "troops/NNS/4/obj to/IN/8/case Gaza/NNP/4/obl ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.target().flatMap(t -> t.code()).orElse("").startsWith("EGY"));
  }

  @Test
  void code_saysAThingMustHappen_isNoDemand() {
    Document doc = new CoderFixture("Iran said the talks must resume soon.")
        .sentence("Iran/NNP/2/nsubj said/VBD/0/root/say the/DT/4/det talks/NNS/6/nsubj/talk must/MD/6/aux resume/VB/2/ccomp soon/RB/6/advmod ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_objectHungOnAFollowingParticiple_isStillTheObject() {
    Document doc = new CoderFixture("Israel on Wednesday released the mayor of the city of Nablus, a member of the Hamas movement "
        + "jailed over a year ago, Palestinian officials said.")
        .published(java.time.LocalDate.of(2008, 8, 20))
        .sentence("Israel/NNP/4/nsubj on/IN/3/case Wednesday/NNP/4/obl released/VBD/27/ccomp/release the/DT/6/det "
            + "mayor/NN/19/nsubj of/IN/9/case the/DT/9/det city/NN/6/nmod of/IN/11/case Nablus/NNP/9/nmod ,/,/6/punct "
            + "a/DT/14/det member/NN/6/appos of/IN/18/case the/DT/18/det Hamas/NNP/18/compound movement/NN/14/nmod "
            + "jailed/VBN/4/xcomp/jail over/IN/22/case a/DT/22/det year/NN/19/obl ago/IN/22/case ,/,/27/punct "
            + "Palestinian/JJ/26/amod officials/NNS/27/nsubj/official said/VBD/0/root/say ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.source().code().orElse("?") + ">" + e.type().code())
        .contains("ISR>0841");
  }

  @Test
  void code_engagedSomeoneInAFirefight_isSmallArmsFighting() {
    Document doc = new CoderFixture("Syrian rebels engaged Filipino peacekeepers in a firefight in the Golan Heights on Saturday.")
        .sentence("Syrian/JJ/2/amod rebels/NNS/3/nsubj/rebel engaged/VBD/0/root/engage Filipino/NNP/5/compound "
            + "peacekeepers/NNS/3/obj/peacekeeper in/IN/8/case a/DT/8/det firefight/NN/3/obl in/IN/12/case the/DT/12/det "
            + "Golan/NNP/12/compound Heights/NNP/8/nmod on/IN/14/case Saturday/NNP/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("193");
  }

  @Test
  void code_scathingAttackLaunched_isCriticismNotForce() {
    Document doc = new CoderFixture("The Indian minister launched a scathing attack on Pakistan.")
        .sentence("The/DT/3/det Indian/JJ/3/amod minister/NN/4/nsubj launched/VBD/0/root/launch a/DT/7/det "
            + "scathing/JJ/7/amod attack/NN/4/obj on/IN/9/case Pakistan/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("INDGOV>PAK:111");
  }

  @Test
  void code_pronounNoOneCodedInAReportedClause_isTheReporter() {
    Document doc = new CoderFixture("The committee declared that it will not end the strike until the authorities meet its demands.")
        .sentence("The/DT/2/det committee/NN/3/nsubj declared/VBD/0/root/declare that/IN/8/mark it/PRP/8/nsubj will/MD/8/aux not/RB/8/advmod end/VB/3/ccomp the/DT/10/det strike/NN/8/obj until/IN/14/mark the/DT/13/det authorities/NNS/14/nsubj/authority meet/VBP/8/advcl its/PRP$/16/nmod:poss demands/NNS/14/obj/demand ./././punct")
        .code();
    assertThat(asserted(doc)).hasSize(1);
    assertThat(asserted(doc).get(0).source().text()).isEqualTo("The committee");
    assertThat(asserted(doc).get(0).type().code()).isEqualTo("124");
  }

  @Test
  void code_completedWithdrawal_isTheWithdrawalAsserted() {
    Document doc = new CoderFixture("The United States completed its withdrawal from Iraq.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj completed/VBD/0/root/complete "
            + "its/PRP$/6/nmod:poss withdrawal/NN/4/obj from/IN/8/case Iraq/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("USA>IRQ:0874");
  }

  @Test
  void code_announcedHyphenatedCeaseFire_isTheNounsEvent() {
    Document doc = new CoderFixture("Japan announced a cease-fire with China.")
        .sentence("Japan/NNP/2/nsubj announced/VBD/0/root/announce a/DT/6/det cease/NN/6/compound -/HYPH/6/punct "
            + "fire/NN/2/obj with/IN/8/case China/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPN>CHN:0871");
  }

  @Test
  void code_nameParsedAsLooseDependentOfItsTitle_isTheAgentRatherThanThePossessor() {
    Document doc = new CoderFixture("Libya's renegade Gen. Khalifa Haftar has attacked Egypt.")
        .sentence("Libya/NNP/3/nmod:poss 's/POS/1/case renegade/NN/8/nsubj Gen./NNP/6/compound Khalifa/NNP/6/compound "
            + "Haftar/NNP/3/dep has/VBZ/8/aux/have attacked/VBN/0/root/attack Egypt/NNP/8/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.source().text()).containsExactly("Gen. Khalifa Haftar");
  }

  @Test
  void code_defendedAnotherActorsDecision_isAnEndorsementOfThatActor() {
    Document doc = new CoderFixture("France defended Japan's decision to leave.")
        .sentence("France/NNP/2/nsubj defended/VBD/0/root/defend Japan/NNP/5/nmod:poss 's/POS/3/case "
            + "decision/NN/2/obj to/TO/7/mark leave/VB/2/xcomp ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("FRA>JPN:051");
  }

  @Test
  void code_reducedTariffsOnAnotherCountrysExports_easesEconomicSanctions() {
    Document doc = new CoderFixture("Japan reduced tariffs on Chinese exports.")
        .sentence("Japan/NNP/2/nsubj reduced/VBD/0/root/reduce tariffs/NNS/2/obj/tariff on/IN/6/case "
            + "Chinese/JJ/6/amod exports/NNS/3/nmod/export ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPN>CHN:085");
  }

  @Test
  void code_wantsAnotherActorToAct_isAnAppealToItAndTheActIsTheOthers() {
    Document doc = new CoderFixture("Germany wants Russia to attack Poland.")
        .sentence("Germany/NNP/2/nsubj wants/VBZ/0/root/want Russia/NNP/2/obj to/TO/5/mark attack/VB/2/xcomp "
            + "Poland/NNP/5/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("DEU>RUS:020");
    assertThat(doc.events()).extracting(CoderFixture::dyad).doesNotContain("DEU>POL:190");
  }

  @Test
  void code_wantsToActItself_isNoAppeal() {
    Document doc = new CoderFixture("Germany wants to help Poland.")
        .sentence("Germany/NNP/2/nsubj wants/VBZ/0/root/want to/TO/4/mark help/VB/2/xcomp Poland/NNP/4/obj ./././punct")
        .code();
    assertThat(doc.events()).extracting(e -> e.type().code()).doesNotContain("020");
  }

  @Test
  void code_attendedASummitInACountry_meetsItsHosts() {
    Document doc = new CoderFixture("The Nigerian president attended a summit in Ghana.")
        .sentence("The/DT/3/det Nigerian/JJ/3/amod president/NN/4/nsubj attended/VBD/0/root/attend a/DT/6/det "
            + "summit/NN/4/obj in/IN/8/case Ghana/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NGAGOV>GHA:040");
  }

  @Test
  void code_hadLunchWith_isAMeeting() {
    Document doc = new CoderFixture("The Japanese prime minister had lunch with the French president.")
        .sentence("The/DT/4/det Japanese/JJ/4/amod prime/JJ/4/amod minister/NN/5/nsubj had/VBD/0/root/have "
            + "lunch/NN/5/obj with/IN/10/case the/DT/10/det French/JJ/10/amod president/NN/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPNGOV>FRAGOV:040");
  }

  @Test
  void code_launchedLegalActionAgainst_isALawsuit() {
    Document doc = new CoderFixture("The European Commission launched legal action against Hungary.")
        .sentence("The/DT/3/det European/NNP/3/compound Commission/NNP/4/nsubj launched/VBD/0/root/launch "
            + "legal/JJ/6/amod action/NN/4/obj against/IN/8/case Hungary/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IGOEEC>HUN:115");
  }

  @Test
  void code_presentedEvidenceAgainst_isAnAccusation() {
    Document doc = new CoderFixture("Ukraine presented evidence against Belarus.")
        .sentence("Ukraine/NNP/2/nsubj presented/VBD/0/root/present evidence/NN/2/obj against/IN/5/case "
            + "Belarus/NNP/3/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("UKR>BLR:112");
  }

  @Test
  void code_passiveReleaseByAnAgent_theAgentReleasesTheSubject() {
    Document doc = new CoderFixture("The Ukrainian sailors were released by Vladimir Putin.")
        .sentence("The/DT/3/det Ukrainian/JJ/3/amod sailors/NNS/5/nsubj:pass/sailor were/VBD/5/aux:pass "
            + "released/VBN/0/root/release by/IN/8/case Vladimir/NNP/8/compound Putin/NNP/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).hasSize(1)
        .allMatch(d -> d.startsWith("RUSGOV>UKR") && d.endsWith(":0841"));
  }

  @Test
  void code_passiveKillingByAnAgent_theAgentKillsTheSubject() {
    Document doc = new CoderFixture("Two Afghan soldiers were killed by Taliban fighters.")
        .sentence("Two/CD/3/nummod Afghan/JJ/3/amod soldiers/NNS/5/nsubj:pass/soldier were/VBD/5/aux:pass "
            + "killed/VBN/0/root/kill by/IN/8/case Taliban/NNP/8/compound fighters/NNS/5/obl/fighter ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).hasSize(1).allMatch(d -> d.endsWith(">AFGMIL:190"));
  }

  @Test
  void code_saidAnotherActorWasResponsible_isAnAccusation() {
    Document doc = new CoderFixture("The Kenyan government said Somali militants were responsible.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod government/NN/4/nsubj said/VBD/0/root/say Somali/JJ/6/amod "
            + "militants/NNS/8/nsubj/militant were/VBD/8/cop/be responsible/JJ/4/ccomp ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).hasSize(1).allMatch(d -> d.startsWith("KENGOV>SOM")
        && d.endsWith(":112"));
  }

  @Test
  void code_saidAnotherActorWasNotResponsible_isNoAccusation() {
    Document doc = new CoderFixture("The Kenyan government said Somali militants were not responsible.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod government/NN/4/nsubj said/VBD/0/root/say Somali/JJ/6/amod "
            + "militants/NNS/9/nsubj/militant were/VBD/9/cop/be not/RB/9/advmod responsible/JJ/4/ccomp ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_heldAnActorResponsible_isAnAccusation() {
    Document doc = new CoderFixture("Poland held Russia responsible for the attack.")
        .sentence("Poland/NNP/2/nsubj held/VBD/0/root/hold Russia/NNP/4/nsubj responsible/JJ/2/xcomp for/IN/7/case "
            + "the/DT/7/det attack/NN/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("POL>RUS:112");
  }

  @Test
  void code_struckRebelGroups_isAnAttackNotALabourStrike() {
    Document doc = new CoderFixture("The Nigerian army struck rebel groups.")
        .sentence("The/DT/3/det Nigerian/JJ/3/amod army/NN/4/nsubj struck/VBD/0/root/strike rebel/NN/6/compound "
            + "groups/NNS/4/obj/group ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsOnly("190");
  }

  @Test
  void code_killedInAnActorsShelling_theShellerKills() {
    Document doc = new CoderFixture("Four Syrian soldiers were killed in Turkish tank shelling.")
        .sentence("Four/CD/3/nummod Syrian/JJ/3/amod soldiers/NNS/5/nsubj:pass/soldier were/VBD/5/aux:pass/be "
            + "killed/VBN/0/root/kill in/IN/8/case Turkish/JJ/8/amod tank/NN/5/obl shelling/VBG/8/amod/shell ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).hasSize(1)
        .allMatch(d -> d.startsWith("TUR>SYRMIL") && d.endsWith(":190"));
  }

  @Test
  void code_killedInAStrikeByAnActor_theStrikerKills() {
    Document doc = new CoderFixture("Six Afghan policemen were killed in an air strike by American forces.")
        .sentence("Six/CD/3/nummod Afghan/JJ/3/amod policemen/NNS/5/nsubj:pass/policeman were/VBD/5/aux:pass/be "
            + "killed/VBN/0/root/kill in/IN/9/case an/DT/9/det air/NN/9/compound strike/NN/5/obl by/IN/12/case "
            + "American/JJ/12/amod forces/NNS/9/nmod/force ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).hasSize(1)
        .allMatch(d -> d.startsWith("USAMIL>AFGCOP") && d.endsWith(":195"));
  }

  @Test
  void code_killedInAnAccidentWithAPlaceName_hasNoAgent() {
    Document doc = new CoderFixture("Four Syrian soldiers were killed in a Turkish road accident.")
        .sentence("Four/CD/3/nummod Syrian/JJ/3/amod soldiers/NNS/5/nsubj:pass/soldier were/VBD/5/aux:pass/be "
            + "killed/VBN/0/root/kill in/IN/10/case a/DT/10/det Turkish/JJ/10/amod road/NN/10/compound "
            + "accident/NN/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_meetingTheNeedsOfRefugees_isNoMeeting() {
    Document doc = new CoderFixture("The Jordanian government met the needs of Syrian refugees with Japanese money.")
        .sentence("The/DT/3/det Jordanian/JJ/3/amod government/NN/4/nsubj met/VBD/0/root/meet the/DT/6/det "
            + "needs/NNS/4/obj/need of/IN/9/case Syrian/JJ/9/amod refugees/NNS/6/nmod/refugee with/IN/12/case "
            + "Japanese/JJ/12/amod money/NN/4/obl ./././punct")
        .code();
    assertThat(doc.events()).isEmpty();
  }
}
