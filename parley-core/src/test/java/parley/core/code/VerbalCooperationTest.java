package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Verbal cooperation (02 appeals, 04 consultations, 05 endorsements): telephone calls and stated support. */
class VerbalCooperationTest {
  @Test
  void code_metToDiscussEffortsToFightX_consultsThePartnerNotTheTopic() {
    Document doc = new CoderFixture("Turkey's foreign minister met with President Hassan Rouhani on Monday to discuss "
        + "efforts to fight the Taliban.")
        .sentence("Turkey/NNP/4/nmod:poss 's/POS/1/case foreign/JJ/4/amod minister/NN/5/nsubj met/VBD/0/root/meet "
            + "with/IN/9/case President/NNP/9/compound Hassan/NNP/9/compound Rouhani/NNP/5/obl on/IN/11/case "
            + "Monday/NNP/5/obl to/TO/13/mark discuss/VB/5/xcomp efforts/NNS/13/obj/effort to/TO/16/mark "
            + "fight/VB/13/xcomp the/DT/18/det Taliban/NNP/16/obj ./././punct")
        .code();
    assertThat(asserted(doc)).filteredOn(e -> e.type().root().equals("04"))
        .extracting(CoderFixture::dyad).containsExactly("TURGOV>IRNGOV:040");
  }

