package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;

class DeadlinePartsTest {
  @Test
  void aLoneApostropheSIsItsOwnPhrase() {
    String text = "Let's hope they agree by the end of the year.";
    Sentence s = Parses.sentence(text, 0, 0, "Let/VB/0/root 's/PRP/3/nsubj hope/VB/1/ccomp they/PRP/5/nsubj "
        + "agree/VBP/3/ccomp by/IN/8/case the/DT/8/det end/NN/5/obl of/IN/11/case the/DT/11/det year/NN/8/nmod "
        + "./././punct");

    assertThat(DeadlineParts.subtree(s, 1, Set.of("det", "compound")).of(text)).isEqualTo("'s");
  }
}
