package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.EventType;
import parley.core.doc.Evidence;
import parley.core.doc.Mode;
import parley.core.doc.Span;

class EventScorerTest {
  private static final String TEXT = "Japan imposed curbs on Korea. Korea blamed Japan.";

  private static Event event(String source, String target, String code, String plover, Mode mode, int start, int end) {
    return new Event("e", ActorRef.of(source, source, new Span(0, 5)), Optional.of(ActorRef.of(target, target, new Span(23, 28))),
        new EventType(code, "", 0, EventType.quadOfRoot(code), plover), mode, EventDate.unknown(), 0,
        Evidence.of(TEXT, new Span(start, end)), "test");
  }

  private static GoldEvent gold(String source, String target, String root, boolean required, String evidence) {
    return new GoldEvent(Optional.of(source), Optional.empty(), Optional.of(target), Optional.empty(),
        Optional.of(root + "0"), List.of(root), Optional.empty(), required, false, Optional.ofNullable(evidence), Optional.empty());
  }

  @Test
  void score_matchesByCountryRootAndEvidence() {
    EventGoldDocument g = new EventGoldDocument("d", TEXT, Optional.empty(),
        List.of(gold("JPNGOV", "KOR", "16", true, "Japan imposed curbs on Korea"),
            gold("KOR", "JPN", "11", true, "Korea blamed Japan")), List.of(), true);
    Document coded = Document.of("d", TEXT, Optional.empty()).withEvents(List.of(
        event("JPN", "KOR", "163", "SANCTION", Mode.ASSERTED, 0, 28),
        event("KOR", "JPN", "112", "ACCUSE", Mode.HYPOTHETICAL, 30, 48),
        event("KOR", "JPN", "111", "ACCUSE", Mode.ASSERTED, 0, 5)));
    EventScorer scorer = new EventScorer(ClassScheme.CAMEO);
    scorer.add(g, coded);
    EventScore s = scorer.score();
    assertThat(s.predicted()).isEqualTo(2);
    assertThat(s.matched()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.misses()).hasSize(1).first().asString().contains("KOR -> JPN");
  }

  @Test
  void score_optionalMatchesAreNeitherMissesNorFalsePositives() {
    EventGoldDocument g = new EventGoldDocument("d", TEXT, Optional.empty(),
        List.of(gold("JPN", "KOR", "16", false, null)), List.of(), false);
    Document coded = Document.of("d", TEXT, Optional.empty())
        .withEvents(List.of(event("JPN", "KOR", "163", "SANCTION", Mode.ASSERTED, 0, 28)));
    EventScorer scorer = new EventScorer(ClassScheme.CAMEO);
    scorer.add(g, coded);
    assertThat(scorer.score().precision()).isZero();
    assertThat(scorer.score().falsePositives()).isEmpty();
    assertThat(scorer.score().required()).isZero();
  }

  @Test
  void ploverName_readsOldNamesAsTheirSuccessors() {
    assertThat(ClassScheme.ploverName("DISAPPROVE")).isEqualTo("ACCUSE");
    assertThat(ClassScheme.ploverName("demand")).isEqualTo("REQUEST");
    assertThat(ClassScheme.ploverName("FIGHT")).isEqualTo("ASSAULT");
  }
}
