package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** Acts done in a place with no actor to receive them, and passives whose agent is the place's authority. */
class LocativePlaceTest {
  @Test
  void code_ceasefireDeclaredInACity_isDirectedAtTheCitysCountry() {
    Document doc = new CoderFixture("Chad's commander Idriss Deby has declared a ceasefire in Tripoli.")
        .sentence("Chad/NNP/3/nmod:poss 's/POS/1/case commander/NN/5/compound Idriss/NNP/5/compound "
            + "Deby/NNP/7/nsubj has/VBZ/7/aux/have declared/VBN/0/root/declare a/DT/9/det ceasefire/NN/7/obj "
            + "in/IN/11/case Tripoli/NNP/9/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root() + ">" + e.target().map(t -> t.text()).orElse(""))
        .containsExactly("08>Tripoli");
    assertThat(asserted(doc).get(0).target().flatMap(t -> t.code())).contains("LBY");
  }

  @Test
  void code_surrenderInACountry_isDirectedAtTheCountry() {
    Document doc = new CoderFixture("The rebels have surrendered in Syria.")
        .sentence("The/DT/2/det rebels/NNS/4/nsubj/rebel have/VBP/4/aux surrendered/VBN/0/root/surrender "
            + "in/IN/6/case Syria/NNP/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().code() + ">" + e.target().flatMap(t -> t.code()).orElse("?"))
        .containsExactly("080>SYR");
  }

  @Test
  void code_mobilisedToAnAreaNearACity_isDirectedAtTheCitysCountry() {
    Document doc = new CoderFixture("The government mobilised soldiers to the area near Kabul.")
        .sentence("The/DT/2/det government/NN/3/nsubj mobilised/VBN/0/root/mobilise soldiers/NNS/3/obj/soldier "
            + "to/IN/7/case the/DT/7/det area/NN/3/obl near/IN/9/case Kabul/NNP/7/nmod ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.type().root() + ">" + e.target().flatMap(t -> t.code()).orElse("?"))
        .containsExactly("15>AFG");
  }

  @Test
  void code_speechInACity_doesNotTakeThePlaceAsTarget() {
    Document doc = new CoderFixture("The minister condemned the plan in Paris.")
        .sentence("The/DT/2/det minister/NN/3/nsubj condemned/VBD/0/root/condemn the/DT/5/det plan/NN/3/obj "
            + "in/IN/7/case Paris/NNP/3/obl ./././punct")
        .code();
    assertThat(doc.events()).noneMatch(e -> e.target().flatMap(t -> t.code()).isPresent());
  }

  @Test
  void code_passiveReleaseWithoutAgent_isTheActOfThePlace() {
    Document doc = new CoderFixture("Three Russians have been released from captivity in Libya.")
        .sentence("Three/CD/2/nummod Russians/NNPS/5/nsubj:pass/russian have/VBP/5/aux been/VBN/5/aux:pass/be "
            + "released/VBN/0/root/release from/IN/7/case captivity/NN/5/obl in/IN/9/case Libya/NNP/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("LBY>RUS:0841");
  }

  @Test
  void code_passiveArrestWithoutAgent_isTheActOfThePlace() {
    Document doc = new CoderFixture("A Canadian journalist was arrested in Rwanda.")
        .sentence("A/DT/3/det Canadian/JJ/3/amod journalist/NN/5/nsubj:pass was/VBD/5/aux:pass/be "
            + "arrested/VBN/0/root/arrest in/IN/7/case Rwanda/NNP/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.source().code().orElse("?") + ">" + e.type().root())
        .containsExactly("RWA>17");
  }

  @Test
  void code_passiveKillingWithoutAgent_hasNoPlaceAsAgent() {
    Document doc = new CoderFixture("A Canadian journalist was killed in Rwanda.")
        .sentence("A/DT/3/det Canadian/JJ/3/amod journalist/NN/5/nsubj:pass was/VBD/5/aux:pass/be "
            + "killed/VBN/0/root/kill in/IN/7/case Rwanda/NNP/5/obl ./././punct")
        .code();
    assertThat(doc.events()).isEmpty();
  }

  @Test
  void code_clauseParsedAsAnOblique_isNoPlace() {
    // The parser's reading of "took over to stabilise Chad": the infinitive as an oblique marked "to".
    Document doc = new CoderFixture("The army took over to stabilise Chad.")
        .sentence("The/DT/2/det army/NN/3/nsubj took/VBD/0/root/take over/RP/3/compound:prt to/IN/6/case "
            + "stabilise/VB/3/obl Chad/NNP/6/obj ./././punct")
        .code();
    assertThat(doc.events()).isEmpty();
  }

  @Test
  void code_objectNamingNoActor_staysTheTargetOverThePlace() {
    Document doc = new CoderFixture("The navy seized a tanker in Libya.")
        .sentence("The/DT/2/det navy/NN/3/nsubj seized/VBD/0/root/seize a/DT/5/det tanker/NN/3/obj in/IN/7/case "
            + "Libya/NNP/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.target().map(t -> t.text()).orElse(""))
        .containsExactly("a tanker");
  }
  @Test
  void code_rocketsFiredFromACountry_areThatCountrysAttack() {
    Document doc = new CoderFixture("Two rockets were fired at Israel from Lebanon on Sunday.")
        .sentence("Two/CD/2/nummod rockets/NNS/4/nsubj:pass/rocket were/VBD/4/aux:pass/be fired/VBN/0/root/fire "
            + "at/IN/6/case Israel/NNP/4/obl from/IN/8/case Lebanon/NNP/4/obl on/IN/10/case Sunday/NNP/4/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("LBN>ISR:190");
  }

  @Test
  void code_peopleKilledInACountry_areNoActOfThatCountry() {
    Document doc = new CoderFixture("Hundreds of people were killed in Syria.")
        .sentence("Hundreds/NNS/5/nsubj:pass/hundred of/IN/3/case people/NNS/1/nmod/person were/VBD/5/aux:pass/be "
            + "killed/VBN/0/root/kill in/IN/7/case Syria/NNP/5/obl ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }
}
