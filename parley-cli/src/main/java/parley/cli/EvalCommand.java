package parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import parley.core.doc.Document;
import parley.core.eval.ClassScheme;
import parley.core.eval.EventGoldDocument;
import parley.core.eval.EventGoldReader;
import parley.core.eval.EventScore;
import parley.core.eval.EventScorer;
import parley.core.pipeline.ParallelRunner;
import parley.core.pipeline.StageTimings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley eval --gold PATH}: codes gold documents and scores the events against the gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Parley against gold: precision, recall, F1 and the misses (gold as JSON lines or a folder of <id>.json + <id>.txt).")
final class EvalCommand implements Callable<Integer> {
  enum By { auto, cameo, plover }

  enum Format { text, json }

  @Option(names = "--gold", required = true, paramLabel = "PATH", description = "Gold JSON lines file or folder.")
  Path gold;

  @Option(names = "--by", description = "Class to score on: cameo roots, plover types, or auto (from the gold). Default: ${DEFAULT-VALUE}.")
  By by = By.auto;

  @Option(names = "--misses", paramLabel = "N", description = "Print up to N misses and N false positives. Default: ${DEFAULT-VALUE}.")
  int misses = 20;

  @Option(names = "--format", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format = Format.text;

  @Mixin PipelineOptions pipelineOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<EventGoldDocument> golds = EventGoldReader.read(gold);
    ClassScheme scheme = scheme(golds);
    Map<String, Document> coded = new HashMap<>();
    StageTimings timings = new StageTimings();
    long start = System.nanoTime();
    try (ParallelRunner runner = new ParallelRunner(Pipelines.standard(pipelineOptions, timings),
        pipelineOptions.threads, timings, doc -> coded.put(doc.id(), doc))) {
      for (EventGoldDocument g : golds) runner.submit(g.toDocument());
      runner.drain();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    EventScorer scorer = new EventScorer(scheme);
    for (EventGoldDocument g : golds) scorer.add(g, coded.get(g.id()));
    EventScore score = scorer.score();
    if (format == Format.json) {
      out.println(json(score, golds.size(), scheme, seconds));
    } else {
      text(out, score, golds.size(), scheme, seconds);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private ClassScheme scheme(List<EventGoldDocument> golds) {
    if (by == By.cameo) return ClassScheme.CAMEO;
    if (by == By.plover) return ClassScheme.PLOVER;
    boolean plover = golds.stream().flatMap(g -> g.events().stream())
        .anyMatch(e -> e.roots().isEmpty() && e.plover().isPresent());
    return plover ? ClassScheme.PLOVER : ClassScheme.CAMEO;
  }

  private void text(PrintWriter out, EventScore s, int documents, ClassScheme scheme, double seconds) {
    out.printf("gold: %s (%d documents, %d required events), scored by %s%n", gold, documents, s.required(),
        scheme.name().toLowerCase());
    out.printf("precision %.3f  recall %.3f  F1 %.3f   (predicted %d asserted, matched %d, of them optional %d)%n",
        s.precision(), s.recall(), s.f1(), s.predicted(), s.matched(), s.matchedOptional());
    out.printf("pair recall %.3f  type accuracy on found pairs %.3f  asserted events on negative spans %d%n",
        s.pairRecall(), s.typeAccuracy(), s.negativesHit());
    out.printf("coded in %.1f s%n", seconds);
    list(out, "missed", s.misses());
    list(out, "false positives", s.falsePositives());
  }

  private void list(PrintWriter out, String title, List<String> items) {
    if (misses <= 0 || items.isEmpty()) return;
    out.printf("%n%s (%d):%n", title, items.size());
    items.stream().limit(misses).forEach(m -> out.println("  " + m));
  }

  private String json(EventScore s, int documents, ClassScheme scheme, double seconds) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("gold", gold.toString());
    o.put("documents", documents);
    o.put("scheme", scheme.name().toLowerCase());
    o.put("precision", s.precision());
    o.put("recall", s.recall());
    o.put("f1", s.f1());
    o.put("predicted", s.predicted());
    o.put("matched", s.matched());
    o.put("required", s.required());
    o.put("pair_recall", s.pairRecall());
    o.put("type_accuracy", s.typeAccuracy());
    o.put("negatives_hit", s.negativesHit());
    o.put("seconds", seconds);
    o.putPOJO("misses", new ArrayList<>(s.misses()));
    o.putPOJO("false_positives", new ArrayList<>(s.falsePositives()));
    return o.toString();
  }
}
