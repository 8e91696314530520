package parley.cli;

import java.util.function.Predicate;
import parley.core.code.ActorCoder;
import parley.core.doc.Sentence;
import parley.core.code.EventCoder;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.VerbLexicon;
import parley.core.ontology.CameoTable;
import parley.core.pipeline.EventCandidateFilter;
import parley.core.pipeline.Pipeline;
import parley.core.pipeline.StageTimings;
import parley.core.time.TimeResolver;
import parley.nlp.CoreNlpAnnotator;

/** Assembles the standard pipeline: annotate, find times, code actors, code events. */
final class Pipelines {
  private Pipelines() {}

  static Pipeline standard(PipelineOptions options, StageTimings timings) {
    Lexicons lexicons = Lexicons.load(options);
    return Pipeline.of(
        new CoreNlpAnnotator(120, parseFilter(options, lexicons), timings),
        new TimeResolver(),
        new ActorCoder(lexicons.actors(), lexicons.roles()),
        new EventCoder(lexicons.verbs(), CameoTable.fromResource()));
  }

  /** Which tagged sentences to parse: those that can hold an event, or all with --parse-all. */
  static Predicate<Sentence> parseFilter(PipelineOptions options, Lexicons lexicons) {
    return options.parseAll ? sentence -> true : new EventCandidateFilter(lexicons.verbs(), lexicons.roles());
  }

  /** The lexicons a pipeline codes with: Parley's own, or a PETRARCH dictionary folder. */
  record Lexicons(ActorLexicon actors, RoleLexicon roles, VerbLexicon verbs) {
    static Lexicons load(PipelineOptions options) {
      return new Lexicons(ActorLexicon.fromResources(), RoleLexicon.fromResource(), VerbLexicon.fromResource());
    }
  }
}
