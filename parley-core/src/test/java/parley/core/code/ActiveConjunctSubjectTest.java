package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** A finite active verb coordinated with a passive one shares the passive's subject. */
class ActiveConjunctSubjectTest {
  @Test
  void code_wasCommittedToPeaceAndWantedToOpenNegotiations_theSubjectWantsThem() {
    Document doc = new CoderFixture("Peru on Monday sent Chile a message, via Quito, saying it was committed to peace "
        + "and wanted to open negotiations without preconditions.")
        .sentence("Peru/NNP/4/nsubj on/IN/3/case Monday/NNP/4/obl sent/VBD/0/root/send Chile/NNP/4/iobj a/DT/7/det "
            + "message/NN/4/obj ,/,/4/punct via/IN/10/case Quito/NNP/4/obl ,/,/4/punct saying/VBG/4/dep/say "
            + "it/PRP/15/nsubj:pass was/VBD/15/aux:pass/be committed/VBN/12/ccomp/commit to/IN/17/case "
            + "peace/NN/15/obl and/CC/19/cc wanted/VBD/15/conj/want to/TO/21/mark open/VB/19/xcomp "
            + "negotiations/NNS/21/obj/negotiation without/IN/24/case preconditions/NNS/21/obl/precondition "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("PER>CHL:036");
  }

  @Test
  void code_wereAttackedAndKilled_theCoordinatedParticipleStaysPassive() {
    Document doc = new CoderFixture("Kenyan soldiers were attacked and killed by Somali militants.")
        .sentence("Kenyan/JJ/2/amod soldiers/NNS/4/nsubj:pass/soldier were/VBD/4/aux:pass/be attacked/VBN/0/root/attack "
            + "and/CC/6/cc killed/VBN/4/conj/kill by/IN/9/case Somali/JJ/9/amod militants/NNS/4/obl/militant "
            + "./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("KEN"));
  }

  @Test
  void code_wereRoutedAndFled_activeConjunctTakesThePassiveSubjectAsAgent() {
    DependencyTree tree = new DependencyTree(new CoderFixture("The rebels were routed and fled.")
        .sentence("The/DT/2/det rebels/NNS/4/nsubj:pass/rebel were/VBD/4/aux:pass/be routed/VBN/0/root/rout "
            + "and/CC/6/cc fled/VBD/4/conj/flee ./././punct")
        .code().sentences().get(0));
    assertThat(new ClauseArguments(tree).agents(5)).containsExactly(1);
  }
}
