package parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.read.PlainTextReader;

class CoreNlpAnnotatorIT {
  static CoreNlpAnnotator nlp;

  @BeforeAll
  static void load() {
    nlp = new CoreNlpAnnotator();
  }

  private static Document annotate(String text) {
    return nlp.apply(new PlainTextReader(Optional.of(LocalDate.of(2020, 3, 2))).parse(text, "t"));
  }

  @Test
  void apply_wireStory_givesTokensWithOffsetsAndATreePerSentence() {
    Document doc = annotate("Talks stall\n\nOSLO (Reuters) - Norway's foreign minister met "
        + "Sweden's envoy on Monday. They agreed to talk again.\n\nReporting by A. Writer\n");
    assertThat(doc.sentences()).hasSize(3);
    Sentence body = doc.sentences().get(1);
    assertThat(body.section()).isEqualTo(Section.BODY);
    assertThat(body.tokens()).allSatisfy(t -> assertThat(t.span().of(doc.text())).isEqualTo(t.text()));
    assertThat(body.tokens().get(0).text()).isEqualTo("Norway");
    assertThat(body.arcs().stream().filter(a -> a.governor() == -1)).hasSize(1);
    int met = indexOf(body, "met");
    assertThat(body.token(met).lemma()).isEqualTo("meet");
    assertThat(body.dependents(met).stream().map(Arc::relation)).contains("nsubj", "obj");
    assertThat(doc.sentences().get(0).section()).isEqualTo(Section.TITLE);
  }

  @Test
  void apply_veryLongSentence_keepsTokensWithoutParse() {
    String longSentence = "word ".repeat(600) + "end.";
    Document doc = annotate(longSentence);
    assertThat(doc.sentences()).hasSize(1);
    assertThat(doc.sentences().get(0).size()).isGreaterThan(500);
    assertThat(doc.sentences().get(0).arcs()).isEmpty();
  }

  private static int indexOf(Sentence s, String word) {
    return s.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().index();
  }
}
