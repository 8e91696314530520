package parley.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.VerbLexicon;

class EventCandidateFilterTest {
  private static final EventCandidateFilter FILTER =
      new EventCandidateFilter(VerbLexicon.fromResource(), RoleLexicon.fromResource());

  /** A sentence from "word/TAG/lemma" triples. */
  private static Sentence sentence(Section section, String tagged) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String triple : tagged.split(" ")) {
      String[] parts = triple.split("/");
      tokens.add(new Token(tokens.size(), parts[0], parts[2], parts[1], new Span(offset, offset + parts[0].length())));
      offset += parts[0].length() + 1;
    }
    return new Sentence(0, new Span(0, offset - 1), section, tokens, List.of());
  }

  @Test
  void test_eventVerbAndTwoNames_isParsed() {
    assertThat(FILTER.test(sentence(Section.BODY,
        "Norway/NNP/norway met/VBD/meet Sweden/NNP/sweden on/IN/on Monday/NNP/monday ./././"))).isTrue();
  }

  @Test
  void test_rolesAndPronouns_countAsActors() {
    assertThat(FILTER.test(sentence(Section.BODY,
        "He/PRP/he met/VBD/meet the/DT/the government/NN/government ./././"))).isTrue();
  }

  @Test
  void test_noEventPredicate_isNotParsed() {
    assertThat(FILTER.test(sentence(Section.BODY,
        "Profits/NNS/profit rose/VBD/rise 12/CD/12 pct/NN/pct in/IN/in January/NNP/january ./././"))).isFalse();
  }

  @Test
  void test_eventVerbWithOneActor_isNotParsed() {
    assertThat(FILTER.test(sentence(Section.BODY,
        "shares/NNS/share met/VBD/meet resistance/NN/resistance at/IN/at Tokyo/NNP/tokyo ./././"))).isFalse();
  }

  @Test
  void test_roleAndProperNoun_isParsedSoThePersonIsRemembered() {
    assertThat(FILTER.test(sentence(Section.BODY,
        "central/JJ/central bank/NN/bank president/NN/president Francisco/NNP/francisco Gros/NNP/gros"
            + " is/VBZ/be on/IN/on tour/NN/tour ./././"))).isTrue();
  }

  @Test
  void test_sectionThatCarriesNoEvents_isNotParsed() {
    assertThat(FILTER.test(sentence(Section.CAPTION,
        "Norway/NNP/norway met/VBD/meet Sweden/NNP/sweden ./././"))).isFalse();
  }
}
