package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Coercion (17), protest (14) and force (18-19) frames written from the CAMEO codebook's categories. */
class ConflictFramesTest {
  @Test
  void code_imposedABlockadeOnAPlace_isABlockadeNotAnEmbargo() {
    Document doc = new CoderFixture("The Nigerian army imposed a blockade on Kano.")
        .sentence("The/DT/3/det Nigerian/JJ/3/amod army/NN/4/nsubj imposed/VBD/0/root/impose a/DT/6/det "
            + "blockade/NN/4/obj on/IN/8/case Kano/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("NGAMIL>NGA:191");
  }

  @Test
  void code_declaredAStateOfEmergencyIn_isAStateOfEmergency() {
    Document doc = new CoderFixture("The Chilean president declared a state of emergency in Santiago.")
        .sentence("The/DT/3/det Chilean/JJ/3/amod president/NN/4/nsubj declared/VBD/0/root/declare a/DT/6/det "
            + "state/NN/4/obj of/IN/8/case emergency/NN/6/nmod in/IN/10/case Santiago/NNP/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("CHLGOV>CHL:1724");
  }

  @Test
  void code_imposedACurfewIn_isACurfew() {
    Document doc = new CoderFixture("The Thai government imposed a curfew in Bangkok.")
        .sentence("The/DT/3/det Thai/JJ/3/amod government/NN/4/nsubj imposed/VBD/0/root/impose a/DT/6/det "
            + "curfew/NN/4/obj in/IN/8/case Bangkok/NNP/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("THAGOV>THA:1723");
  }

  @Test
  void code_beganAHungerStrike_isAHungerStrikeNotAnAttack() {
    Document doc = new CoderFixture("A Kenyan activist began a hunger strike against the government.")
        .sentence("A/DT/3/det Kenyan/JJ/3/amod activist/NN/4/nsubj began/VBD/0/root/begin a/DT/7/det "
            + "hunger/NN/7/compound strike/NN/4/obj against/IN/10/case the/DT/10/det government/NN/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("142");
  }

  @Test
  void code_launchedAirStrikesOn_isAnAerialAttack() {
    Document doc = new CoderFixture("Israeli jets launched air strikes on Gaza.")
        .sentence("Israeli/JJ/2/amod jets/NNS/3/nsubj/jet launched/VBD/0/root/launch air/NN/5/compound "
            + "strikes/NNS/3/obj/strike on/IN/7/case Gaza/NNP/5/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("195");
  }

  @Test
  void code_orderedTheNewspaperToSuspendPublication_isAnAdministrativeSanction() {
    Document doc = new CoderFixture("The Egyptian government ordered the newspaper to suspend publication.")
        .sentence("The/DT/3/det Egyptian/JJ/3/amod government/NN/4/nsubj ordered/VBD/0/root/order the/DT/6/det "
            + "newspaper/NN/4/obj to/TO/8/mark suspend/VB/4/xcomp publication/NN/8/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("172");
  }

  @Test
  void code_expressedRejectionAndCondemnationOf_areTwoActsOnTheSharedTarget() {
    Document doc = new CoderFixture("The Arab League expressed its total rejection and strong condemnation of the Israeli plan.")
        .sentence("The/DT/3/det Arab/NNP/3/compound League/NNP/4/nsubj expressed/VBD/0/root/express its/PRP$/7/nmod:poss "
            + "total/JJ/7/amod rejection/NN/4/obj and/CC/10/cc strong/JJ/10/amod condemnation/NN/7/conj of/IN/14/case "
            + "the/DT/14/det Israeli/JJ/14/amod plan/NN/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactlyInAnyOrder("IGOARL>ISR:120", "IGOARL>ISR:111");
  }

  @Test
  void code_suicideBomberCarriedOutAttacks_isAnArmedGroupsAttack() {
    Document doc = new CoderFixture("A suicide bomber carried out attacks on the Nigerian parliament.")
        .sentence("A/DT/3/det suicide/NN/3/compound bomber/NN/4/nsubj carried/VBD/0/root/carry out/RP/4/compound:prt "
            + "attacks/NNS/4/obj/attack on/IN/10/case the/DT/10/det Nigerian/JJ/10/amod parliament/NN/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("?>NGALEG:180");
  }

  @Test
  void code_stagedAStrikeAgainst_isALabourStrike() {
    Document doc = new CoderFixture("Nigerian doctors staged a strike against the Nigerian government.")
        .sentence("Nigerian/JJ/2/amod doctors/NNS/3/nsubj/doctor staged/VBD/0/root/stage a/DT/5/det strike/NN/3/obj "
            + "against/IN/9/case the/DT/9/det Nigerian/JJ/9/amod government/NN/5/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsExactly("143");
  }

  @Test
  void code_carriedOutAStrikeOn_staysAnArmedStrike() {
    Document doc = new CoderFixture("Israeli jets carried out a strike on a Hamas base.")
        .sentence("Israeli/JJ/2/amod jets/NNS/3/nsubj/jet carried/VBD/0/root/carry out/RP/3/compound:prt a/DT/6/det "
            + "strike/NN/3/obj on/IN/10/case a/DT/10/det Hamas/NNP/10/compound base/NN/6/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code()).containsOnly("190");
  }

  @Test
  void code_aClaimedCarBombStruckABus_isTheClaimantsAttack() {
    Document doc = new CoderFixture("A Taliban-claimed car bomb struck a bus in Kabul.")
        .sentence("A/DT/6/det Taliban/NNP/4/obl -/HYPH/4/punct claimed/VBN/6/amod/claim car/NN/6/compound bomb/NN/7/nsubj "
            + "struck/VBD/0/root/strike a/DT/9/det bus/NN/7/obj in/IN/11/case Kabul/NNP/7/obl ./././punct")
        .code();
    assertThat(asserted(doc)).isNotEmpty().allMatch(e -> e.source().code().orElse("").equals("AFGREB")
        && Integer.parseInt(e.type().root()) >= 18);
  }

  @Test
  void code_aSaudiLedStrikeOnAYemeniMarket_isSaudiForce() {
    Document doc = new CoderFixture("A Saudi-led strike on a Yemeni market drew wide condemnation.")
        .sentence("A/DT/5/det Saudi/JJ/4/dep -/HYPH/4/punct led/VBN/5/amod/lead strike/NN/10/nsubj on/IN/9/case "
            + "a/DT/9/det Yemeni/JJ/9/amod market/NN/5/nmod drew/VBD/0/root/draw wide/JJ/12/amod "
            + "condemnation/NN/10/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("SAU>YEM:190");
  }

  @Test
  void code_policeArrestedACommanderLinkedToX_readsTheParticipleMisparsedAsALooseClause() {
    Document doc = new CoderFixture("Kenyan police arrested a commander of a militia linked to al-Shabaab.")
        .sentence("Kenyan/JJ/2/amod police/NNS/3/nsubj arrested/VBD/0/root/arrest a/DT/5/det commander/NN/9/nsubj "
            + "of/IN/8/case a/DT/8/det militia/NN/5/nmod linked/VBN/3/dep/link to/IN/13/case al/NNP/13/compound "
            + "-/HYPH/13/punct Shabaab/NNP/9/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code() + ":" + e.target().map(t -> t.text()).orElse(""))
        .containsExactly("173:a commander of a militia");
  }

  @Test
  void code_rocketsFiredByXStruckADepot_misparsedWithTheParticipleAsHead_isXsAttack() {
    Document doc = new CoderFixture("Rockets fired by the Syrian army struck a depot of the rebels.")
        .sentence("Rockets/NNS/2/nsubj/rocket fired/VBN/0/root/fire by/IN/6/case the/DT/6/det Syrian/JJ/6/amod "
            + "army/NN/2/obl struck/VBD/2/dep/strike a/DT/9/det depot/NN/7/obj of/IN/12/case the/DT/12/det "
            + "rebels/NNS/9/nmod/rebel ./././punct")
        .code();
    assertThat(asserted(doc)).isNotEmpty().allMatch(e -> e.source().code().orElse("").equals("SYRMIL")
        && Integer.parseInt(e.type().root()) >= 18);
  }

  @Test
  void code_warplanesSupportedByXPoundedTheTown_misparsedWithTheParticipleAsHead_isTheWarplanesAttack() {
    Document doc = new CoderFixture("Syrian warplanes supported by Russia pounded the town.")
        .sentence("Syrian/JJ/2/amod warplanes/NNS/3/nsubj/warplane supported/VBN/0/root/support by/IN/5/case "
            + "Russia/NNP/3/obl pounded/VBD/3/dep/pound the/DT/8/det town/NN/6/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.source().code().orElse("?") + ":" + e.type().code())
        .containsExactly("SYRMIL:194");
  }

  @Test
  void code_sentencedXToYearsInPrison_isImprisonment() {
    Document doc = new CoderFixture("A Kenyan court sentenced the Ugandan activist to five years in prison.")
        .sentence("A/DT/3/det Kenyan/JJ/3/amod court/NN/4/nsubj sentenced/VBD/0/root/sentence the/DT/7/det "
            + "Ugandan/JJ/7/amod activist/NN/4/obj to/IN/10/case five/CD/10/nummod years/NNS/4/obl/year "
            + "in/IN/12/case prison/NN/10/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.source().code().orElse("?") + ":" + e.type().code())
        .containsExactly("KENJUD:173");
  }
}
