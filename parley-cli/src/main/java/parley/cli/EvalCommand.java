package parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import parley.core.doc.Document;
import parley.core.eval.ClassScheme;
import parley.core.eval.DateScore;
import parley.core.eval.DeadlineGoldReader;
import parley.core.eval.DeadlineScore;
import parley.core.eval.DeadlineScorer;
import parley.core.eval.GoldDeadline;
import parley.core.eval.EventGoldDocument;
import parley.core.eval.EventGoldReader;
import parley.core.eval.EventScore;
import parley.core.eval.EventScorer;
import parley.core.eval.GoldDocument;
import parley.core.eval.GoldFormat;
import parley.core.eval.QuoteScore;
import parley.core.eval.QuoteScorer;
import parley.core.eval.TimeScore;
import parley.core.eval.TimeScorer;
import parley.core.pipeline.ParallelRunner;
import parley.core.pipeline.StageTimings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code parley eval --gold PATH [--task events|times|quotes|all]}: codes the gold documents with
 * the standard pipeline and scores events, time values, quote speakers and (whole articles)
 * deadlines against the gold.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Parley against gold: events (precision, recall, F1, dates), times (value accuracy),"
        + " quotes (speaker accuracy) and deadlines (found, setter, addressee, due), with the misses."
        + " Gold: event or time JSON lines, a folder of"
        + " TimeML .tml, a PolNeAR split, or whole articles (<id>.json + <id>.txt).")
final class EvalCommand implements Callable<Integer> {
  enum By { auto, cameo, plover }

  enum Format { text, json }

  enum Task { auto, events, times, quotes, deadlines, all }

  @Option(names = "--gold", required = true, paramLabel = "PATH", description = "Gold JSON lines file or folder.")
  Path gold;

  @Option(names = "--task", description = "What to score: events, times, quotes, deadlines, all, or auto (from the"
      + " gold: .tml or time JSON lines -> times, PolNeAR -> quotes, whole articles -> all). Default: ${DEFAULT-VALUE}.")
  Task task = Task.auto;

  @Option(names = "--by", description = "Class to score on: cameo roots, plover types, or auto (from the gold). Default: ${DEFAULT-VALUE}.")
  By by = By.auto;

  @Option(names = "--misses", paramLabel = "N", description = "Print up to N misses and N false positives. Default: ${DEFAULT-VALUE}.")
  int misses = 20;

