package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** A meeting's topic ("a meeting on the drought in Somalia") names no partner of the meeting. */
class MeetingTopicTest {
  @Test
  void code_aMeetingOnACountrysTroubles_meetsNoOneThere() {
    Document doc = new CoderFixture("Kenya attended a meeting on the drought in Somalia.")
        .sentence("Kenya/NNP/2/nsubj attended/VBD/0/root/attend a/DT/4/det meeting/NN/2/obj on/IN/7/case "
            + "the/DT/7/det drought/NN/4/nmod in/IN/9/case Somalia/NNP/7/nmod ./././punct")
        .code();
    assertThat(doc.events()).extracting(CoderFixture::dyad).noneMatch(d -> d.contains(">SOM"));
  }

  @Test
  void code_aMeetingInACountryOnAnothersTroubles_meetsItsHosts() {
    Document doc = new CoderFixture("Kenya attended a meeting in Uganda on the drought in Somalia.")
        .sentence("Kenya/NNP/2/nsubj attended/VBD/0/root/attend a/DT/4/det meeting/NN/2/obj in/IN/6/case "
            + "Uganda/NNP/4/nmod on/IN/9/case the/DT/9/det drought/NN/4/nmod in/IN/11/case Somalia/NNP/9/nmod "
            + "./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).containsExactly("KEN>UGA:040");
  }
}
