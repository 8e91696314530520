package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Mode;

/**
 * The codebook's verbal categories for stated intents (03x, 13x): an actor stating its own will to
 * do a codable act; the act itself stays hypothetical.
 */
class StatedIntentTest {
  @Test
  void code_pledgedToRelease_isAnIntentToReleasePersonsNotAGenericPledge() {
    Document doc = new CoderFixture("Iran pledged to release the British sailors.")
        .sentence("Iran/NNP/2/nsubj pledged/VBD/0/root/pledge to/TO/4/mark release/VB/2/xcomp the/DT/7/det "
            + "British/JJ/7/amod sailors/NNS/4/obj/sailor ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("0353");
    assertThat(doc.events()).anyMatch(e -> e.type().code().equals("0841") && e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void code_pledgedToExpel_isOneStatement_theThreatNotAlsoAPledgeOfCooperation() {
    Document doc = new CoderFixture("Jordan has pledged to expel the leaders of the Syrian opposition.")
        .sentence("Jordan/NNP/3/nsubj has/VBZ/3/aux/have pledged/VBN/0/root/pledge to/TO/5/mark expel/VB/3/xcomp "
            + "the/DT/7/det leaders/NNS/5/obj/leader of/IN/11/case the/DT/11/det Syrian/JJ/11/amod "
            + "opposition/NN/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root()).containsExactly("13");
    Document attack = new CoderFixture("Kenya pledged to attack the Somali militants.")
        .sentence("Kenya/NNP/2/nsubj pledged/VBD/0/root/pledge to/TO/4/mark attack/VB/2/xcomp the/DT/7/det "
            + "Somali/JJ/7/amod militants/NNS/4/obj/militant ./././punct")
        .code();
    assertThat(asserted(attack)).extracting(e -> e.type().root()).containsExactly("13");
  }

  @Test
  void code_willingToWithdrawTroops_isAnIntentToDeescalate() {
    Document doc = new CoderFixture("Egypt is willing to withdraw its troops from Gaza.")
        .sentence("Egypt/NNP/3/nsubj is/VBZ/3/cop/be willing/JJ/0/root to/TO/5/mark withdraw/VB/3/xcomp "
            + "its/PRP$/7/nmod:poss troops/NNS/5/obj from/IN/9/case Gaza/NNP/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("0356");
  }

  @Test
  void code_isPreparedToRelease_isAStatedIntent() {
    Document doc = new CoderFixture("Hamas is prepared to release the hostages.")
        .sentence("Hamas/NNP/3/nsubj:pass is/VBZ/3/aux:pass/be prepared/VBN/0/root/prepare to/TO/5/mark "
            + "release/VB/3/xcomp the/DT/7/det hostages/NNS/5/obj/hostage ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("0353");
  }

  @Test
  void code_wantsToAttack_isAThreatOfForce() {
    Document doc = new CoderFixture("Syria wants to attack Turkey.")
        .sentence("Syria/NNP/2/nsubj wants/VBZ/0/root/want to/TO/4/mark attack/VB/2/xcomp Turkey/NNP/4/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("SYR>TUR:1383");
    assertThat(asserted(doc).get(0).type().plover()).isEqualTo("THREATEN");
  }

  @Test
  void code_jointSpeakersSayTheyWillAttack_isAThreatOfEach() {
    Document doc = new CoderFixture("Russia and Iran said they will attack Iraq.")
        .sentence("Russia/NNP/4/nsubj and/CC/3/cc Iran/NNP/1/conj said/VBD/0/root/say they/PRP/7/nsubj "
            + "will/MD/7/aux attack/VB/4/ccomp Iraq/NNP/7/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("RUS>IRQ:1383", "IRN>IRQ:1383");
  }

  @Test
  void code_saidItWouldImposeSanctions_isAThreatOfSanctions() {
    Document doc = new CoderFixture("Japan said it would impose sanctions on North Korea.")
        .sentence("Japan/NNP/2/nsubj said/VBD/0/root/say it/PRP/5/nsubj would/MD/5/aux impose/VB/2/ccomp "
            + "sanctions/NNS/5/obj/sanction on/IN/9/case North/NNP/9/compound Korea/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPN>PRK:1312");
  }

  @Test
  void code_saidAnotherActorWillAttack_isNoIntentOfThatActor() {
    Document doc = new CoderFixture("Kenya said Uganda will attack Somalia.")
        .sentence("Kenya/NNP/2/nsubj said/VBD/0/root/say Uganda/NNP/5/nsubj will/MD/5/aux attack/VB/2/ccomp "
            + "Somalia/NNP/5/obj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
    assertThat(doc.events()).extracting(Event::mode).containsOnly(Mode.HYPOTHETICAL);
  }

  @Test
  void code_didNotSayItWouldAttack_statesNoIntent() {
    Document doc = new CoderFixture("Russia did not say it would attack Ukraine.")
        .sentence("Russia/NNP/4/nsubj did/VBD/4/aux/do not/RB/4/advmod say/VB/0/root it/PRP/7/nsubj "
            + "would/MD/7/aux attack/VB/4/ccomp Ukraine/NNP/7/obj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_askedWhetherItWouldFree_statesNoIntent() {
    Document doc = new CoderFixture("Did Israel say it would free the prisoners?")
        .sentence("Did/VBD/3/aux/do Israel/NNP/3/nsubj say/VB/0/root it/PRP/6/nsubj would/MD/6/aux free/VB/3/ccomp "
            + "the/DT/8/det prisoners/NNS/6/obj/prisoner ?/./3/punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_didNotAgreeToRelease_isNoIntentToRelease() {
    Document doc = new CoderFixture("Turkey did not agree to release the journalists.")
        .sentence("Turkey/NNP/4/nsubj did/VBD/4/aux/do not/RB/4/advmod agree/VB/0/root to/TO/6/mark "
            + "release/VB/4/xcomp the/DT/8/det journalists/NNS/6/obj/journalist ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.type().root().equals("03"));
  }

  @Test
  void code_agreedToHoldAJointExercise_isMutualIntentToCooperateMilitarilyNotAThreat() {
    Document doc = new CoderFixture("Kuwait and Bahrain agreed to hold a joint exercise.")
        .sentence("Kuwait/NNP/4/nsubj and/CC/3/cc Bahrain/NNP/1/conj agreed/VBD/0/root/agree to/TO/6/mark "
            + "hold/VB/4/xcomp a/DT/9/det joint/JJ/9/amod exercise/NN/6/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("KWT>BHR:0312", "BHR>KWT:0312");
    assertThat(doc.events()).noneMatch(e -> e.type().root().equals("13") || e.type().root().equals("15"));
  }

  @Test
  void code_announcedItWouldFreeMisparsedAsClausalSubject_isTheSpeakersIntentToRelease() {
    // CoreNLP may take "free" for the root, "announced" for its clausal subject and "it" for its object.
    Document doc = new CoderFixture("Israel announced it would free 150 Palestinian prisoners.")
        .sentence("Israel/NNP/2/nsubj announced/VBD/5/csubj/announce it/PRP/2/obj would/MD/5/aux free/VB/0/root "
            + "150/CD/8/nummod Palestinian/JJ/8/amod prisoners/NNS/5/obj/prisoner ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.source().code().orElse("?") + ":" + e.type().code())
        .containsExactly("ISR:0353");
    assertThat(doc.events()).anyMatch(e -> e.type().code().equals("0841") && e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void code_didNotAnnounceItWouldFreeMisparsed_statesNoIntent() {
    Document doc = new CoderFixture("Israel never announced it would free 150 Palestinian prisoners.")
        .sentence("Israel/NNP/3/nsubj never/RB/3/advmod announced/VBD/6/csubj/announce it/PRP/3/obj would/MD/6/aux "
            + "free/VB/0/root 150/CD/9/nummod Palestinian/JJ/9/amod prisoners/NNS/6/obj/prisoner ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_warnedItWouldWithdrawItsTroops_isAThreatNotAnOffer() {
    Document doc = new CoderFixture("Chad warned it would withdraw its troops from Mali.")
        .sentence("Chad/NNP/2/nsubj warned/VBD/0/root/warn it/PRP/5/nsubj would/MD/5/aux withdraw/VB/2/ccomp "
            + "its/PRP$/7/nmod:poss troops/NNS/5/obj/troop from/IN/9/case Mali/NNP/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("TCD>MLI:131");
  }

  @Test
  void code_plannedToTravel_isAnItineraryNotAnIntentToMeet() {
    Document doc = new CoderFixture("The Kenyan president planned to travel to Cairo.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod president/NN/4/nsubj planned/VBD/0/root/plan to/TO/6/mark "
            + "travel/VB/4/xcomp to/IN/8/case Cairo/NNP/6/obl ./././punct")
        .code();
    assertThat(doc.events()).anyMatch(e -> e.type().root().equals("04") && e.mode() == Mode.HYPOTHETICAL);
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_agreedToLiftSanctions_isTheIntentToEaseEconomicSanctions() {
    Document doc = new CoderFixture("Canada agreed to lift the sanctions on Iran.")
        .sentence("Canada/NNP/2/nsubj agreed/VBD/0/root/agree to/TO/4/mark lift/VB/2/xcomp the/DT/6/det "
            + "sanctions/NNS/4/obj/sanction on/IN/8/case Iran/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("CAN>IRN:0354");
  }

  @Test
  void code_oneSpeakerNamedByTwoWordsSaysTheyWill_isOneIntent() {
    Document doc = new CoderFixture("Syrian rebel commanders said they will release the hostages.")
        .sentence("Syrian/JJ/3/amod rebel/NN/3/compound commanders/NNS/4/nsubj/commander said/VBD/0/root/say "
            + "they/PRP/7/nsubj will/MD/7/aux release/VB/4/ccomp the/DT/9/det hostages/NNS/7/obj/hostage ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("0353");
  }

  @Test
  void code_agreedToOfferAid_isTheOfferOfAidAsserted() {
    Document doc = new CoderFixture("Germany has agreed to offer an aid package to Greece.")
        .sentence("Germany/NNP/3/nsubj has/VBZ/3/aux/have agreed/VBN/0/root/agree to/TO/5/mark offer/VB/3/xcomp "
            + "an/DT/8/det aid/NN/8/compound package/NN/5/obj to/IN/10/case Greece/NNP/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("DEU>GRC:033");
  }
}