  @Option(names = "--format", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format = Format.text;

  @Mixin PipelineOptions pipelineOptions;

  @Spec CommandSpec spec;

  private final Map<String, Document> coded = new ConcurrentHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    GoldFormat kind = GoldFormat.detect(gold);
    Task chosen = task != Task.auto ? task
        : kind == GoldFormat.ARTICLES ? Task.all
        : kind == GoldFormat.POLNEAR ? Task.quotes
        : kind.hasTimes() ? Task.times : Task.events;
    boolean events = chosen == Task.events || chosen == Task.all;
    boolean times = chosen == Task.times || chosen == Task.all && kind.hasTimes();
    boolean quotes = chosen == Task.quotes || chosen == Task.all && kind.hasQuotes();
    boolean deadlines = (chosen == Task.deadlines || chosen == Task.all) && kind == GoldFormat.ARTICLES;
    if (chosen == Task.deadlines && !deadlines) throw usage("deadlines are scored on whole articles (<id>.json + <id>.txt)");
    if (events && !kind.hasEvents()) throw usage("the gold at " + gold + " has no events");
    if (chosen == Task.times && !kind.hasTimes()) throw usage("the gold at " + gold + " has no times");
    if (chosen == Task.quotes && !kind.hasQuotes()) throw usage("the gold at " + gold + " has no quotes");

    StageTimings timings = new StageTimings();
    long start = System.nanoTime();
    List<EventGoldDocument> eventGold = events ? EventGoldReader.read(gold) : List.of();
    List<GoldDocument> otherGold = times || quotes || deadlines ? kind.readTimesAndQuotes(gold) : List.of();
    FailedDocuments failed = new FailedDocuments(spec.commandLine().getErr(),
        failure -> coded.put(failure.input().id(), failure.input()));
    try (ParallelRunner runner = new ParallelRunner(Pipelines.standard(pipelineOptions, timings),
        pipelineOptions.threads, timings, doc -> coded.put(doc.id(), doc), failed)) {
      for (EventGoldDocument g : eventGold) runner.submit(g.toDocument());
      for (GoldDocument g : otherGold) {
        if (!coded.containsKey(g.id()) && eventGold.stream().noneMatch(e -> e.id().equals(g.id()))) {
          runner.submit(kind.wholeArticles() ? g.toArticle() : g.toDocument());
        }
      }
      runner.drain();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Function<GoldDocument, Document> annotated = g -> coded.get(g.id());

    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("gold", gold.toString());
    json.put("task", chosen.name());
    json.put("seconds", seconds);
    json.put("failed", failed.count());
    if (events) events(out, json, eventGold, chosen == Task.events);
    if (times) times(out, json, otherGold, annotated);
    if (quotes) quotes(out, json, otherGold, annotated);
    if (deadlines) deadlines(out, json);
    if (format == Format.json) {
      out.println(json);
    } else {
      out.printf("%ncoded %d documents in %.1f s%n", coded.size(), seconds);
      if (failed.count() > 0) out.printf("%d documents failed and were scored with no output%n", failed.count());
    }
    out.flush();
    return failed.count() > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private void events(PrintWriter out, ObjectNode json, List<EventGoldDocument> golds, boolean flat) {
    ClassScheme scheme = scheme(golds);
    EventScorer scorer = new EventScorer(scheme);
    for (EventGoldDocument g : golds) scorer.add(g, coded.get(g.id()));
    EventScore s = scorer.score();
    DateScore dates = scorer.dateScore();
    if (format == Format.json) {
      ObjectNode o = flat ? json : json.putObject("events");
      o.put("documents", golds.size());
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
      o.put("dated", dates.dated());
      o.put("date_correct", dates.correct());
      o.put("date_accuracy", dates.accuracy());
      o.putPOJO("misses", new ArrayList<>(s.misses()));
      o.putPOJO("false_positives", new ArrayList<>(s.falsePositives()));
      o.putPOJO("date_errors", new ArrayList<>(dates.errors()));
      return;
    }
    out.printf("EVENTS  gold: %s (%d documents, %d required events), scored by %s%n", gold, golds.size(),
        s.required(), scheme.name().toLowerCase());
    out.printf("precision %.3f  recall %.3f  F1 %.3f   (predicted %d asserted, matched %d, of them optional %d)%n",
        s.precision(), s.recall(), s.f1(), s.predicted(), s.matched(), s.matchedOptional());
    out.printf("pair recall %.3f  type accuracy on found pairs %.3f  asserted events on negative spans %d%n",
        s.pairRecall(), s.typeAccuracy(), s.negativesHit());
    if (dates.dated() > 0) out.printf("dates: %s%n", dates);
    list(out, "missed", s.misses());
    list(out, "false positives", s.falsePositives());
    list(out, "date errors", dates.errors());
  }

  private void times(PrintWriter out, ObjectNode json, List<GoldDocument> golds, Function<GoldDocument, Document> annotated) {
    TimeScore s = TimeScorer.score(golds, annotated);
    List<String> errors = new ArrayList<>();
    List<String> unmatched = new ArrayList<>();
    for (GoldDocument g : golds) {
      Document d = annotated.apply(g);
      errors.addAll(TimeScorer.errors(g, d));
      unmatched.addAll(TimeScorer.unmatched(g, d));
    }
    if (format == Format.json) {
      ObjectNode o = json.putObject("times");
      o.put("documents", golds.size());
      counts(o, s.all());
      o.put("predicted", s.predicted());
      o.put("predicted_matched", s.predictedMatched());
      o.put("relaxed_precision", s.relaxedPrecision());
      o.put("relaxed_f1", s.relaxedF1());
      o.put("value_f1", s.valueF1());
      ObjectNode types = o.putObject("by_type");
      s.byType().forEach((type, c) -> counts(types.putObject(type), c));
      o.putPOJO("errors", errors.stream().limit(Math.max(0, misses)).toList());
      o.putPOJO("unmatched", unmatched.stream().limit(Math.max(0, misses)).toList());
      return;
    }
    out.printf("%nTIMES  gold: %s (%d documents)%n", gold, golds.size());
    out.println(s);
    list(out, "time errors", errors);
    list(out, "times found where the gold marks none", unmatched);
  }

  private static void counts(ObjectNode o, TimeScore.Counts c) {
    o.put("gold", c.gold());
    o.put("found", c.found());
    o.put("correct", c.correct());
    o.put("found_rate", c.foundRate());
    o.put("accuracy", c.accuracy());
    o.put("accuracy_found", c.accuracyWhenFound());
  }

  private void quotes(PrintWriter out, ObjectNode json, List<GoldDocument> golds, Function<GoldDocument, Document> annotated) {
    QuoteScore s = QuoteScorer.score(golds, annotated);
    List<String> errors = new ArrayList<>();
    for (GoldDocument g : golds) errors.addAll(QuoteScorer.errors(g, annotated.apply(g)));
    if (format == Format.json) {
      ObjectNode o = json.putObject("quotes");
      o.put("documents", golds.size());
      o.put("gold", s.gold());
      o.put("found", s.found());
      o.put("speaker_correct", s.speakerCorrect());
      o.put("predicted", s.predicted());
      o.put("predicted_supported", s.supported());
      o.put("precision", s.precision());
      o.put("found_rate", s.foundRate());
      o.put("speaker_accuracy", s.speakerAccuracy());
      o.put("speaker_accuracy_found", s.speakerAccuracyWhenFound());
      o.putPOJO("errors", errors.stream().limit(Math.max(0, misses)).toList());
      return;
    }
    out.printf("%nQUOTES  gold: %s (%d documents)%n%s%n", gold, golds.size(), s);
    list(out, "quote errors", errors);
  }

  private void deadlines(PrintWriter out, ObjectNode json) {
    Map<String, List<GoldDeadline>> golds = DeadlineGoldReader.readArticles(gold);
    DeadlineScorer scorer = new DeadlineScorer();
    scorer.addAll(golds, coded::get);
    DeadlineScore s = scorer.score();
    if (format == Format.json) {
      ObjectNode o = json.putObject("deadlines");
      o.put("documents", golds.size());
      o.put("gold", s.gold());
      o.put("found", s.found());
      o.put("setter_correct", s.setterCorrect());
      o.put("addressee_correct", s.addresseeCorrect());
      o.put("due_correct", s.dueCorrect());
      o.put("set_correct", s.setCorrect());
      o.put("predicted", s.predicted());
      o.putPOJO("errors", scorer.errors().stream().limit(Math.max(0, misses)).toList());
      return;
    }
    out.printf("%nDEADLINES  gold: %s (%d documents)%n%s%n", gold, golds.size(), s);
    list(out, "deadline errors", scorer.errors());
  }

  private ClassScheme scheme(List<EventGoldDocument> golds) {
    if (by == By.cameo) return ClassScheme.CAMEO;
    if (by == By.plover) return ClassScheme.PLOVER;
    boolean plover = golds.stream().flatMap(g -> g.events().stream())
        .anyMatch(e -> e.roots().isEmpty() && e.plover().isPresent());
    return plover ? ClassScheme.PLOVER : ClassScheme.CAMEO;
  }

  private void list(PrintWriter out, String title, List<String> items) {
    if (misses <= 0 || items.isEmpty()) return;
    out.printf("%n%s (%d):%n", title, items.size());
    items.stream().limit(misses).forEach(m -> out.println("  " + m));
  }
}
