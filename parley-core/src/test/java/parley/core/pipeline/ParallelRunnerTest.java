package parley.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

class ParallelRunnerTest {
  /** A stage that fails on documents whose text says "crash" and marks the others' titles. */
  private static final Stage FRAGILE = new Stage() {
    @Override
    public Set<Facet> requires() {
      return Set.of();
    }

    @Override
    public Set<Facet> provides() {
      return Set.of();
    }

    @Override
    public Document apply(Document doc) {
      if (doc.text().contains("crash")) throw new IllegalArgumentException("bad span: start=5, end=4");
      return doc.withMetadata(Optional.of("seen"), doc.dateline(), doc.url(), doc.source());
    }

    @Override
    public String name() {
      return "Fragile";
    }
  };

  private static Document doc(String id, String text) {
    return Document.of(id, text, Optional.empty());
  }

  @Test
  void aFailingStageNamesTheDocumentAndTheStage() {
    Pipeline pipeline = Pipeline.of(FRAGILE);

    assertThatThrownBy(() -> pipeline.apply(doc("story-7", "a crash here")))
        .isInstanceOf(StageFailure.class)
        .hasMessage("story-7: stage Fragile failed (IllegalArgumentException: bad span: start=5, end=4); "
            + "document skipped")
        .satisfies(e -> assertThat(((StageFailure) e).input().id()).isEqualTo("story-7"));
  }

  @Test
  void theRunGoesOnAfterAFailedDocumentAndKeepsTheOrder() {
    List<String> done = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    try (ParallelRunner runner = new ParallelRunner(Pipeline.of(FRAGILE), 2, new StageTimings(),
        d -> done.add(d.id() + "/" + d.title().orElse("")), f -> failed.add(f.input().id() + "/" + f.stage()))) {
      runner.submit(doc("a", "fine"));
      runner.submit(doc("b", "a crash"));
      runner.submit(doc("c", "fine too"));
      runner.drain();
    }

    assertThat(done).containsExactly("a/seen", "c/seen");
    assertThat(failed).containsExactly("b/Fragile");
  }

  @Test
  void withoutAFailureHandlerTheFirstFailureStopsTheRun() {
    try (ParallelRunner runner = new ParallelRunner(Pipeline.of(FRAGILE), 1, new StageTimings(), d -> { })) {
      runner.submit(doc("x", "crash"));
      assertThatThrownBy(runner::drain).isInstanceOf(StageFailure.class).hasMessageStartingWith("x: stage Fragile");
    }
  }
}
