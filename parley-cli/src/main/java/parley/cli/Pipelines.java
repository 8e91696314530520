package parley.cli;

import parley.core.pipeline.Pipeline;
import parley.core.pipeline.StageTimings;
import parley.nlp.CoreNlpAnnotator;

/** Assembles the standard pipeline: read, then annotate, code actors and events, time, quotes. */
final class Pipelines {
  private Pipelines() {}

  static Pipeline standard(PipelineOptions options, StageTimings timings) {
    return Pipeline.of(
        new CoreNlpAnnotator(120, timings));
  }
}
