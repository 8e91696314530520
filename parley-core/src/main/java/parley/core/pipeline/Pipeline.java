package parley.core.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import parley.core.doc.Document;

/**
 * Stages run in order. Built once; the constructor checks that each stage's requirements are
 * provided by an earlier stage and names the stage and facet when they are not.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    Set<Facet> available = EnumSet.of(Facet.TEXT);
    for (Stage stage : stages) {
      for (Facet facet : stage.requires()) {
        if (!available.contains(facet)) {
          throw new IllegalStateException(
              "stage " + stage.name() + " requires " + facet + ", which no earlier stage provides");
        }
      }
      available.addAll(stage.provides());
    }
    this.stages = List.copyOf(stages);
  }

  public static Pipeline of(Stage... stages) {
    return new Pipeline(List.of(stages));
  }

  public static Pipeline of(List<Stage> stages) {
    return new Pipeline(new ArrayList<>(stages));
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs the stages; a stage that throws is reported as a {@link StageFailure} naming the document. */
  public Document apply(Document doc) {
    Document current = doc;
    for (Stage stage : stages) {
      current = applyOne(stage, doc, current);
    }
    return current;
  }

  /** Runs the stages, adding each stage's elapsed nanoseconds to {@code timings}. */
  public Document apply(Document doc, StageTimings timings) {
    Document current = doc;
    for (Stage stage : stages) {
      long start = StageTimings.now();
      current = applyOne(stage, doc, current);
      timings.add(stage.name(), StageTimings.now() - start);
    }
    return current;
  }

  private static Document applyOne(Stage stage, Document input, Document current) {
    try {
      return stage.apply(current);
    } catch (RuntimeException e) {
      throw new StageFailure(input, stage.name(), e);
    }
  }
}
