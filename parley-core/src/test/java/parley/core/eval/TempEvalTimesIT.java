package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.time.TimeResolver;

/** TimeResolver against the TempEval-3 training gold: prints the scores, guards against regressions. */
class TempEvalTimesIT {
  private static final Path SHARED = Path.of(System.getProperty("parley.shared", "../shared"));

  @Test
  void valueAccuracy() {
    Path tml = SHARED.resolve("gold/tempeval3-train/TBAQ-cleaned");
    assumeThat(Files.isDirectory(tml)).isTrue();
    TimeResolver resolver = new TimeResolver();
    List<GoldDocument> jsonl = GoldJsonReader.readJsonLines(SHARED.resolve("gold/tempeval3-train.jsonl"));
    TimeScore dates = TimeScorer.score(jsonl, g -> resolver.apply(g.toDocument()));
    TimeScore byType = TimeScorer.score(TimeMlReader.readAll(tml), g -> resolver.apply(g.toDocument()));
    System.out.println("tempeval3-train.jsonl: " + dates.all() + "\nTBAQ-cleaned:\n" + byType);
    assertThat(dates.all().foundRate()).isGreaterThan(0.93);
    assertThat(byType.byType().get("DATE").accuracy()).isGreaterThan(0.83);
  }
}
