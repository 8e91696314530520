package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

class DistinctPeopleTest {

  @Test
  void code_twoNamedPeopleOfTheSameGovernment_isADomesticEvent() {
    Document doc = new CoderFixture("Russian President Vladimir Putin met Prime Minister Dmitry Medvedev.")
        .sentence("Russian/JJ/2/amod President/NNP/4/compound Vladimir/NNP/4/compound Putin/NNP/5/nsubj "
            + "met/VBD/0/root/meet Prime/NNP/7/compound Minister/NNP/9/compound Dmitry/NNP/9/compound "
            + "Medvedev/NNP/5/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).isNotEmpty()
        .allMatch(d -> d.startsWith("RUSGOV>RUSGOV:04"));
  }

  @Test
  void code_sameCodeBodiesThatAreNotPeople_giveNoEvent() {
    Document doc = new CoderFixture("The Russian government criticised the Kremlin.")
        .sentence("The/DT/3/det Russian/JJ/3/amod government/NN/4/nsubj criticised/VBD/0/root/criticise "
            + "the/DT/6/det Kremlin/NNP/4/obj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_samePersonNamedTwice_isNotAnEventOnHimself() {
    Document doc = new CoderFixture("President Vladimir Putin praised Putin.")
        .sentence("President/NNP/3/compound Vladimir/NNP/3/compound Putin/NNP/4/nsubj praised/VBD/0/root/praise "
            + "Putin/NNP/4/obj ./././punct")
        .code();
    assertThat(asserted(doc)).isEmpty();
  }

  @Test
  void code_aNamedPersonsPolicyBlamedByAnotherOfTheSameCountry_isAnAccusation() {
    Document doc = new CoderFixture("Prime Minister Dmitry Medvedev blamed Vladimir Putin's policies.")
        .sentence("Prime/NNP/2/compound Minister/NNP/4/compound Dmitry/NNP/4/compound Medvedev/NNP/5/nsubj "
            + "blamed/VBD/0/root/blame Vladimir/NNP/7/compound Putin/NNP/9/nmod:poss 's/POS/7/case "
            + "policies/NNS/5/obj/policy ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("RUSGOV>RUSGOV:112");
  }

  @Test
  void code_aRoleWithAnApposedNameOfAnotherPerson_isAnotherActor() {
    Document doc = new CoderFixture("President Vladimir Putin met the Russian prime minister, Dmitry Medvedev.")
        .sentence("President/NNP/3/compound Vladimir/NNP/3/compound Putin/NNP/4/nsubj met/VBD/0/root/meet "
            + "the/DT/8/det Russian/JJ/8/amod prime/JJ/8/amod minister/NN/4/obj ,/,/8/punct Dmitry/NNP/11/compound "
            + "Medvedev/NNP/8/appos ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).isNotEmpty()
        .allMatch(d -> d.startsWith("RUSGOV>RUSGOV:04"));
  }

  @Test
  void code_aRoleWithTheSamePersonsNameApposed_isNotAnotherActor() {
    Document doc = new CoderFixture("Vladimir Putin praised the Russian president, Vladimir Putin.")
        .sentence("Vladimir/NNP/2/compound Putin/NNP/3/nsubj praised/VBD/0/root/praise "
            + "the/DT/7/det Russian/JJ/7/amod president/NN/3/obj ,/,/7/punct Vladimir/NNP/10/compound "
            + "Putin/NNP/7/appos ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("RUSGOV>RUSGOV"));
  }
}
