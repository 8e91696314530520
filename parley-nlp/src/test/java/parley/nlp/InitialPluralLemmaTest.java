package parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitialPluralLemmaTest {
  private static List<CoreLabel> tagged(String... wordTags) {
    List<CoreLabel> labels = new ArrayList<>();
    for (String wt : wordTags) {
      int slash = wt.lastIndexOf('/');
      CoreLabel label = new CoreLabel();
      label.setWord(wt.substring(0, slash));
      label.setTag(wt.substring(slash + 1));
      labels.add(label);
    }
    return labels;
  }

  @Test
  void sentenceInitialPluralReadAsProper_isLemmatisedAsAPluralNoun() {
    List<CoreLabel> labels = tagged("Sanctions/NNPS", "against/IN", "Iran/NNP", "were/VBD", "lifted/VBN");
    assertThat(InitialPluralLemma.of(labels, 0, "sanctions")).isEqualTo("sanction");
  }

  @Test
  void afterAnOpeningQuote_isStillInitial() {
    List<CoreLabel> labels = tagged("``/``", "Islamists/NNPS", "attacked/VBD", "the/DT", "base/NN");
    assertThat(InitialPluralLemma.of(labels, 1, "islamists")).isEqualTo("islamist");
  }

  @Test
  void pluralProperNounInsideTheSentence_keepsItsLemma() {
    List<CoreLabel> labels = tagged("Police/NNS", "said/VBD", "Serbs/NNPS", "shelled/VBD", "the/DT", "town/NN");
    assertThat(InitialPluralLemma.of(labels, 2, "serbs")).isEqualTo("serbs");
  }

  @Test
  void lemmaTheLemmatiserReduced_isKept() {
    List<CoreLabel> labels = tagged("Americans/NNPS", "voted/VBD");
    assertThat(InitialPluralLemma.of(labels, 0, "american")).isEqualTo("american");
  }
}
