package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/**
 * Appeals, demands, criticism, accusations and investigations, many carried by reported speech, read
 * as the CAMEO codebook reads them: "should" asks (02x), "must" demands (10x), "should have" reproaches
 * (111), and help to an armed group told by another is an accusation (112).
 */
class VerbalConflictFramesTest {
  @Test
  void code_saidPeopleWereKilledInAStrikeByX_accusesX() {
    Document doc = new CoderFixture("Amnesty International said ten people were killed in an air strike by government forces "
        + "in Maiduguri.")
        .sentence("Amnesty/NNP/2/compound International/NNP/3/nsubj said/VBD/0/root/say ten/CD/5/nummod "
            + "people/NNS/7/nsubj:pass/person were/VBD/7/aux:pass/be killed/VBN/3/ccomp/kill in/IN/11/case "
            + "an/DT/11/det/a air/NN/11/compound strike/NN/7/obl by/IN/14/case government/NN/14/compound "
            + "forces/NNS/11/nmod/force in/IN/16/case Maiduguri/NNP/11/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).filteredOn(e -> e.type().code().equals("112"))
        .extracting(e -> e.source().code().orElse("?") + ">" + e.target().map(t -> t.text()).orElse("?"))
        .containsExactly("NGOAMN>government forces");
  }

  @Test
  void code_saidAnotherShouldHoldTalks_isAnAppealToNegotiate() {
    Document doc = new CoderFixture("Norway said Sudan should hold talks with the rebels.")
        .sentence("Norway/NNP/2/nsubj said/VBD/5/csubj/say Sudan/NNP/2/obj should/MD/5/aux hold/VB/0/root "
            + "talks/NNS/5/obj/talk with/IN/9/case the/DT/9/det rebels/NNS/6/nmod/rebel ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("NOR>SDN:026");
  }

  @Test
  void code_saidAnotherShouldDrawUpPlans_isAnAppealNotADemand() {
    Document doc = new CoderFixture("Ghana said Kenya should draw up plans for the refugees.")
        .sentence("Ghana/NNP/2/nsubj said/VBD/0/root/say Kenya/NNP/5/nsubj should/MD/5/aux draw/VB/2/ccomp "
            + "up/RP/5/compound:prt plans/NNS/5/obj/plan for/IN/10/case the/DT/10/det refugees/NNS/7/nmod/refugee ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GHA>KEN:020");
  }

  @Test
  void code_saidAnotherMustRelease_isADemand() {
    Document doc = new CoderFixture("Ghana said Togo must release the prisoners.")
        .sentence("Ghana/NNP/2/nsubj said/VBD/0/root/say Togo/NNP/5/nsubj must/MD/5/aux release/VB/2/ccomp "
            + "the/DT/7/det prisoners/NNS/5/obj/prisoner ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("GHA>TGO:105");
  }

  @Test
  void code_saidAnotherShouldHaveStopped_isCriticism() {
    Document doc = new CoderFixture("Ghana said Togo should have stopped the killings.")
        .sentence("Ghana/NNP/2/nsubj said/VBD/0/root/say Togo/NNP/6/nsubj should/MD/6/aux have/VB/6/aux "
            + "stopped/VBN/2/ccomp/stop the/DT/8/det killings/NNS/6/obj/killing ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GHA>TGO:111");
  }

  @Test
  void code_saidAnotherShouldHaveBeenMoreGenerous_isCriticismToo() {
    // the perfect of a copula: "should have been" reproaches as "should have stopped" does
    Document doc = new CoderFixture("Kenya said Uganda should have been more generous.")
        .sentence("Kenya/NNP/2/nsubj said/VBD/0/root/say Uganda/NNP/8/nsubj should/MD/8/aux have/VB/8/aux "
            + "been/VBN/8/cop/be more/RBR/8/advmod generous/JJ/2/ccomp ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KEN>UGA:111");
  }

  @Test
  void code_saysAnotherHelpedTheRebels_isAnAccusationAndNoAid() {
    Document doc = new CoderFixture("Kenya says the Ugandan government helped the rebels.")
        .sentence("Kenya/NNP/2/nsubj says/VBZ/0/root/say the/DT/5/det Ugandan/JJ/5/amod government/NN/6/nsubj "
            + "helped/VBD/2/ccomp/help the/DT/8/det rebels/NNS/6/obj/rebel ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KEN>UGAGOV:112");
  }

  @Test
  void code_saidAnotherContinuesToHelpTheRebels_isAnAccusation() {
    Document doc = new CoderFixture("The Kenyan president said Uganda continues to help the rebels.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod president/NN/4/nsubj said/VBD/0/root/say Uganda/NNP/6/nsubj "
            + "continues/VBZ/4/ccomp/continue to/TO/8/mark help/VB/6/xcomp the/DT/10/det rebels/NNS/8/obj/rebel ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENGOV>UGA:112");
  }

  @Test
  void code_saidItWillCutTiesBecauseAnotherHelpsTheRebels_accusesTheHelper() {
    Document doc = new CoderFixture("Kenya will cut ties with Uganda because it continues to help the rebels, the Kenyan president said.")
        .sentence("Kenya/NNP/3/nsubj will/MD/3/aux cut/VB/18/ccomp ties/NNS/3/obj/tie with/IN/6/case Uganda/NNP/4/nmod "
            + "because/IN/9/mark it/PRP/9/nsubj continues/VBZ/3/advcl/continue to/TO/11/mark help/VB/9/xcomp "
            + "the/DT/13/det rebels/NNS/11/obj/rebel ,/,/18/punct the/DT/17/det Kenyan/JJ/17/amod "
            + "president/NN/18/nsubj said/VBD/0/root/say ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("KENGOV>UGA:112")
        .noneMatch(d -> d.endsWith(":070"));
  }

  @Test
  void code_raisedProtestsAfterAnotherActed_isAComplaintAgainstTheActor() {
    Document doc = new CoderFixture("Kenya raised protests after Ugandan soldiers crossed the border.")
        .sentence("Kenya/NNP/2/nsubj raised/VBD/0/root/raise protests/NNS/2/obj/protest after/IN/7/mark "
            + "Ugandan/JJ/6/amod soldiers/NNS/7/nsubj/soldier crossed/VBD/2/advcl/cross the/DT/9/det "
            + "border/NN/7/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KEN>UGAMIL:114");
  }

  @Test
  void code_filedALawsuitAccusing_isTheFilersAccusation() {
    Document doc = new CoderFixture("A Kenyan lawyer filed a lawsuit accusing the Ugandan army of torture.")
        .sentence("A/DT/3/det Kenyan/JJ/3/amod lawyer/NN/4/nsubj filed/VBD/0/root/file a/DT/6/det lawsuit/NN/4/obj "
            + "accusing/VBG/6/acl/accuse the/DT/10/det Ugandan/JJ/10/amod army/NN/7/obj of/IN/12/case "
            + "torture/NN/7/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.endsWith(">UGAMIL:1122"));
  }

  @Test
  void code_calledAnotherAStupidMan_isCriticismNotACall() {
    Document doc = new CoderFixture("The Kenyan president called the Ugandan ambassador a very stupid man.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod president/NN/4/nsubj called/VBD/0/root/call the/DT/7/det "
            + "Ugandan/JJ/7/amod ambassador/NN/4/obj a/DT/11/det very/RB/10/advmod stupid/JJ/11/amod "
            + "man/NN/4/obl:npmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENGOV>UGAGOV:111");
  }

  @Test
  void code_offeredScathingCriticismOf_isCriticismNotAnOffer() {
    Document doc = new CoderFixture("The Kenyan delegation offered scathing criticism of the Ugandan government.")
        .sentence("The/DT/3/det Kenyan/JJ/3/amod delegation/NN/4/nsubj offered/VBD/0/root/offer scathing/JJ/6/amod "
            + "criticism/NN/4/obj of/IN/10/case the/DT/10/det Ugandan/JJ/10/amod government/NN/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("111");
  }

  @Test
  void code_searchedAnotherActorsResidence_isAnInvestigationOfIt() {
    Document doc = new CoderFixture("Kenyan police searched the Ugandan ambassador's residence on Friday.")
        .sentence("Kenyan/JJ/2/amod police/NNS/3/nsubj searched/VBD/0/root/search the/DT/6/det Ugandan/JJ/6/amod "
            + "ambassador/NN/8/nmod:poss 's/POS/6/case residence/NN/3/obj on/IN/10/case Friday/NNP/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENCOP>UGAGOV:090");
  }

  @Test
  void code_proposedAResolutionThatWouldImposeAnEmbargo_isAProposalOfSanctions() {
    Document doc = new CoderFixture("Kenya has proposed a resolution that would impose an arms embargo on Somalia.")
        .sentence("Kenya/NNP/3/nsubj has/VBZ/3/aux/have proposed/VBN/0/root/propose a/DT/5/det resolution/NN/3/obj "
            + "that/WDT/8/nsubj would/MD/8/aux impose/VB/5/acl:relcl an/DT/11/det/a arms/NNS/11/compound/arm "
            + "embargo/NN/8/obj on/IN/13/case Somalia/NNP/8/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KEN>SOM:1312");
  }

  @Test
  void code_proposedAResolutionWithTheClauseReadAsParataxis_isAProposalOfSanctions() {
    Document doc = new CoderFixture("Kenya has proposed a resolution, still under debate, that would impose an arms embargo on Somalia.")
        .sentence("Kenya/NNP/3/nsubj has/VBZ/3/aux/have proposed/VBN/0/root/propose a/DT/5/det resolution/NN/3/obj "
            + ",/,/3/punct still/RB/9/advmod under/IN/9/case debate/NN/3/obl ,/,/3/punct that/DT/13/nsubj "
            + "would/MD/13/aux impose/VB/3/parataxis an/DT/16/det/a arms/NNS/16/compound/arm embargo/NN/13/obj "
            + "on/IN/18/case Somalia/NNP/16/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KEN>SOM:1312");
  }

  @Test
  void code_saidAnotherWantsToBlockTalks_accusesIt() {
    Document doc = new CoderFixture("Kenyan officials said Uganda wants to block the peace talks in Sudan.")
        .sentence("Kenyan/JJ/2/amod officials/NNS/3/nsubj/official said/VBD/0/root/say Uganda/NNP/5/nsubj "
            + "wants/VBZ/3/ccomp/want to/TO/7/mark block/VB/5/xcomp the/DT/10/det peace/NN/10/compound "
            + "talks/NNS/7/obj/talk in/IN/12/case Sudan/NNP/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENGOV>UGA:112");
  }

  @Test
  void code_hostileAimsInCoordinatedReportedClauses_accuseEachAimer() {
    Document doc = new CoderFixture("Kenyan officials said Uganda wants to block the talks and Sudan intends to undermine the process.")
        .sentence("Kenyan/JJ/2/amod officials/NNS/3/nsubj/official said/VBD/0/root/say Uganda/NNP/5/nsubj "
            + "wants/VBZ/3/ccomp/want to/TO/7/mark block/VB/5/xcomp the/DT/9/det talks/NNS/7/obj/talk "
            + "and/CC/12/cc Sudan/NNP/12/nsubj intends/VBZ/5/conj/intend to/TO/14/mark undermine/VB/12/xcomp "
            + "the/DT/16/det process/NN/14/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("KENGOV>UGA:112", "KENGOV>SDN:112");
  }

  @Test
  void code_saidAnotherWantsToHelp_accusesNoOne() {
    Document doc = new CoderFixture("Kenyan officials said Uganda wants to help the refugees in Sudan.")
        .sentence("Kenyan/JJ/2/amod officials/NNS/3/nsubj/official said/VBD/0/root/say Uganda/NNP/5/nsubj "
            + "wants/VBZ/3/ccomp/want to/TO/7/mark help/VB/5/xcomp the/DT/9/det refugees/NNS/7/obj/refugee "
            + "in/IN/11/case Sudan/NNP/9/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.endsWith(":112"));
  }

  @Test
  void code_attackLaunchedCallingItsTargetsNames_isCriticism() {
    Document doc = new CoderFixture("The Kenyan president launched an attack on Uganda's intelligence chiefs, calling them traitors.")
        .sentence("The/DT/3/det/the Kenyan/JJ/3/amod/kenyan president/NN/4/nsubj/president launched/VBD/0/root/launch "
            + "an/DT/6/det/a attack/NN/4/obj/attack on/IN/11/case/on Uganda/NNP/11/nmod:poss/uganda 's/POS/8/case/'s "
            + "intelligence/NN/11/compound/intelligence chiefs/NNS/6/nmod/chief ,/,/4/punct/, calling/VBG/4/dep/call "
            + "them/PRP/15/nsubj/they traitors/NNS/13/xcomp/traitor ././4/punct/.")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).contains("111").doesNotContain("190");
  }

  @Test
  void code_attackLaunchedOnALaw_isCriticism() {
    Document doc = new CoderFixture("The Kenyan opposition leader launched an attack on the new Ugandan law.")
        .sentence("The/DT/4/det/the Kenyan/JJ/4/amod/kenyan opposition/NN/4/compound/opposition leader/NN/5/nsubj/leader "
            + "launched/VBD/0/root/launch an/DT/7/det/a attack/NN/5/obj/attack on/IN/12/case/on the/DT/12/det/the "
            + "new/JJ/12/amod/new Ugandan/NNP/12/compound/ugandan law/NN/7/nmod/law ././5/punct/.")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).contains("111").doesNotContain("190");
  }

  @Test
  void code_attackLaunchedOnRebelPositions_staysForce() {
    Document doc = new CoderFixture("The Kenyan army launched an attack on rebel positions in Uganda, saying the rebels had "
        + "violated the truce.")
        .sentence("The/DT/3/det/the Kenyan/JJ/3/amod/kenyan army/NN/4/nsubj/army launched/VBD/0/root/launch an/DT/6/det/a "
            + "attack/NN/4/obj/attack on/IN/9/case/on rebel/JJ/9/amod/rebel positions/NNS/6/nmod/position in/IN/11/case/in "
            + "Uganda/NNP/6/nmod/uganda ,/,/4/punct/, saying/VBG/17/mark/say the/DT/15/det/the rebels/NNS/17/nsubj/rebel "
            + "had/VBD/17/aux/have violated/VBN/4/advcl/violate the/DT/19/det/the truce/NN/17/obj/truce ././4/punct/.")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).doesNotContain("111");
  }
}
