package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Mode;

/**
 * The subject of a raising or control predicate is the agent of its to-infinitive: passives ("was set
 * to meet", "was forced to meet"), adjectives ("is due/ready to meet"), "seems to" and subject control.
 */
class ControlledSubjectTest {
  private static Document code(String text, String spec) {
    return new CoderFixture(text).sentence(spec).code();
  }

  private static boolean meeting(Event e, Mode mode) {
    return e.type().root().equals("04") && e.mode() == mode && CoderFixture.dyad(e).startsWith("IRN>IRQ");
  }

  @Test
  void passiveRaising_setToMeet_isAScheduledMeetingOfTheSubject() {
    Document doc = code("Iran was set to meet Iraq on Friday.",
        "Iran/NNP/3/nsubj:pass was/VBD/3/aux:pass/be set/VBN/0/root to/TO/5/mark meet/VB/3/xcomp Iraq/NNP/5/obj "
            + "on/IN/8/case Friday/NNP/5/obl ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.HYPOTHETICAL));
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRN>IRQ:036");
  }

  @Test
  void passiveRaising_scheduledToMeet_isACommitmentToMeet() {
    Document doc = code("Putin was scheduled to meet Erdogan.",
        "Putin/NNP/3/nsubj:pass was/VBD/3/aux:pass/be scheduled/VBN/0/root/schedule to/TO/5/mark meet/VB/3/xcomp "
            + "Erdogan/NNP/5/obj ./././punct");
    assertThat(doc.events()).anyMatch(e -> e.type().root().equals("04") && e.mode() == Mode.HYPOTHETICAL);
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("RUSGOV>TURGOV:036");
  }

  @Test
  void expectedToMeet_isHypotheticalAndNoCommitment() {
    Document doc = code("Iran is expected to meet Iraq on Friday.",
        "Iran/NNP/3/nsubj:pass is/VBZ/3/aux:pass/be expected/VBN/0/root/expect to/TO/5/mark meet/VB/3/xcomp "
            + "Iraq/NNP/5/obj on/IN/8/case Friday/NNP/5/obl ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.HYPOTHETICAL));
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void dueToMeet_parsedAsClausalComplement_isAScheduledMeetingOfTheSubject() {
    Document doc = code("Iran is due to meet Iraq on Friday.",
        "Iran/NNP/3/nsubj is/VBZ/3/cop/be due/JJ/0/root to/TO/5/mark meet/VB/3/ccomp Iraq/NNP/5/obj "
            + "on/IN/8/case Friday/NNP/5/obl ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.HYPOTHETICAL));
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRN>IRQ:036");
  }

  @Test
  void likelyToMeet_isHypotheticalAndNoCommitment() {
    Document doc = code("Iran is likely to meet Iraq on Friday.",
        "Iran/NNP/3/nsubj is/VBZ/3/cop/be likely/JJ/0/root to/TO/5/mark meet/VB/3/xcomp Iraq/NNP/5/obj "
            + "on/IN/8/case Friday/NNP/5/obl ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.HYPOTHETICAL));
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void readyToMeet_isAStatedIntentOfTheSubject() {
    Document doc = code("Iran is ready to meet Iraq on Friday.",
        "Iran/NNP/3/nsubj is/VBZ/3/cop/be ready/JJ/0/root to/TO/5/mark meet/VB/3/xcomp Iraq/NNP/5/obj "
            + "on/IN/8/case Friday/NNP/5/obl ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.HYPOTHETICAL));
  }

  @Test
  void seemsToHaveAttacked_theSubjectAttacked() {
    Document doc = code("Iran seems to have attacked Iraq.",
        "Iran/NNP/2/nsubj seems/VBZ/0/root/seem to/TO/5/mark have/VB/5/aux attacked/VBN/2/xcomp/attack "
            + "Iraq/NNP/5/obj ./././punct");
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRN>IRQ:180");
  }

  @Test
  void saidToHaveAttacked_thePassiveSubjectAttacked() {
    Document doc = code("Iran is said to have attacked Iraq.",
        "Iran/NNP/3/nsubj:pass is/VBZ/3/aux:pass/be said/VBN/0/root/say to/TO/6/mark have/VB/6/aux "
            + "attacked/VBN/3/xcomp/attack Iraq/NNP/6/obj ./././punct");
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRN>IRQ:180");
  }

  @Test
  void passiveObjectControl_forcedToMeet_theSubjectMetAndItIsAsserted() {
    Document doc = code("Iran was forced to meet Iraq on Friday.",
        "Iran/NNP/3/nsubj:pass was/VBD/3/aux:pass/be forced/VBN/0/root/force to/TO/5/mark meet/VB/3/xcomp "
            + "Iraq/NNP/5/obj on/IN/8/case Friday/NNP/5/obl ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.ASSERTED));
  }

  @Test
  void passiveObjectControl_orderedToAttack_theSubjectIsTheAttackerAndTheAttackIsHypothetical() {
    Document doc = code("Iran was ordered to attack Iraq.",
        "Iran/NNP/3/nsubj:pass was/VBD/3/aux:pass/be ordered/VBN/0/root/order to/TO/5/mark attack/VB/3/xcomp "
            + "Iraq/NNP/5/obj ./././punct");
    assertThat(doc.events()).anyMatch(e -> CoderFixture.dyad(e).equals("IRN>IRQ:180") && e.mode() == Mode.HYPOTHETICAL);
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void passiveObjectControl_askedByAnotherToMeet_theSubjectIsTheAgentNotTheAsker() {
    Document doc = code("Iran was asked by Syria to meet Iraq.",
        "Iran/NNP/3/nsubj:pass was/VBD/3/aux:pass/be asked/VBN/0/root/ask by/IN/5/case Syria/NNP/3/obl "
            + "to/TO/7/mark meet/VB/3/xcomp Iraq/NNP/7/obj ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.HYPOTHETICAL));
    assertThat(doc.events()).noneMatch(e -> e.type().root().equals("04") && CoderFixture.dyad(e).startsWith("SYR"));
  }

  @Test
  void subjectControl_agreedToMeet_isAnAgreementAndTheMeetingStaysHypothetical() {
    Document doc = code("Iran agreed to meet Iraq on Friday.",
        "Iran/NNP/2/nsubj agreed/VBD/0/root/agree to/TO/4/mark meet/VB/2/xcomp Iraq/NNP/4/obj on/IN/7/case "
            + "Friday/NNP/4/obl ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.HYPOTHETICAL));
    assertThat(asserted(doc)).extracting(e -> e.type().root()).containsOnly("03");
  }

  @Test
  void subjectControl_refusedToMeet_isARefusal() {
    Document doc = code("Iran refused to meet Iraq on Friday.",
        "Iran/NNP/2/nsubj refused/VBD/0/root/refuse to/TO/4/mark meet/VB/2/xcomp Iraq/NNP/4/obj on/IN/7/case "
            + "Friday/NNP/4/obl ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.NEGATED));
    assertThat(asserted(doc)).extracting(e -> e.type().root()).containsOnly("12");
  }

  @Test
  void negatedRaisingVerb_notScheduledToMeet_isNoMeeting() {
    Document doc = code("Iran was not scheduled to meet Iraq.",
        "Iran/NNP/4/nsubj:pass was/VBD/4/aux:pass/be not/RB/4/advmod scheduled/VBN/0/root/schedule to/TO/6/mark "
            + "meet/VB/4/xcomp Iraq/NNP/6/obj ./././punct");
    assertThat(asserted(doc)).isEmpty();
    assertThat(doc.events()).allMatch(e -> e.mode() == Mode.NEGATED);
  }
  @Test
  void setOnADayToMeet_parsedAsAdverbialClause_isAScheduledMeetingOfTheSubject() {
    Document doc = code("Iran was set on Friday to meet Iraq.",
        "Iran/NNP/3/nsubj:pass was/VBD/3/aux:pass/be set/VBN/0/root on/IN/3/compound:prt Friday/NNP/3/obl:tmod "
            + "to/TO/7/mark meet/VB/3/advcl Iraq/NNP/7/obj ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.HYPOTHETICAL));
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRN>IRQ:036");
  }

  @Test
  void dueOnADayToMeet_theDayMisparsedAsSubject_theSubjectIsStillTheAgent() {
    Document doc = code("Iran was due on Friday to meet Iraq in Baghdad.",
        "Iran/NNP/3/nsubj was/VBD/3/cop/be due/JJ/0/root on/IN/7/mark Friday/NNP/7/nsubj to/TO/7/mark "
            + "meet/VB/3/advcl Iraq/NNP/7/obj in/IN/10/case Baghdad/NNP/7/obl ./././punct");
    assertThat(doc.events()).anyMatch(e -> meeting(e, Mode.HYPOTHETICAL));
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRN>IRQ:036");
  }

  @Test
  void aSubjectNamedLikeAMonth_outsideAnInfinitive_staysTheAgent() {
    Document doc = code("Theresa May attacked Russia.",
        "Theresa/NNP/2/compound May/NNP/3/nsubj attacked/VBD/0/root/attack Russia/NNP/3/obj ./././punct");
    assertThat(asserted(doc)).extracting(e -> e.target().orElseThrow().text()).containsExactly("Russia");
  }

  @Test
  void appealWithTheParticleReadAsAPreposition_theOneAppealedToActs() {
    Document doc = code("The UN called on Iran on Friday to release the British sailors.",
        "The/DT/2/det UN/NNP/3/nsubj called/VBN/0/root/call on/IN/5/case Iran/NNP/3/obl on/IN/9/mark "
            + "Friday/NNP/9/nsubj to/TO/9/mark release/VB/3/advcl the/DT/12/det British/JJ/12/amod "
            + "sailors/NNS/9/obj/sailor ./././punct");
    assertThat(doc.events()).filteredOn(e -> e.type().root().equals("08")).extracting(CoderFixture::dyad)
        .containsExactly("IRN>GBRMIL:0841");
  }

  @Test
  void appealedToSomeoneToAct_theyAreTheAgent() {
    Document doc = code("The UN appealed to Iran on Friday to release the British sailors.",
        "The/DT/2/det UN/NNP/3/nsubj appealed/VBD/0/root/appeal to/IN/5/case Iran/NNP/3/obl on/IN/9/mark "
            + "Friday/NNP/9/nsubj to/TO/9/mark release/VB/3/advcl the/DT/12/det British/JJ/12/amod "
            + "sailors/NNS/9/obj/sailor ./././punct");
    assertThat(doc.events()).filteredOn(e -> e.type().root().equals("08")).extracting(CoderFixture::dyad)
        .containsExactly("IRN>GBRMIL:0841");
  }
}
