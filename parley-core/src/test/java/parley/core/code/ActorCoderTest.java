package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import parley.core.doc.ActorMention;
import parley.core.doc.Document;

class ActorCoderTest {
  private static String codeAt(Document doc, int sentence, String word) {
    return doc.actors().stream()
        .filter(m -> m.sentence() == sentence)
        .filter(m -> doc.sentences().get(sentence).token(m.head()).text().equals(word))
        .map(m -> m.actor().code().orElse("null"))
        .findFirst().orElse("none");
  }

  @Test
  void apply_countryPossessiveAndRole_combine() {
    Document doc = new CoderFixture("South Korea's national security adviser spoke.")
        .sentence("South/NNP/2/compound Korea/NNP/6/nmod:poss 's/POS/2/case national/JJ/5/amod "
            + "security/NN/6/compound adviser/NN/7/nsubj spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "adviser")).isEqualTo("KORGOV");
  }

  @Test
  void apply_demonymAndRole_combine() {
    Document doc = new CoderFixture("North Korean officials warned.")
        .sentence("North/JJ/2/amod Korean/JJ/3/amod officials/NNS/4/nsubj/official warned/VBD/0/root/warn ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "officials")).isEqualTo("PRKGOV");
  }

  @Test
  void apply_roleWithoutCountry_takesTheDatelineCountry() {
    Document doc = new CoderFixture("Police clashed with protesters.")
        .dateline("ATHENS")
        .sentence("Police/NNS/2/nsubj/police clashed/VBD/0/root/clash with/IN/4/case protesters/NNS/2/obl/protester ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "Police")).isEqualTo("GRCCOP");
    assertThat(codeAt(doc, 0, "protesters")).startsWith("GRC");
  }

  @Test
  void apply_personInOfficeOnTheArticleDate() {
    Document doc = new CoderFixture("Kim Jong Un spoke.")
        .sentence("Kim/NNP/4/nsubj Jong/NNP/1/flat Un/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(doc.actors()).extracting(m -> m.actor().code().orElse("null")).containsExactly("PRKGOV");
  }

  @Test
  void apply_personIntroducedWithARole_isRememberedBySurname() {
    Document doc = new CoderFixture("South Korea's adviser, Chung Eui-yong, spoke. Chung left.")
        .sentence("South/NNP/2/compound Korea/NNP/4/nmod:poss 's/POS/2/case adviser/NN/10/nsubj ,/,/4/punct "
            + "Chung/NNP/4/appos Eui/NNP/6/flat -/HYPH/6/punct yong/NNP/6/flat ,/,/4/punct spoke/VBD/0/root/speak ./././punct")
        .sentence("Chung/NNP/2/nsubj left/VBD/0/root/leave ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "adviser")).isEqualTo("KORGOV");
    assertThat(codeAt(doc, 1, "Chung")).isEqualTo("KORGOV");
  }

  @Test
  void apply_lowerCasePronounUs_isNotTheUnitedStates() {
    Document doc = new CoderFixture("They told us.")
        .sentence("They/PRP/2/nsubj told/VBD/0/root/tell us/PRP/2/obj ./././punct")
        .actors();
    assertThat(doc.actors()).extracting(ActorMention::how).doesNotContain("country");
  }

  @Test
  void apply_capitalUS_isTheUnitedStates() {
    Document doc = new CoderFixture("The US warned.")
        .sentence("The/DT/2/det US/NNP/3/nsubj warned/VBD/0/root/warn ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "US")).isEqualTo("USA");
  }

  @Test
  void apply_personOutOfOfficeOnTheDate_isCodedByCountryOnly() {
    Document doc = new CoderFixture("Moon Jae-in spoke.")
        .sentence("Moon/NNP/5/nsubj Jae/NNP/1/flat -/HYPH/1/punct in/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(doc.actors()).extracting(m -> m.actor().code().orElse("null")).containsExactly("KORGOV");
    Document later = new CoderFixture("Moon Jae-in spoke.")
        .published(java.time.LocalDate.of(2023, 1, 1))
        .sentence("Moon/NNP/5/nsubj Jae/NNP/1/flat -/HYPH/1/punct in/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .actors();
    assertThat(later.actors()).extracting(m -> m.actor().code().orElse("null")).containsExactly("KOR");
  }
}
