package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Who a demand, a refusal or an appeal is addressed to when the lexicons do not know the actor. */
class AddresseeTest {
  @Test
  void code_saysXMust_parsedAsObjectAndLooseClause_isADemandOnX() {
    // The parser's reading: "Sudan" the object of "says", "end" a loose dependent.
    Document doc = new CoderFixture("Norway says Sudan must end its raids on Chad.")
        .sentence("Norway/NNP/2/nsubj says/VBZ/0/root/say Sudan/NNP/2/obj must/MD/5/aux end/VB/2/dep "
            + "its/PRP$/7/nmod:poss raids/NNS/5/obj/raid on/IN/9/case Chad/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("NOR>SDN:105");
  }

  @Test
  void code_demandThatAnUnknownNamedPersonStepDown_isAddressedToThatPerson() {
    Document doc = new CoderFixture("Opposition leaders demanded that Okonkwo step down.")
        .sentence("Opposition/NN/2/compound leaders/NNS/3/nsubj/leader demanded/VBD/0/root/demand that/IN/6/mark "
            + "Okonkwo/NNP/6/nsubj step/VBP/3/ccomp down/RP/6/compound:prt ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root() + ">" + e.target().map(t -> t.text()).orElse(""))
        .contains("10>Okonkwo");
  }

  @Test
  void code_refusalToRespondToARequest_isAddressedToTheRequester() {
    Document doc = new CoderFixture("Japan refused to respond to a request from Okonkwo.")
        .sentence("Japan/NNP/2/nsubj refused/VBD/0/root/refuse to/TO/4/mark respond/VB/2/xcomp to/IN/7/case "
            + "a/DT/7/det request/NN/4/obl from/IN/9/case Okonkwo/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root() + ">" + e.target().map(t -> t.text()).orElse(""))
        .containsExactly("12>Okonkwo");
  }

  @Test
  void code_declinedRequestFromAnUnknownName_isAddressedToTheRequester() {
    Document doc = new CoderFixture("Japan declined a request from Okonkwo.")
        .sentence("Japan/NNP/2/nsubj declined/VBD/0/root/decline a/DT/4/det request/NN/2/obj from/IN/6/case "
            + "Okonkwo/NNP/4/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root() + ">" + e.target().map(t -> t.text()).orElse(""))
        .containsExactly("12>Okonkwo");
  }

  @Test
  void code_soughtAsylumInACountry_isAnAppealToThatCountry() {
    Document doc = new CoderFixture("Eritrean refugees have sought asylum in Italy.")
        .sentence("Eritrean/JJ/2/amod refugees/NNS/4/nsubj/refugee have/VBP/4/aux sought/VBN/0/root/seek "
            + "asylum/NN/4/obj in/IN/7/case Italy/NNP/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("ERIREF>ITA:0233");
  }

  @Test
  void code_mobilisedForAnAssaultAgainstX_isDirectedAtX() {
    Document doc = new CoderFixture("Israel mobilized the army for an assault against Lebanon.")
        .sentence("Israel/NNP/2/nsubj mobilized/VBD/0/root/mobilize the/DT/4/det army/NN/2/obj for/IN/7/case "
            + "an/DT/7/det/a assault/NN/2/obl against/IN/9/case Lebanon/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("ISR>LBN:153");
  }

  @Test
  void code_refusedToAllowAThing_isARefusalAboutThatThing() {
    Document doc = new CoderFixture("Italy refused to allow the plane to land.")
        .sentence("Italy/NNP/2/nsubj refused/VBD/0/root/refuse to/TO/4/mark allow/VB/2/xcomp the/DT/6/det "
            + "plane/NN/4/obj to/IN/8/case land/NN/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root() + ">" + e.target().map(t -> t.text()).orElse(""))
        .containsExactly("12>the plane");
  }

  @Test
  void code_partiesUrgedTheirOwnRefugees_isAnAppealToThem() {
    Document doc = new CoderFixture("Kenya's political parties have urged their refugees to boycott the elections.")
        .sentence("Kenya/NNP/4/nmod:poss 's/POS/1/case political/JJ/4/amod parties/NNS/6/nsubj/party have/VBP/6/aux "
            + "urged/VBN/0/root/urge their/PRP$/8/nmod:poss/they refugees/NNS/6/obj/refugee to/TO/10/mark "
            + "boycott/VB/6/xcomp the/DT/12/det elections/NNS/10/obj/election ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("KEN") && d.endsWith(">KENREF:020"));
  }

  @Test
  void code_infinitiveJoinedToAReportedClause_isDoneByTheFirstInfinitivesAgent() {
    Document doc = new CoderFixture("The denial prompted Kenya to charge that Uganda was breaking the deal and to propose sanctions against Uganda.")
        .sentence("The/DT/2/det denial/NN/3/nsubj prompted/VBD/0/root/prompt Kenya/NNP/3/obj to/TO/6/mark "
            + "charge/VB/3/xcomp that/IN/10/mark Uganda/NNP/10/nsubj was/VBD/10/aux/be breaking/VBG/6/ccomp/break "
            + "the/DT/12/det deal/NN/10/obj and/CC/15/cc to/TO/15/mark propose/VB/10/conj sanctions/NNS/15/obj/sanction "
            + "against/IN/18/case Uganda/NNP/15/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("KEN>UGA:1312").doesNotContain("UGA>UGA:1312");
  }
}
