package parley.benchmarks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import parley.core.code.ActorCoder;
import parley.core.code.EventCoder;
import parley.core.doc.Document;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.PlaceGazetteer;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.VerbLexicon;
import parley.core.ontology.CameoTable;
import parley.core.read.PlainTextReader;
import parley.core.time.TimeResolver;
import parley.nlp.CoreNlpAnnotator;

/**
 * The coder stages over a pre-parsed document: the story is annotated by CoreNLP once in setup
 * (every sentence parsed), so the benchmarks measure only actor and event coding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class CoderBenchmark {
  private ActorCoder actorCoder;
  private EventCoder eventCoder;
  private Document parsed;
  private Document withActors;

  @Setup
  public void parse() {
    actorCoder = new ActorCoder(ActorLexicon.fromResources(), RoleLexicon.fromResource(), PlaceGazetteer.fromResource());
    eventCoder = new EventCoder(VerbLexicon.fromResource(), CameoTable.fromResource());
    Document raw = new PlainTextReader(Optional.of(LocalDate.of(2022, 3, 2))).parse(WireText.STORY, "bench-story");
    parsed = new TimeResolver().apply(new CoreNlpAnnotator().apply(raw));
    withActors = actorCoder.apply(parsed);
    if (eventCoder.apply(withActors).events().isEmpty()) {
      throw new IllegalStateException("the benchmark story codes no events: the event benchmark would measure nothing");
    }
  }

  @Benchmark
  public Document actorCoder() {
    return actorCoder.apply(parsed);
  }

  @Benchmark
  public Document eventCoder() {
    return eventCoder.apply(withActors);
  }

  @Benchmark
  public Document actorAndEventCoders() {
    return eventCoder.apply(actorCoder.apply(parsed));
  }
}
