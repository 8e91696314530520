package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Deadline;
import parley.core.doc.Document;
import parley.core.doc.Evidence;
import parley.core.doc.Span;

class DeadlineScorerTest {
  private static final String TEXT = "Talks resumed. Peru will close the border in May if Chile fails to pay. Rain fell.";

  private static Document withDeadlines(Deadline... deadlines) {
    return Document.of("d", TEXT, Optional.of(LocalDate.of(2021, 3, 4))).withDeadlines(List.of(deadlines));
  }

  private static Deadline deadline(String setter, String addressee, String due, String set, int start, int end) {
    return new Deadline(Optional.ofNullable(setter).map(c -> ActorRef.of(c, c, new Span(0, 0))),
        Optional.of(ActorRef.of(addressee, addressee, new Span(0, 0))), Optional.empty(), Optional.of(due),
        Optional.of(set), Evidence.of(TEXT, new Span(start, end)));
  }

  @Test
  void foundByOverlappingEvidence_countriesCompareOnTheirFirstThreeLetters() {
    GoldDeadline gold = new GoldDeadline("PERGOV", "CHL", "2021-05", "2021-03-04", "Chile fails to pay");
    DeadlineScorer scorer = new DeadlineScorer();
    scorer.add("d", List.of(gold), withDeadlines(deadline("PER", "CHLGOV", "2021-05", "2021-03", 15, 71)));
    assertThat(scorer.score()).isEqualTo(new DeadlineScore(1, 1, 1, 1, 1, 0, 1));
    assertThat(scorer.errors()).hasSize(1);
  }

  @Test
  void aDeadlineElsewhereIsNoMatch_andCountsAsPredicted() {
    GoldDeadline gold = new GoldDeadline("PER", "CHL", "2021-05", "2021-03-04", "Chile fails to pay");
    DeadlineScorer scorer = new DeadlineScorer();
    scorer.add("d", List.of(gold), withDeadlines(deadline(null, "CHL", "2021-05", "2021-03-04", 72, 82)));
    assertThat(scorer.score()).isEqualTo(new DeadlineScore(1, 0, 0, 0, 0, 0, 1));
    assertThat(scorer.errors()).singleElement().asString().contains("missed");
  }
}
