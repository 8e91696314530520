package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Agreements, negotiations, pacts and truces (CAMEO 03x intents, 04x consultations, 057, 0871). */
class AgreementsTest {
  @Test
  void code_relativeClauseSigningADeal_isTheDealOfTheNounItQualifies() {
    Document doc = new CoderFixture("The Kenyan president, who signed a peace deal with the Somali president, said on Monday that peace was possible.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod president/NN/15/nsubj ,/,/3/punct who/WP/6/nsubj signed/VBD/3/acl:relcl/sign "
            + "a/DT/9/det peace/NN/9/compound deal/NN/6/obj with/IN/13/case the/DT/13/det Somali/JJ/13/amod "
            + "president/NN/6/obl ,/,/3/punct said/VBD/0/root/say on/IN/17/case Monday/NNP/15/obl that/IN/21/mark "
            + "peace/NN/21/nsubj was/VBD/21/cop/be possible/JJ/15/ccomp ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENGOV>SOMGOV:057");
  }

  @Test
  void code_ceasefireObservedByJointSubjects_isATruceBetweenThem() {
    Document doc = new CoderFixture("The Sudanese army and the Chadian army observed a ceasefire.")
        .sentence("The/DT/3/det Sudanese/JJ/3/amod army/NN/8/nsubj and/CC/7/cc the/DT/7/det Chadian/JJ/7/amod "
            + "army/NN/3/conj observed/VBD/0/root/observe a/DT/10/det ceasefire/NN/8/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad)
        .containsExactlyInAnyOrder("SDNMIL>TCDMIL:0871", "TCDMIL>SDNMIL:0871");
  }

  @Test
  void code_saidItWasPreparingToWithdraw_isItsStatedIntentToRetreat() {
    Document doc = new CoderFixture("The Russian army said it was preparing to withdraw from Chechnya.")
        .sentence("The/DT/3/det Russian/JJ/3/amod army/NN/4/nsubj said/VBD/0/root/say it/PRP/7/nsubj was/VBD/7/aux/be "
            + "preparing/VBG/4/ccomp/prepare to/TO/9/mark withdraw/VB/7/xcomp from/IN/11/case Chechnya/NNP/9/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("RUSMIL>RUS:0356");
  }

  @Test
  void code_preparationsNobodyAnnounced_stateNoIntent() {
    Document doc = new CoderFixture("Israeli troops are preparing to attack Gaza.")
        .sentence("Israeli/JJ/2/amod troops/NNS/4/nsubj are/VBP/4/aux/be preparing/VBG/0/root/prepare to/TO/6/mark "
            + "attack/VB/4/xcomp Gaza/NNP/6/obj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_agreedToSetUpJointPatrols_isAnIntentToCooperateMilitarily() {
    Document doc = new CoderFixture("Israel and Jordan agreed to set up joint patrols.")
        .sentence("Israel/NNP/4/nsubj and/CC/3/cc Jordan/NNP/1/conj agreed/VBD/0/root/agree to/TO/6/mark set/VB/4/xcomp "
            + "up/RP/6/compound:prt joint/JJ/9/amod patrols/NNS/6/obj/patrol ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("ISR>JOR:0312", "JOR>ISR:0312");
  }

  @Test
  void code_uncodedPersonActingAsACountrysAmbassador_negotiatesForItsGovernment() {
    Document doc = new CoderFixture("Itamar Rabinovich, who as Israel's ambassador to Washington conducted unfruitful negotiations with Syria, told Israel Radio it looked like Damascus wanted to talk.")
        .sentence("Itamar/NNP/2/compound Rabinovich/NNP/17/nsubj ,/,/2/punct who/WP/11/nsubj as/IN/8/case Israel/NNP/8/nmod:poss "
            + "'s/POS/6/case ambassador/NN/11/obl to/IN/10/case Washington/NNP/8/nmod conducted/VBD/2/acl:relcl/conduct "
            + "unfruitful/JJ/13/amod negotiations/NNS/11/obj/negotiation with/IN/15/case Syria/NNP/13/nmod ,/,/2/punct "
            + "told/VBD/0/root/tell Israel/NNP/19/compound Radio/NNP/17/obj it/PRP/21/nsubj looked/VBD/17/ccomp/look "
            + "like/IN/24/mark Damascus/NNP/24/nsubj wanted/VBD/21/advcl/want to/TO/26/mark talk/VB/24/xcomp ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("ISRGOV>SYR:046");
  }

  @Test
  void code_attackThatKilledSoldiers_takesNoActorFromTheRelativePronoun() {
    Document doc = new CoderFixture("Gunmen carried out an attack on the Iraqi parliament that killed two soldiers.")
        .sentence("Gunmen/NNS/2/nsubj/gunman carried/VBD/0/root/carry out/RP/2/compound:prt an/DT/5/det/a attack/NN/2/obj "
            + "on/IN/9/case the/DT/9/det Iraqi/JJ/9/amod parliament/NN/5/nmod that/WDT/11/nsubj killed/VBD/5/acl:relcl/kill "
            + "two/CD/13/nummod soldiers/NNS/11/obj/soldier ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("IRQLEG>"));
  }

  @Test
  void code_agreedToACeasefire_takesNoTruceForItsTarget() {
    Document doc = new CoderFixture("Vladimir Putin agreed to a ceasefire in eastern Ukraine.")
        .sentence("Vladimir/NNP/2/compound Putin/NNP/3/nsubj agreed/VBD/0/root/agree to/IN/6/case a/DT/6/det "
            + "ceasefire/NN/3/obl in/IN/9/case eastern/JJ/9/amod Ukraine/NNP/6/nmod ./././punct")
        .code();
    assertThat(doc.events()).allSatisfy(e -> assertThat(e.target().map(t -> t.text()).orElse("")).doesNotContain("ceasefire"));
  }

  @Test
  void code_signedAnAgreementWithAnUncodedFirm_theFirmIsTheTarget() {
    Document doc = new CoderFixture("The Estonian defence agency signed an agreement with Milrem Robotics for maintenance work.")
        .sentence("The/DT/4/det Estonian/JJ/4/amod defence/NN/4/compound agency/NN/5/nsubj signed/VBD/0/root/sign "
            + "an/DT/7/det/a agreement/NN/5/obj with/IN/10/case Milrem/NNP/10/compound Robotics/NNP/7/nmod for/IN/13/case "
            + "maintenance/NN/13/compound work/NN/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).singleElement().satisfies(e -> {
      assertThat(e.type().code()).isEqualTo("057");
      assertThat(e.target().orElseThrow().text()).isEqualTo("Milrem Robotics");
    });
  }
}
