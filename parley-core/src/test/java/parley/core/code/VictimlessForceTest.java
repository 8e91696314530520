package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/**
 * "X said Y had attacked overnight": a reported act of force that reaches no actor (none named, or the
 * agent itself) is still the speaker's accusation of the agent (112).
 */
class VictimlessForceTest {
  @Test
  void code_reportedAttackOnNoOneNamed_accusesTheAgent() {
    Document doc = new CoderFixture("Poland said Belarus had attacked overnight.")
        .sentence("Poland/NNP/2/nsubj said/VBD/0/root/say Belarus/NNP/5/nsubj had/VBD/5/aux/have "
            + "attacked/VBN/2/ccomp/attack overnight/RB/5/advmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("POL>BLR:112");
  }

  @Test
  void code_reportedAttackOnItself_accusesTheAgent() {
    Document doc = new CoderFixture("Chile said that Peru had attacked itself.")
        .sentence("Chile/NNP/2/nsubj said/VBD/0/root/say that/IN/6/mark Peru/NNP/6/nsubj had/VBD/6/aux/have "
            + "attacked/VBN/2/ccomp/attack itself/PRP/6/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("CHL>PER:112");
  }

  @Test
  void code_doctorsTellingOfAKilling_accuseNoOne() {
    Document doc = new CoderFixture("Doctors said Israeli troops killed two men.")
        .sentence("Doctors/NNS/2/nsubj/doctor said/VBD/0/root/say Israeli/JJ/4/amod troops/NNS/5/nsubj "
            + "killed/VBD/2/ccomp/kill two/CD/7/nummod men/NNS/5/obj/man ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.endsWith(":112"));
  }

  @Test
  void code_aSpeakerTellingOfItsOwnAttack_accusesNoOne() {
    Document doc = new CoderFixture("Turkey said it had attacked overnight.")
        .sentence("Turkey/NNP/2/nsubj said/VBD/0/root/say it/PRP/5/nsubj had/VBD/5/aux/have "
            + "attacked/VBN/2/ccomp/attack overnight/RB/5/advmod ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_aBareVerbUnderAReport_tellsNoActDone() {
    Document doc = new CoderFixture("Chile told Peru that people must fight.")
        .sentence("Chile/NNP/2/nsubj told/VBD/0/root/tell Peru/NNP/2/obj that/IN/7/mark people/NNS/7/nsubj/person "
            + "must/MD/7/aux fight/VB/2/ccomp ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.endsWith(":112"));
  }

  @Test
  void code_aShellFiredFromACountryTheSpeakerNames_accusesThatCountry() {
    // the parse as CoreNLP sometimes gives it: "said" the clausal subject of the passive, its subject the object of "said"
    Document doc = new CoderFixture("Jordan said a mortar shell was fired at it from Syria on Monday.")
        .sentence("Jordan/NNP/2/nsubj said/VBD/7/csubj:pass/say a/DT/5/det mortar/NN/5/compound shell/NN/2/obj "
            + "was/VBD/7/aux:pass/be fired/VBN/0/root/fire at/IN/9/case it/PRP/7/obl from/IN/11/case "
            + "Syria/NNP/7/obl on/IN/13/case Monday/NNP/7/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("JOR>SYR:112");
  }
  @Test
  void code_anUncodedAgentsForce_accusesNoOne() {
    Document doc = new CoderFixture("Ambassador Lee said the new military government took over to restore order.")
        .sentence("Ambassador/NNP/3/compound Lee/NNP/3/nsubj said/VBD/0/root/say the/DT/7/det new/JJ/7/amod "
            + "military/JJ/7/amod government/NN/8/nsubj took/VBD/3/ccomp/take over/RP/8/compound:prt to/TO/11/mark "
            + "restore/VB/8/advcl order/NN/11/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.endsWith(":112"));
  }
}
