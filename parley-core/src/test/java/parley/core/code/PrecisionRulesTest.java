package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/**
 * False events found on unseen stories: verbal attacks ({@link VerbalAttack}), arranged event nouns
 * ({@link ScheduledActs#arrangedNoun}), claims of non-violent acts, acts done "instead of", and misread
 * time clauses ({@link MisreadTimeClause}).
 */
class PrecisionRulesTest {
  @Test
  void code_attackOverRemarks_isCriticism() {
    Document doc = new CoderFixture("The French president attacked the German chancellor over his remarks.")
        .sentence("The/DT/3/det French/JJ/3/amod president/NN/4/nsubj attacked/VBD/0/root/attack the/DT/7/det "
            + "German/JJ/7/amod chancellor/NN/4/obj over/IN/10/case his/PRP$/10/nmod:poss/he remarks/NNS/4/obl/remark ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("FRAGOV>DEUGOV:111");
  }

  @Test
  void code_attackInAnInterview_isCriticism() {
    Document doc = new CoderFixture("The French president attacked the German chancellor in a television interview.")
        .sentence("The/DT/3/det French/JJ/3/amod president/NN/4/nsubj attacked/VBD/0/root/attack the/DT/7/det "
            + "German/JJ/7/amod chancellor/NN/4/obj in/IN/11/case a/DT/11/det television/NN/11/compound "
            + "interview/NN/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("FRAGOV>DEUGOV:111");
  }

  @Test
  void code_attackJudgedAsReckless_isCriticism() {
    Document doc = new CoderFixture("The French president attacked the German plan as reckless.")
        .sentence("The/DT/3/det French/JJ/3/amod president/NN/4/nsubj attacked/VBD/0/root/attack the/DT/7/det "
            + "German/JJ/7/amod plan/NN/4/obj as/IN/9/case reckless/JJ/4/advcl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root()).doesNotContain("18", "19");
  }

  @Test
  void code_attackOverTheWeekend_staysForce() {
    Document doc = new CoderFixture("French troops attacked the German embassy over the weekend.")
        .sentence("French/JJ/2/amod troops/NNS/3/nsubj attacked/VBD/0/root/attack the/DT/6/det German/JJ/6/amod "
            + "embassy/NN/3/obj over/IN/9/case the/DT/9/det weekend/NN/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root()).containsExactly("18");
  }

  @Test
  void code_talksScheduledForThursday_areNotAsserted() {
    Document doc = new CoderFixture("Talks between France and Germany are scheduled for Thursday.")
        .sentence("Talks/NNS/7/nsubj:pass/talk between/IN/3/case France/NNP/1/nmod and/CC/5/cc Germany/NNP/3/conj "
            + "are/VBP/7/aux:pass/be scheduled/VBN/0/root/schedule for/IN/9/case Thursday/NNP/7/obl ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_policeSayingTheyArrested_claimNoResponsibility() {
    Document doc = new CoderFixture("French police said they arrested the German consul.")
        .sentence("French/JJ/2/amod police/NNS/3/nsubj said/VBD/0/root/say they/PRP/5/nsubj arrested/VBD/3/ccomp/arrest "
            + "the/DT/8/det German/JJ/8/amod consul/NN/5/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).contains("173").doesNotContain("015");
  }

  @Test
  void code_visitInsteadOfStaying_isNotAsserted() {
    Document doc = new CoderFixture("The French president stayed in Paris instead of visiting Germany.")
        .sentence("The/DT/3/det French/JJ/3/amod president/NN/4/nsubj stayed/VBD/0/root/stay in/IN/6/case "
            + "Paris/NNP/4/obl instead/RB/9/cc of/IN/7/fixed visiting/VBG/4/conj/visit Germany/NNP/9/obj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_killingAfterMisreadTimeClause_isNotThePolices() {
    Document doc = new CoderFixture(
        "French police said they sealed the district after the man, armed with a rifle, killed two German tourists.")
        .sentence("French/JJ/2/amod police/NNS/3/nsubj said/VBD/0/root/say they/PRP/5/nsubj sealed/VBD/3/ccomp/seal "
            + "the/DT/7/det district/NN/5/obj after/IN/10/case the/DT/10/det man/NN/5/obl ,/,/5/punct "
            + "armed/VBN/5/conj/arm with/IN/15/case a/DT/15/det rifle/NN/12/obl ,/,/5/punct killed/VBD/5/conj/kill "
            + "two/CD/20/nummod German/JJ/20/amod tourists/NNS/17/obj/tourist ./././punct")
        .code();
    assertThat(asserted(doc)).noneMatch(e -> e.source().code().orElse("").startsWith("FRA"));
  }

  @Test
  void code_beBothGoingToVisit_isNotAsserted() {
    Document doc = new CoderFixture("The French and German leaders are both going to visit Spain.")
        .sentence("The/DT/5/det French/JJ/5/amod and/CC/4/cc German/JJ/2/conj leaders/NNS/8/nsubj/leader are/VBP/8/aux/be "
            + "both/DT/8/dep going/VBG/0/root/go to/TO/10/mark visit/VB/8/xcomp Spain/NNP/10/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).doesNotContain("042");
  }

  @Test
  void code_scathingAttackMadeOnAPlan_isCriticism() {
    Document doc = new CoderFixture("The French president made a scathing attack on the German chancellor.")
        .sentence("The/DT/3/det French/JJ/3/amod president/NN/4/nsubj made/VBD/0/root/make a/DT/7/det scathing/JJ/7/amod "
            + "attack/NN/4/obj on/IN/11/case the/DT/11/det German/JJ/11/amod chancellor/NN/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root()).doesNotContain("18", "19");
  }
}
