package parley.core.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.ontology.CameoTable;
import parley.core.read.InputException;

class VerbLexiconTest {
  @TempDir Path dir;

  @Test
  void fromResource_everyCodeIsACameoCode() {
    VerbLexicon lexicon = VerbLexicon.fromResource();
    CameoTable cameo = CameoTable.fromResource();
    assertThat(lexicon.size()).isGreaterThan(300);
    for (String lemma : new String[] {"impose", "accuse", "meet", "reject", "urge", "attack"}) {
      assertThat(lexicon.forVerb(lemma)).isNotEmpty().allSatisfy(p -> assertThat(p.noEvent() || cameo.contains(p.code())).isTrue());
    }
  }

  @Test
  void forVerb_mostSpecificPatternComesFirst() {
    VerbLexicon lexicon = VerbLexicon.fromResource();
    assertThat(lexicon.forVerb("reject").get(0).objects()).isNotEmpty();
    assertThat(lexicon.lightVerbParticle("carry")).contains("out");
    assertThat(lexicon.forNoun("investigation")).isNotEmpty();
  }

  @Test
  void load_malformedLine_namesFileAndLine() throws Exception {
    Path file = Files.writeString(dir.resolve("verbs.txt"), "# mine\n163 impose obj=sanction\n163 impose objj=curb\n");
    assertThatThrownBy(() -> VerbLexicon.load(file))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).oneLine()).isEqualTo(
            file + ":3: unknown condition 'objj=curb' (expected obj=, comp= or target=)"));
  }

  @Test
  void load_badCode_isRejected() throws Exception {
    Path file = Files.writeString(dir.resolve("verbs.txt"), "16x impose\n");
    assertThatThrownBy(() -> VerbLexicon.load(file)).hasMessageContaining("not a CAMEO event code");
  }

  @Test
  void load_noneCode_blocksAVerbFrameButIsNoNounCode() throws Exception {
    Path file = Files.writeString(dir.resolve("verbs.txt"), "040 meet\nnone meet obj=need\n");
    VerbLexicon lexicon = VerbLexicon.load(file);
    assertThat(lexicon.forVerb("meet").get(0).noEvent()).isTrue();
    assertThat(lexicon.forVerb("meet").get(1).code()).isEqualTo("040");
    Path nouns = Files.writeString(dir.resolve("nouns.txt"), "n:none meeting\n");
    assertThatThrownBy(() -> VerbLexicon.load(nouns)).hasMessageContaining("not a CAMEO event code");
  }
}
