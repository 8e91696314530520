package parley.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.VerbLexicon;

/** The lexicon look-ups the coder makes for every word: actor names and verb patterns. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LexiconBenchmark {
  private ActorLexicon actors;
  private VerbLexicon verbs;
  private List<List<String>> sentences;
  private List<String> lemmas;

  @Setup
  public void load() {
    actors = ActorLexicon.fromResources();
    verbs = VerbLexicon.fromResource();
    sentences = WireText.lowerWordLists();
    lemmas = sentences.stream().flatMap(List::stream).toList();
  }

  /** ActorLexicon.match from every word of every sentence of the story. */
  @Benchmark
  public void actorMatchEveryWord(Blackhole hole) {
    for (List<String> words : sentences) {
      for (int i = 0; i < words.size(); i++) hole.consume(actors.match(words, i));
    }
  }

  /** VerbLexicon.forVerb for every word of the story (most are not event verbs). */
  @Benchmark
  public void verbPatternsEveryWord(Blackhole hole) {
    for (String lemma : lemmas) hole.consume(verbs.forVerb(lemma));
  }
}
