package parley.cli;

import static parley.cli.ReportText.f;
import static parley.cli.ReportText.line;
import static parley.cli.ReportText.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The figures of a {@code bench ingest} run. Coding time is CPU seconds summed over the worker
 * threads (stage clocks); store time is the wall time of the store's writes, on the thread that
 * hands coded articles on while the workers go on coding, so the two overlap.
 */
record BenchIngestReport(String corpus, String database, int threads, int batch, long read, long skipped,
    long rejected, long documents, long events, long batches, double seconds, double cpuSeconds,
    Map<String, Double> stages, double storeWriteSeconds, double storeWriteCpuSeconds, double storeCheckSeconds,
    double mergeSeconds, long mergedEvents, double loadSeconds) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** CPU seconds of the pipeline stages (reading and writing are not stages here). */
  double codingCpuSeconds() {
    return stages.entrySet().stream().filter(e -> !e.getKey().equals("reading") && !e.getKey().equals("writing"))
        .mapToDouble(Map.Entry::getValue).sum();
  }

  private static double rate(long n, double seconds) {
    return seconds > 0 ? n / seconds : 0;
  }

  String json() {
    ObjectNode o = JSON.createObjectNode();
    o.put("corpus", corpus);
    o.put("database", database);
    o.put("articles_read", read);
    o.put("documents", documents);
    o.put("skipped", skipped);
    o.put("rejected", rejected);
    o.put("events", events);
    o.put("seconds", round(seconds));
    o.put("cpu_s", round(cpuSeconds));
    o.put("documents_per_s", round(rate(documents, seconds)));
    o.put("events_per_s", round(rate(events, seconds)));
    o.put("coding_cpu_s", round(codingCpuSeconds()));
    ObjectNode stageNode = o.putObject("coding_stages");
    stages.forEach((name, s) -> {
      if (!name.equals("reading") && !name.equals("writing")) stageNode.put(name, round(s));
    });
    o.put("store_write_s", round(storeWriteSeconds));
    o.put("store_write_cpu_s", round(storeWriteCpuSeconds));
    o.put("store_events_per_s", round(rate(events, storeWriteSeconds)));
    o.put("store_documents_per_s", round(rate(documents, storeWriteSeconds)));
    o.put("store_check_s", round(storeCheckSeconds));
    o.put("store_batches", batches);
    o.put("batch", batch);
    o.put("merge_s", round(mergeSeconds));
    o.put("merged_events", mergedEvents);
    o.put("threads", threads);
    o.put("load_s", round(loadSeconds));
    o.put("cores", BenchReport.cores());
    o.put("jvm", BenchReport.jvm());
    return o.toString();
  }

  String text() {
    StringBuilder b = new StringBuilder();
    line(b, "corpus", corpus);
    line(b, "database", database);
    line(b, "machine", f("%d cores, %s; %d threads", BenchReport.cores(), BenchReport.jvm(), threads));
    line(b, "model load", f("%.1f s (not counted below)", loadSeconds));
    line(b, "ingested", f("%d articles read, %d stored (%d batches of up to %d), %d skipped, %d rejected",
        read, documents, batches, batch, skipped, rejected));
    line(b, "end to end", f("%d documents, %d events in %.1f s: %.2f documents/s, %.1f events/s",
        documents, events, seconds, rate(documents, seconds), rate(events, seconds)));
    line(b, "cpu time", f("%.1f s (all threads and GC)", cpuSeconds));
    line(b, "coding", f("%.1f cpu s over %d threads (%.1f ms per document)", codingCpuSeconds(), threads,
        documents > 0 ? 1000 * codingCpuSeconds() / documents : 0));
    line(b, "store write", f("%.2f s wall, %.2f cpu s: %.0f events/s, %.0f documents/s on its own",
        storeWriteSeconds, storeWriteCpuSeconds, rate(events, storeWriteSeconds), rate(documents, storeWriteSeconds)));
    line(b, "store check", f("%.2f s (is each article stored already?)", storeCheckSeconds));
    line(b, "merge", f("%.2f s (%d merged events; after the clock)", mergeSeconds, mergedEvents));
    b.append(f("%-22s %9s%n", "coding stage", "cpu s"));
    stages.forEach((name, s) -> {
      if (!name.equals("reading") && !name.equals("writing")) b.append(f("  %-20s %9.2f%n", name, s));
    });
    return b.toString();
  }

}
