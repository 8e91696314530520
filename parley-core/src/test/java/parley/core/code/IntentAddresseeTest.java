package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** A cooperative act stated as intended to someone told of it is an intent towards them. */
class IntentAddresseeTest {
  @Test
  void code_toldXItWouldResumeTalks_intendsToNegotiateWithTheOneTold() {
    Document doc = new CoderFixture("Norway told Sweden it would resume talks on the border.")
        .sentence("Norway/NNP/2/nsubj told/VBD/0/root/tell Sweden/NNP/2/obj it/PRP/6/nsubj would/MD/6/aux "
            + "resume/VB/2/ccomp talks/NNS/6/obj/talk on/IN/10/case the/DT/10/det border/NN/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NOR>SWE:036");
  }

  @Test
  void code_sentXAMessageSayingItWantedToOpenNegotiations_intendsToNegotiateWithTheOneSentTo() {
    Document doc = new CoderFixture("Peru sent Chile a message saying it wanted to open negotiations without preconditions.")
        .sentence("Peru/NNP/2/nsubj sent/VBD/0/root/send Chile/NNP/2/iobj a/DT/5/det message/NN/2/obj "
            + "saying/VBG/5/acl/say it/PRP/8/nsubj wanted/VBD/6/ccomp/want to/TO/10/mark open/VB/8/xcomp "
            + "negotiations/NNS/10/obj/negotiation without/IN/13/case preconditions/NNS/10/obl/precondition "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("PER>CHL:036");
  }

  @Test
  void code_toldXItHadResumedTalks_isNoActTowardTheOneTold() {
    Document doc = new CoderFixture("Norway told Sweden it had resumed talks.")
        .sentence("Norway/NNP/2/nsubj told/VBD/0/root/tell Sweden/NNP/2/obj it/PRP/6/nsubj had/VBD/6/aux/have "
            + "resumed/VBN/2/ccomp/resume talks/NNS/6/obj/talk ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("NOR>SWE"));
  }

  @Test
  void code_toldXItWouldAttack_isNoAttackOnTheOneTold() {
    Document doc = new CoderFixture("Norway told Sweden it would attack.")
        .sentence("Norway/NNP/2/nsubj told/VBD/0/root/tell Sweden/NNP/2/obj it/PRP/6/nsubj would/MD/6/aux "
            + "attack/VB/2/ccomp ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("NOR>SWE"));
  }

  @Test
  void code_warnedXItWouldImposeSanctions_threatensTheOneWarned() {
    Document doc = new CoderFixture("The United States warned Iran it would impose sanctions.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj warned/VBD/0/root/warn Iran/NNP/4/obj "
            + "it/PRP/8/nsubj would/MD/8/aux impose/VB/4/ccomp sanctions/NNS/8/obj/sanction ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("USA>IRN:1312");
  }

  @Test
  void code_toldXItWouldImposeSanctions_threatensNoOneNamed() {
    Document doc = new CoderFixture("The United States told Iran it would impose sanctions.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj told/VBD/0/root/tell Iran/NNP/4/obj "
            + "it/PRP/8/nsubj would/MD/8/aux impose/VB/4/ccomp sanctions/NNS/8/obj/sanction ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("USA>IRN"));
  }

  @Test
  void code_reassureCreditorsTheCountryWasSafeToInvestIn_isNoIntentTowardThem() {
    Document doc = new CoderFixture("Plans to revive Kenya's economy by reducing central government control would help "
        + "reassure Western creditors that the country's economy was safe to invest in, a senior Kenyan official said.")
        .sentence("Plans/NNS/3/nsubj/plan to/TO/3/mark revive/VB/13/csubj Kenya/NNP/6/nmod:poss 's/POS/4/case "
            + "economy/NN/3/obj by/IN/11/case reducing/VBG/11/amod/reduce central/JJ/11/amod government/NN/11/compound "
            + "control/NN/3/obl would/MD/13/aux help/VB/0/root reassure/VB/13/xcomp Western/JJ/16/amod "
            + "creditors/NNS/14/obj/creditor that/WDT/23/dep the/DT/19/det country/NN/21/nmod:poss 's/POS/19/case "
            + "economy/NN/23/nsubj was/VBD/23/cop/be safe/JJ/14/dep to/TO/25/mark invest/VB/23/xcomp in/IN/25/advmod "
            + ",/,/25/punct a/DT/31/det senior/JJ/31/amod Kenyan/JJ/31/amod official/NN/32/nsubj "
            + "said/VBD/25/parataxis/say ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.contains(":06"));
  }
}
