package parley.cli;

import java.util.function.Predicate;
import parley.core.code.ActorCoder;
import parley.core.code.EventCoder;
import parley.core.code.QuotedFirstPerson;
import parley.core.doc.Sentence;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.HeadlineCase;
import parley.core.lexicon.PlaceGazetteer;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.VerbLexicon;
import parley.core.ontology.CameoTable;
import parley.core.pipeline.EventCandidateFilter;
import parley.core.pipeline.Pipeline;
import parley.core.pipeline.StageTimings;
import parley.core.quote.AttributionCandidateFilter;
import parley.core.quote.DeadlineFinder;
import parley.core.quote.QuoteAttributor;
import parley.core.time.EventDater;
import parley.core.time.TimeResolver;
import parley.nlp.CoreNlpAnnotator;

/**
 * Assembles the standard pipeline: annotate, find times, code actors, attribute quotes (so a quote's
 * "we" is its speaker's), code and date events, deadlines.
 */
final class Pipelines {
  private Pipelines() {}

  static Pipeline standard(PipelineOptions options, StageTimings timings) {
    Lexicons lexicons = Lexicons.load(options);
    return Pipeline.of(
        new CoreNlpAnnotator(120, parseFilter(options, lexicons),
            new HeadlineCase(lexicons.actors(), PlaceGazetteer.fromResource())::restore, timings),
        new TimeResolver(),
        new ActorCoder(lexicons.actors(), lexicons.roles(), PlaceGazetteer.fromResource()),
        new QuoteAttributor(),
        new QuotedFirstPerson(),
        new EventCoder(lexicons.verbs(), CameoTable.fromResource()),
        new EventDater(),
        new DeadlineFinder());
  }

  /**
   * Which tagged sentences to parse: those that can hold an event or attribute a quote to its
   * speaker, or all with --parse-all.
   */
  static Predicate<Sentence> parseFilter(PipelineOptions options, Lexicons lexicons) {
    return options.parseAll ? sentence -> true
        : new EventCandidateFilter(lexicons.verbs(), lexicons.roles()).or(new AttributionCandidateFilter());
  }

  /**
   * The lexicons a pipeline codes with: Parley's own, or the actor and agent dictionaries of a
   * PETRARCH2/TABARI folder ({@code *actors*.txt}, {@code *agents*.txt}; verbs stay Parley's).
   */
  record Lexicons(ActorLexicon actors, RoleLexicon roles, VerbLexicon verbs) {
    static Lexicons load(PipelineOptions options) {
      if (options.dictionaries == null) {
        return new Lexicons(ActorLexicon.fromResources(), RoleLexicon.fromResource(), VerbLexicon.fromResource());
      }
      return PetrarchFolder.lexicons(options.dictionaries);
    }
  }
}