  @Test
  void code_calledOnADayToCongratulateHim_theCallerCongratulatesTheOneCalled() {
    Document doc = new CoderFixture("The Brazilian president called the Argentine president on Monday to congratulate him on his victory.")
        .sentence("The/DT/3/det Brazilian/JJ/3/amod president/NN/4/nsubj called/VBD/0/root/call the/DT/7/det "
            + "Argentine/JJ/7/amod president/NN/4/obj on/IN/9/case Monday/NNP/4/obl to/TO/11/mark "
            + "congratulate/VB/4/advcl him/PRP/11/obj/he on/IN/15/case his/PRP$/15/nmod:poss/he victory/NN/11/obl "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("BRAGOV>ARGGOV:041", "BRAGOV>ARGGOV:051");
  }

  @Test
  void code_calledSomeoneToThankHim_parsedAsComplement_isStillTheCallersThanks() {
    Document doc = new CoderFixture("The Italian prime minister called the Greek prime minister to thank him for his help.")
        .sentence("The/DT/4/det Italian/JJ/4/amod prime/JJ/4/amod minister/NN/5/nsubj called/VBD/0/root/call "
            + "the/DT/9/det Greek/JJ/9/amod prime/JJ/9/amod minister/NN/5/obj to/TO/11/mark thank/VB/5/xcomp "
            + "him/PRP/11/obj/he for/IN/15/case his/PRP$/15/nmod:poss/he help/NN/11/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("ITAGOV>GRCGOV:041", "ITAGOV>GRCGOV:051");
  }

  @Test
  void code_callWithItsDayTakenForTheClauseSubject_isNoAppeal() {
    Document doc = new CoderFixture("The Turkish president called his Russian counterpart on Friday to express his support for the talks.")
        .sentence("The/DT/3/det Turkish/JJ/3/amod president/NN/4/nsubj called/VBD/0/root/call his/PRP$/7/nmod:poss/he "
            + "Russian/JJ/7/amod counterpart/NN/4/obj on/IN/11/mark Friday/NNP/11/nsubj to/TO/11/mark "
            + "express/VB/4/advcl his/PRP$/13/nmod:poss/he support/NN/11/obj for/IN/16/case the/DT/16/det "
            + "talks/NNS/13/nmod/talk ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("TURGOV>RUSGOV:041")
        .noneMatch(d -> d.endsWith(":020") || d.endsWith(":026"));
  }

  @Test
  void code_callNotYetMade_leavesItsPurposeUnasserted() {
    Document doc = new CoderFixture("The Chinese president will call the French president to congratulate him.")
        .sentence("The/DT/3/det Chinese/JJ/3/amod president/NN/5/nsubj will/MD/5/aux call/VB/0/root "
            + "the/DT/8/det French/JJ/8/amod president/NN/5/obj to/TO/10/mark congratulate/VB/5/xcomp "
            + "him/PRP/10/obj/he ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.endsWith(":051"));
  }

  @Test
  void code_reiteratedItsSupportForAnotherActor_isAnEndorsementNotAPledge() {
    Document doc = new CoderFixture("The Japanese foreign minister reiterated Japan's support for the Philippine government.")
        .sentence("The/DT/4/det Japanese/JJ/4/amod foreign/JJ/4/amod minister/NN/5/nsubj reiterated/VBD/0/root/reiterate "
            + "Japan/NNP/8/nmod:poss 's/POS/6/case support/NN/5/obj for/IN/12/case the/DT/12/det "
            + "Philippine/JJ/12/amod government/NN/8/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("JPNGOV>PHLGOV:051");
  }

  @Test
  void code_conveyedSupportToAnotherActor_isAnEndorsement() {
    Document doc = new CoderFixture("The Kenyan foreign minister conveyed Kenya's support to the Ethiopian prime minister.")
        .sentence("The/DT/4/det Kenyan/JJ/4/amod foreign/JJ/4/amod minister/NN/5/nsubj conveyed/VBD/0/root/convey "
            + "Kenya/NNP/8/nmod:poss 's/POS/6/case support/NN/5/obj to/IN/13/case the/DT/13/det "
            + "Ethiopian/JJ/13/amod prime/JJ/13/amod minister/NN/8/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KENGOV>ETHGOV:051");
  }

  @Test
  void code_pushingForAnActorToAct_isAnAppealToIt() {
    Document doc = new CoderFixture("The UN is pushing for the Afghan government to propose a ceasefire.")
        .sentence("The/DT/2/det UN/NNP/4/nsubj is/VBZ/4/aux/be pushing/VBG/0/root/push for/IN/10/mark "
            + "the/DT/8/det Afghan/JJ/8/amod government/NN/10/nsubj to/TO/10/mark propose/VB/4/advcl "
            + "a/DT/12/det ceasefire/NN/10/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("IGOUNO>AFGGOV:020");
  }

  @Test
  void code_spokeByTelephoneWith_isATelephoneDiscussion() {
    Document doc = new CoderFixture("The Chinese president spoke by telephone with the Russian president.")
        .sentence("The/DT/3/det Chinese/JJ/3/amod president/NN/4/nsubj spoke/VBD/0/root/speak by/IN/6/case "
            + "telephone/NN/4/obl with/IN/10/case the/DT/10/det Russian/JJ/10/amod president/NN/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("CHNGOV>RUSGOV:041");
  }

  @Test
  void code_playedHostTo_hostsTheVisitors() {
    Document doc = new CoderFixture("Qatar played host to the Afghan delegation.")
        .sentence("Qatar/NNP/2/nsubj played/VBD/0/root/play host/NN/2/obj to/IN/7/case the/DT/7/det "
            + "Afghan/JJ/7/amod delegation/NN/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("QAT>AFGGOV:043");
  }

  @Test
  void code_lentItsSupportTo_isAnEndorsementNotALoan() {
    Document doc = new CoderFixture("The French government lent its support to the Malian government.")
        .sentence("The/DT/3/det French/JJ/3/amod government/NN/4/nsubj lent/VBD/0/root/lend its/PRP$/6/nmod:poss "
            + "support/NN/4/obj to/IN/10/case the/DT/10/det Malian/JJ/10/amod government/NN/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("FRAGOV>MLIGOV:051");
  }

  @Test
  void code_grantedDiplomaticRecognition_grantsRecognition() {
    Document doc = new CoderFixture("Ghana granted diplomatic recognition to Kosovo.")
        .sentence("Ghana/NNP/2/nsubj granted/VBD/0/root/grant diplomatic/JJ/4/amod recognition/NN/2/obj "
            + "to/IN/6/case Kosovo/NNP/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GHA>KSV:054");
  }

  @Test
  void code_launchedAMediationEffortToResolveADispute_mediatesBetweenItsParties() {
    Document doc = new CoderFixture("Kenya launched a mediation effort to resolve the dispute between Ethiopia and Egypt.")
        .sentence("Kenya/NNP/2/nsubj launched/VBD/0/root/launch a/DT/5/det mediation/NN/5/compound effort/NN/2/obj "
            + "to/TO/7/mark resolve/VB/2/xcomp the/DT/9/det dispute/NN/7/obj between/IN/11/case Ethiopia/NNP/9/nmod "
            + "and/CC/13/cc Egypt/NNP/11/conj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("KEN>ETH:045", "KEN>EGY:045");
  }

  @Test
  void code_declaredItsSupportForTheDeal_endorsesTheDealNamedOnTheObject() {
    Document doc = new CoderFixture("The Egyptian government declared its support for the peace deal.")
        .sentence("The/DT/3/det Egyptian/JJ/3/amod government/NN/4/nsubj declared/VBD/0/root/declare its/PRP$/6/nmod:poss "
            + "support/NN/4/obj for/IN/10/case the/DT/10/det peace/NN/10/compound deal/NN/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code() + ":" + e.target().map(t -> t.text()).orElse(""))
        .containsExactly("051:the peace deal");
  }

  @Test
  void code_criticizedTheAccord_aimsAtTheAccord_whichOnlyAgreeingActsTakeForNoParty() {
    Document doc = new CoderFixture("The senator criticized the climate accord.")
        .sentence("The/DT/2/det senator/NN/3/nsubj criticized/VBD/0/root/criticize the/DT/6/det climate/NN/6/compound "
            + "accord/NN/3/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code() + ":" + e.target().map(t -> t.text()).orElse(""))
        .containsExactly("111:the climate accord");
  }

  @Test
  void code_supportedMostElementsOfAnotherStatesProposal_endorsesItsAuthor() {
    Document doc = new CoderFixture("Russia supported most elements of the Chilean proposal.")
        .sentence("Russia/NNP/2/nsubj supported/VBD/0/root/support most/RBS/4/advmod elements/NNS/2/obj/element "
            + "of/IN/8/case the/DT/8/det Chilean/JJ/8/amod proposal/NN/4/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("RUS>CHL:051");
  }

  @Test
  void code_supportedSanctionsWithNoActorNamed_endorsesNoOne() {
    Document doc = new CoderFixture("Washington strongly supported the economic sanctions.")
        .sentence("Washington/NNP/3/nsubj strongly/RB/3/advmod supported/VBD/0/root/support the/DT/6/det "
            + "economic/JJ/6/amod sanctions/NNS/3/obj/sanction ./././punct")
        .code();
    assertThat(doc.events()).isEmpty();
  }

  @Test
  void code_wantsNegotiationsWithX_isAnIntentToNegotiate() {
    Document doc = new CoderFixture("The Iranian government wants negotiations with France.")
        .sentence("The/DT/3/det Iranian/JJ/3/amod government/NN/4/nsubj wants/VBZ/0/root/want "
            + "negotiations/NNS/4/obj/negotiation with/IN/7/case France/NNP/5/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRNGOV>FRA:036");
  }

  @Test
  void code_toldXItWasWillingToResumeNegotiations_isAnIntentTowardTheOneTold() {
    Document doc = new CoderFixture("Israel told Syria that Israel was willing to resume negotiations.")
        .sentence("Israel/NNP/2/nsubj told/VBD/0/root/tell Syria/NNP/2/obj that/IN/7/mark Israel/NNP/7/nsubj "
            + "was/VBD/7/cop/be willing/JJ/2/ccomp to/TO/9/mark resume/VB/7/xcomp negotiations/NNS/9/obj/negotiation "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("ISR>SYR:036");
  }

  @Test
  void code_sentXALetterSayingItWantedNegotiations_isAnIntentTowardTheOneSentTo() {
    Document doc = new CoderFixture("Greece sent Turkey a letter, saying Greece wanted negotiations.")
        .sentence("Greece/NNP/2/nsubj sent/VBD/0/root/send Turkey/NNP/2/iobj a/DT/5/det letter/NN/2/obj ,/,/2/punct "
            + "saying/VBG/2/dep/say Greece/NNP/9/nsubj wanted/VBD/7/ccomp/want "
            + "negotiations/NNS/9/obj/negotiation ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("GRC>TUR:036");
  }

  @Test
  void code_toldReportersItWasWillingToTalk_namesNoTarget() {
    Document doc = new CoderFixture("Greece told reporters that Greece was willing to resume negotiations.")
        .sentence("Greece/NNP/2/nsubj told/VBD/0/root/tell reporters/NNS/2/obj/reporter that/IN/7/mark "
            + "Greece/NNP/7/nsubj was/VBD/7/cop/be willing/JJ/2/ccomp to/TO/9/mark resume/VB/7/xcomp "
            + "negotiations/NNS/9/obj/negotiation ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }
}
