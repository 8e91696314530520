package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Contests for votes are no force; fights of troops and police near an election stay force. */
class ElectoralContestTest {
  private static boolean force(parley.core.doc.Event e) {
    String root = e.type().code().substring(0, 2);
    return root.compareTo("17") >= 0 && root.compareTo("20") <= 0;
  }

  @Test
  void code_beatARivalInAPrimary_isNoForce() {
    Document doc = new CoderFixture("Hillary Clinton beat her rival Bernie Sanders in the Iowa primary.")
        .sentence("Hillary/NNP/2/compound Clinton/NNP/3/nsubj beat/VBD/0/root her/PRP$/7/nmod:poss/she rival/JJ/7/amod "
            + "Bernie/NNP/7/compound Sanders/NNP/3/obj in/IN/11/case the/DT/11/det Iowa/NNP/11/compound "
            + "primary/NN/3/obl ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(ElectoralContestTest::force);
  }

  @Test
  void code_battleBetweenTwoCandidatesForTheNomination_isNoFight() {
    Document doc = new CoderFixture("The battle between Hillary Clinton and Bernie Sanders for the nomination is over.")
        .sentence("The/DT/2/det battle/NN/13/nsubj between/IN/5/case Hillary/NNP/5/compound Clinton/NNP/2/nmod "
            + "and/CC/8/cc Bernie/NNP/8/compound Sanders/NNP/5/conj for/IN/11/case the/DT/11/det "
            + "nomination/NN/2/nmod is/VBZ/13/cop/be over/RB/0/root ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(ElectoralContestTest::force);
  }

  @Test
  void code_troopsFoughtRebelsBeforeTheElection_staysForce() {
    Document doc = new CoderFixture("Nigerian troops fought rebels before the election.")
        .sentence("Nigerian/JJ/2/amod troops/NNS/3/nsubj fought/VBD/0/root/fight rebels/NNS/3/obj/rebel "
            + "before/IN/7/case the/DT/7/det election/NN/3/obl ./././punct")
        .code();
    assertThat(doc.events()).anyMatch(e -> e.type().code().startsWith("19"));
  }

  @Test
  void code_policeBeatProtestersAfterTheVote_staysForce() {
    Document doc = new CoderFixture("Kenyan police beat protesters after the vote.")
        .sentence("Kenyan/JJ/2/amod police/NN/3/nsubj beat/VBD/0/root protesters/NNS/3/obj/protester "
            + "after/IN/6/case the/DT/6/det vote/NN/3/obl ./././punct")
        .code();
    assertThat(doc.events()).anyMatch(e -> e.type().code().startsWith("18"));
  }

  @Test
  void code_policeBeatProtestersAtAPollingStation_staysForce() {
    Document doc = new CoderFixture("Kenyan police beat protesters at a polling station.")
        .sentence("Kenyan/JJ/2/amod police/NN/3/nsubj beat/VBD/0/root protesters/NNS/3/obj/protester at/IN/8/case "
            + "a/DT/8/det polling/NN/8/compound station/NN/3/obl ./././punct")
        .code();
    assertThat(doc.events()).anyMatch(e -> e.type().code().startsWith("18"));
  }

  @Test
  void code_candidateVowsToDefeatIsis_staysForce() {
    Document doc = new CoderFixture("Candidate Ted Cruz vowed to defeat ISIS.")
        .sentence("Candidate/NN/3/compound Ted/NNP/3/compound Cruz/NNP/4/nsubj vowed/VBD/0/root/vow to/TO/6/mark "
            + "defeat/VB/4/xcomp ISIS/NNP/6/obj ./././punct")
        .code();
    assertThat(doc.events()).anyMatch(e -> e.type().code().startsWith("19"));
  }

  @Test
  void code_beatARivalToIt_isNoForce_butBeatenToDeathIs() {
    Document first = new CoderFixture("Russia beat China to the contract.")
        .sentence("Russia/NNP/2/nsubj beat/VBD/0/root China/NNP/2/obj to/IN/6/case the/DT/6/det contract/NN/2/obl "
            + "./././punct")
        .code();
    assertThat(first.events()).noneMatch(ElectoralContestTest::force);
    Document death = new CoderFixture("Syrian rebels beat the Turkish soldier to death.")
        .sentence("Syrian/JJ/2/amod rebels/NNS/3/nsubj/rebel beat/VBD/0/root the/DT/6/det Turkish/JJ/6/amod "
            + "soldier/NN/3/obj to/IN/8/case death/NN/3/obl ./././punct")
        .code();
    assertThat(death.events()).anyMatch(e -> e.type().code().startsWith("18"));
  }
}
