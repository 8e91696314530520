package parley.core.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import parley.core.time.TimeResolver;

/**
 * Measures TimeResolver on the TempEval-3 training gold (no NLP needed: sentences are absent).
 * Run: {@code java -cp ... parley.core.eval.TimeEvaluationMain [shared-dir] [--errors]}.
 */
public final class TimeEvaluationMain {
  private TimeEvaluationMain() {}

  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("parley.shared", "../shared"));
    boolean errors = List.of(args).contains("--errors");
    TimeResolver resolver = new TimeResolver();
    List<GoldDocument> jsonl = GoldJsonReader.readJsonLines(shared.resolve("gold/tempeval3-train.jsonl"));
    System.out.println("tempeval3-train.jsonl (DATE and TIME):\n"
        + TimeScorer.score(jsonl, g -> resolver.apply(g.toDocument())));
    Path tml = shared.resolve("gold/tempeval3-train/TBAQ-cleaned");
    if (Files.isDirectory(tml)) {
      List<GoldDocument> docs = TimeMlReader.readAll(tml);
      System.out.println("TBAQ-cleaned .tml by type:\n" + TimeScorer.score(docs, g -> resolver.apply(g.toDocument())));
      if (errors) {
        docs.forEach(g -> TimeScorer.errors(g, resolver.apply(g.toDocument())).forEach(System.out::println));
      }
    }
    List<GoldDocument> articles = GoldJsonReader.readArticles(shared.resolve("gold/articles-dev"));
    System.out.println("articles-dev:\n" + TimeScorer.score(articles, g -> resolver.apply(g.toDocument())));
    if (errors) {
      articles.forEach(g -> TimeScorer.errors(g, resolver.apply(g.toDocument())).forEach(System.out::println));
    }
    Optional.empty();
  }
}
