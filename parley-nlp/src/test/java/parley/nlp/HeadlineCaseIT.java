package parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import parley.core.code.ActorCoder;
import parley.core.code.EventCoder;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Sentence;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.HeadlineCase;
import parley.core.lexicon.PlaceGazetteer;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.VerbLexicon;
import parley.core.ontology.CameoTable;
import parley.core.pipeline.Pipeline;
import parley.core.pipeline.StageTimings;
import parley.core.read.PlainTextReader;
import parley.core.time.TimeResolver;

/** Headlines in Title Case or capitals are tagged and parsed in normal case, and coded as such. */
class HeadlineCaseIT {
  static Pipeline pipeline;

  @BeforeAll
  static void load() {
    ActorLexicon actors = ActorLexicon.fromResources();
    PlaceGazetteer places = PlaceGazetteer.fromResource();
    pipeline = Pipeline.of(
        new CoreNlpAnnotator(120, s -> true, new HeadlineCase(actors, places)::restore, new StageTimings()),
        new TimeResolver(),
        new ActorCoder(actors, RoleLexicon.fromResource(), places),
        new EventCoder(VerbLexicon.fromResource(), CameoTable.fromResource()));
  }

  /** A headline given as a text of its own (as a JSON line's title would be), so it is coded as body. */
  private static Document code(String headline) {
    return pipeline.apply(new PlainTextReader(Optional.of(LocalDate.of(2020, 3, 2))).parse(headline, "t"));
  }

  private static List<String> headlineEvents(Document doc) {
    return doc.events().stream().filter(e -> e.sentence() == 0).map(HeadlineCaseIT::triple).toList();
  }

  private static String triple(Event e) {
    return e.source().code().orElse("-") + " " + e.target().flatMap(ActorRef::code).orElse("-") + " " + e.type().code();
  }

  @Test
  void titleCaseAppeal_isCodedFromSourceToTarget() {
    Document doc = code("U.S. Wants Japan To Lift Curbs On Exports");
    assertThat(headlineEvents(doc)).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("USA JPN 0"));
  }

  @Test
  void allCapsAccusation_isCoded() {
    assertThat(headlineEvents(code("CHINA ACCUSES INDIA OF BORDER INCURSION"))).contains("CHN IND 1123");
  }

  @Test
  void allCapsAppeal_isCoded() {
    assertThat(headlineEvents(code("EGYPT URGES ISRAEL TO HALT SETTLEMENT BUILDING")))
        .anySatisfy(e -> assertThat(e).startsWith("EGY ISR 0"));
  }

  @Test
  void titleCaseCondemnation_isCoded() {
    assertThat(headlineEvents(code("France Condemns Iran Over Missile Test"))).contains("FRA IRN 111");
  }

  @Test
  void allCapsGrant_pluralNounAfterSubjectReadAsVerb() {
    Sentence s = code("NORWAY GRANTS 20 MLN DLRS TO KENYA").sentences().get(0);
    assertThat(s.tokens().get(1).pos()).isEqualTo("VBZ");
    assertThat(s.arcs()).anySatisfy(a -> {
      assertThat(a.governor()).isEqualTo(-1);
      assertThat(a.dependent()).isEqualTo(1);
    });
  }

  // Coded with no event while the capitalised words were read as proper nouns:

  @Test
  void allCapsDemand_isCoded() {
    assertThat(headlineEvents(code("ARGENTINA DEMANDS BRITAIN RETURN ISLANDS"))).contains("ARG GBR 100");
  }

  @Test
  void titleCaseThreat_isCoded() {
    assertThat(headlineEvents(code("Greece Threatens Turkey With Sanctions"))).contains("GRC TUR 1312");
  }

  @Test
  void titleCaseAppealToReopen_isCoded() {
    assertThat(headlineEvents(code("Ghana Appeals To Nigeria To Reopen Border"))).contains("GHA NGA 020");
  }

  @Test
  void allCapsProtest_isCoded() {
    assertThat(headlineEvents(code("POLAND PROTESTS SOVIET TROOP MOVES"))).contains("POL RUS 114");
  }

  @Test
  void allCapsTalksPlanned_areCodedAsNotYetHeld() {
    Document doc = code("FRANCE, GERMANY SET TO BEGIN BORDER TALKS");
    assertThat(headlineEvents(doc)).contains("FRA DEU 046");
    assertThat(doc.events()).allSatisfy(e -> assertThat(e.mode()).isEqualTo(parley.core.doc.Mode.HYPOTHETICAL));
  }

  @Test
  void allCapsPlan_isNotAsserted() {
    Document doc = code("CANADA TO SEND TROOPS TO HAITI");
    assertThat(doc.events()).isNotEmpty().allSatisfy(e -> assertThat(e.mode()).isNotEqualTo(parley.core.doc.Mode.ASSERTED));
  }

  @Test
  void restoredHeadline_keepsOriginalTextAndOffsets() {
    Document doc = code("CHINA ACCUSES INDIA OF BORDER INCURSION");
    Sentence title = doc.sentences().get(0);
    assertThat(title.tokens().get(0).text()).isEqualTo("China");
    assertThat(title.tokens().get(0).span().of(doc.text())).isEqualTo("CHINA");
    assertThat(title.tokens().get(1).pos()).startsWith("VB");
    assertThat(title.tokens()).allSatisfy(t -> assertThat(t.span().of(doc.text())).isEqualToIgnoringCase(t.text()));
    Event event = doc.events().stream().filter(e -> e.sentence() == 0).findFirst().orElseThrow();
    assertThat(event.evidence().span().of(doc.text())).isEqualTo(event.evidence().text());
    assertThat(doc.text()).contains(event.evidence().text());
    assertThat(event.source().span().of(doc.text())).isEqualTo("CHINA").isEqualTo(event.source().text());
    assertThat(event.target().orElseThrow().text()).isEqualTo("INDIA");
  }

  @Test
  void headlineOfAStory_isReadInNormalCaseToo() {
    String text = "EGYPT URGES ISRAEL TO HALT SETTLEMENT BUILDING\n\nOSLO (Reuters) - The talks went on.\n";
    Document doc = pipeline.apply(new PlainTextReader(Optional.of(LocalDate.of(2020, 3, 2))).parse(text, "t"));
    Sentence title = doc.sentences().get(0);
    assertThat(title.section()).isEqualTo(parley.core.doc.Section.TITLE);
    assertThat(title.tokens().stream().map(t -> t.text()).toList())
        .containsExactly("Egypt", "urges", "Israel", "to", "halt", "settlement", "building");
    assertThat(title.tokens().get(1).pos()).isEqualTo("VBZ");
  }

  @Test
  void normalCaseHeadline_keepsItsWords() {
    Document doc = code("Egypt wants nothing to do with Sudanese rulers");
    assertThat(doc.sentences().get(0).tokens())
        .allSatisfy(t -> assertThat(t.span().of(doc.text())).isEqualTo(t.text()));
  }
}
