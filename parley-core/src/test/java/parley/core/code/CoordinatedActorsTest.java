package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Event;

class CoordinatedActorsTest {

  @Test
  void code_aCoordinatedSubjectWithAnUncodedName_keepsTheNameAsAnActor() {
    Document doc = new CoderFixture("Obama and Putin criticized the sanctions imposed by Iran.")
        .published(LocalDate.of(2020, 1, 1))
        .sentence("Obama/NNP/4/nsubj and/CC/3/cc Putin/NNP/1/conj criticized/VBD/0/root/criticize "
            + "the/DT/6/det sanctions/NNS/4/obj/sanction imposed/VBN/6/acl/impose by/IN/9/case "
            + "Iran/NNP/7/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad)
        .containsExactlyInAnyOrder("?>IRN:111", "RUSGOV>IRN:111");
    assertThat(asserted(doc)).filteredOn(e -> e.source().code().isEmpty())
        .extracting(e -> e.source().text()).containsExactly("Obama");
  }

  @Test
  void code_aCoordinatedObjectWithAnUncodedName_keepsTheNameAsATarget() {
    Document doc = new CoderFixture("Iran criticized Obama and Putin.")
        .published(LocalDate.of(2020, 1, 1))
        .sentence("Iran/NNP/2/nsubj criticized/VBD/0/root/criticize Obama/NNP/2/obj and/CC/5/cc "
            + "Putin/NNP/3/conj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad)
        .containsExactlyInAnyOrder("IRN>?:111", "IRN>RUSGOV:111");
    assertThat(asserted(doc)).filteredOn(e -> e.target().flatMap(t -> t.code()).isEmpty())
        .extracting(e -> e.target().orElseThrow().text()).containsExactly("Obama");
  }

  @Test
  void code_aCoordinatedAbstractNoun_isNotMadeAnActor() {
    Document doc = new CoderFixture("Iran criticized Putin and the sanctions.")
        .sentence("Iran/NNP/2/nsubj criticized/VBD/0/root/criticize Putin/NNP/2/obj and/CC/6/cc "
            + "the/DT/6/det sanctions/NNS/3/conj/sanction ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("IRN>RUSGOV:111");
  }

  @Test
  void code_twoTitlesSharingOnePossessor_areOnePerson() {
    Document doc = new CoderFixture("Iran's Ambassador and Permanent Representative to the United Nations criticised Israel.")
        .sentence("Iran/NNP/3/nmod:poss 's/POS/1/case Ambassador/NNP/11/nsubj and/CC/6/cc Permanent/NNP/6/compound "
            + "Representative/NNP/3/conj to/IN/10/case the/DT/10/det United/NNP/10/compound Nations/NNP/3/nmod "
            + "criticised/VBD/0/root/criticise Israel/NNP/11/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).noneMatch(d -> d.startsWith("?>"));
  }

  @Test
  void code_jointSubjectsSupportingAProposal_doNotSupportEachOther() {
    Document doc = new CoderFixture("Russia and China supported the proposal.")
        .sentence("Russia/NNP/4/nsubj and/CC/3/cc China/NNP/1/conj supported/VBD/0/root/support the/DT/6/det "
            + "proposal/NN/4/obj ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad)
        .noneMatch(d -> d.startsWith("RUS>CHN") || d.startsWith("CHN>RUS"));
  }

  @Test
  void code_jointSubjectsStrengtheningTheirTies_cooperateWithEachOther() {
    Document doc = new CoderFixture("Russia and China strengthened their ties.")
        .sentence("Russia/NNP/4/nsubj and/CC/3/cc China/NNP/1/conj strengthened/VBD/0/root/strengthen their/PRP$/6/nmod:poss/their "
            + "ties/NNS/4/obj/tie ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).isNotEmpty()
        .allMatch(d -> d.startsWith("RUS>CHN") || d.startsWith("CHN>RUS"));
  }
}
