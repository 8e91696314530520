package parley.cli;

import static parley.cli.ReportText.f;
import static parley.cli.ReportText.line;
import static parley.cli.ReportText.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a bench run and their two renderings: a table for people, one JSON object for
 * scripts. Stage seconds are CPU seconds ({@link parley.core.pipeline.StageTimings#now()}) summed
 * over threads, so their shares add up to 100% and hold on a machine other programs load too.
 */
final class BenchReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String corpus;
  private final int threads;
  private final BenchCounts counts;
  private final double seconds;
  private final double cpuSeconds;
  private final Map<String, Double> stages;
  private final double loadSeconds;
  private final long warmArticles;
  private final double warmSeconds;
  private final long peakHeapBytes = peakHeap();

  BenchReport(String corpus, int threads, BenchCounts counts, double seconds, double cpuSeconds, Map<String, Double> timings,
      double loadSeconds, long warmArticles, double warmSeconds) {
    this.corpus = corpus;
    this.threads = threads;
    this.counts = counts;
    this.seconds = seconds;
    this.cpuSeconds = cpuSeconds;
    this.stages = stages(timings);
    this.loadSeconds = loadSeconds;
    this.warmArticles = warmArticles;
    this.warmSeconds = warmSeconds;
  }

  /**
   * Stages under their bench names: the NLP stage's parts in place of its total (the rest of it as
   * nlp.other), TimeResolver as time; reading first, writing last.
   */
  static Map<String, Double> stages(Map<String, Double> timings) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("reading", timings.getOrDefault("reading", 0.0));
    double nlpParts = 0;
    for (Map.Entry<String, Double> e : timings.entrySet()) {
      if (e.getKey().startsWith("nlp.")) {
        out.put(e.getKey(), e.getValue());
        nlpParts += e.getValue();
      }
    }
    if (timings.containsKey("nlp")) out.put("nlp.other", Math.max(0, timings.get("nlp") - nlpParts));
    for (Map.Entry<String, Double> e : timings.entrySet()) {
      String name = e.getKey();
      if (name.equals("nlp") || name.startsWith("nlp.") || name.equals("reading") || name.equals("writing")) continue;
      out.put(name.equals("TimeResolver") ? "time" : name, e.getValue());
    }
    out.put("writing", timings.getOrDefault("writing", 0.0));
    return out;
  }

  /** The sum of every heap pool's peak use since the JVM started. */
  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  /** CPU time of the whole process so far (all threads, GC included); 0 where the JVM cannot tell. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  /** CPU milliseconds per coded article for {@code seconds} of stage time. */
  private double perArticleMs(double seconds) {
    return counts.articles() > 0 ? 1000 * seconds / counts.articles() : 0;
  }

  private double rate(long n) {
    return seconds > 0 ? n / seconds : 0;
  }

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  static String jvm() {
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
  }

  String json() {
    ObjectNode o = JSON.createObjectNode();
    o.put("corpus", corpus);
    o.put("articles", counts.articles());
    o.put("sentences", counts.sentences());
    o.put("parsed_sentences", counts.parsed());
    o.put("tokens", counts.tokens());
    o.put("events", counts.events());
    o.put("seconds", round(seconds));
    o.put("cpu_s", round(cpuSeconds));
    o.put("articles_per_s", round(rate(counts.articles())));
    o.put("sentences_per_s", round(rate(counts.sentences())));
    o.put("tokens_per_s", round(rate(counts.tokens())));
    o.put("events_per_s", round(rate(counts.events())));
    ObjectNode stageNode = o.putObject("stages");
    stages.forEach((name, s) -> stageNode.put(name, round(s)));
    ObjectNode perArticle = o.putObject("stage_ms_per_article");
    stages.forEach((name, s) -> perArticle.put(name, round(perArticleMs(s))));
    o.put("peak_heap_mb", peakHeapBytes / (1024 * 1024));
    o.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    o.put("threads", threads);
    o.put("load_s", round(loadSeconds));
    o.put("warmup_articles", warmArticles);
    o.put("warmup_s", round(warmSeconds));
    o.put("cores", cores());
    o.put("jvm", jvm());
    return o.toString();
  }

  String text() {
    StringBuilder b = new StringBuilder();
    line(b, "corpus", corpus);
    line(b, "machine", cores() + " cores, " + jvm() + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    line(b, "threads", Integer.toString(threads));
    line(b, "model load", f("%.1f s", loadSeconds));
    line(b, "warm-up", f("%d articles in %.1f s (not counted below)", warmArticles, warmSeconds));
    line(b, "coded", f("%d articles, %d sentences, %d tokens, %d events in %.1f s", counts.articles(),
        counts.sentences(), counts.tokens(), counts.events(), seconds));
    line(b, "cpu time", f("%.1f s (%.1f ms per article; all threads and GC)", cpuSeconds,
        counts.articles() > 0 ? 1000 * cpuSeconds / counts.articles() : 0));
    line(b, "parsed", f("%d of %d sentences (%.0f%%)", counts.parsed(), counts.sentences(),
        counts.sentences() > 0 ? 100.0 * counts.parsed() / counts.sentences() : 0));
    line(b, "articles/s", f("%.1f", rate(counts.articles())));
    line(b, "sentences/s", f("%.1f", rate(counts.sentences())));
    line(b, "tokens/s", f("%.0f", rate(counts.tokens())));
    line(b, "events/s", f("%.2f", rate(counts.events())));
    line(b, "peak heap", f("%d MB", peakHeapBytes / (1024 * 1024)));
    double total = stages.values().stream().mapToDouble(Double::doubleValue).sum();
    b.append(f("%-22s %9s %7s %11s%n", "stage (cpu seconds)", "seconds", "share", "ms/article"));
    stages.forEach((name, s) -> b.append(f("  %-20s %9.2f %6.1f%% %11.2f%n", name, s, total > 0 ? 100 * s / total : 0,
        perArticleMs(s))));
    return b.toString();
  }

}
