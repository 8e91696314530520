package parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import parley.core.pipeline.ParallelRunner;
import parley.core.pipeline.Pipeline;
import parley.core.pipeline.StageTimings;
import parley.core.read.ArticleFiles;
import parley.store.DuckDbEventStore;
import parley.store.MergeSettings;
import parley.store.MergeSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench ingest}: codes a corpus and stores it the way {@code parley ingest} does (the
 * same sink, runner and batches), and reports documents/s and events/s end to end with the coding
 * CPU time apart from the store's write time. Without {@code --db} the store is a temporary file,
 * deleted after.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Measure coding and storing: documents/s and events/s into the store, NLP time apart from store time.")
final class BenchIngestCommand implements Callable<Integer> {
  @Option(names = "--input", paramLabel = "PATH",
      description = "Corpus to ingest (JSON lines, text files, folders). Default: ../shared/" + BenchCommand.CORPUS + ".")
  Path input;

  @Option(names = "--limit", paramLabel = "N", description = "Ingest at most N articles (default: all).")
  long limit = Long.MAX_VALUE;

  @Option(names = "--db", paramLabel = "PATH",
      description = "Store into this database and keep it (default: a temporary file, deleted after).")
  Path db;

  @Option(names = "--batch", paramLabel = "N", description = "Documents a transaction (default: ${DEFAULT-VALUE}, as ingest).")
  int batch = 100;

  @Option(names = "--format", description = "text or json. Default: ${DEFAULT-VALUE}.")
  BenchCommand.Format format = BenchCommand.Format.text;

  @Mixin PipelineOptions pipelineOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path corpus = BenchCommand.corpus(input);
    Path folder = db == null ? temporaryFolder() : null;
    Path file = db == null ? folder.resolve("bench.duckdb") : db;
    try {
      BenchIngestReport report = run(corpus, file);
      PrintWriter out = spec.commandLine().getOut();
      out.print(format == BenchCommand.Format.json ? report.json() + "\n" : report.text());
      out.flush();
      return report.rejected() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    } finally {
      if (folder != null) deleteAll(folder);
    }
  }

  private BenchIngestReport run(Path corpus, Path file) {
    PrintWriter err = spec.commandLine().getErr();
    StageTimings timings = new StageTimings();
    long loadStart = System.nanoTime();
    Pipeline pipeline = Pipelines.standard(pipelineOptions, timings);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      StoreBatches batches = new StoreBatches(store, batch, new IngestProgress.Lines(err, Integer.MAX_VALUE));
      long start = System.nanoTime();
      long cpuStart = BenchReport.processCpuNanos();
      IngestSink sink;
      try (ParallelRunner runner = new ParallelRunner(pipeline, pipelineOptions.threads, timings, batches::add,
          new FailedDocuments(err))) {
        sink = new IngestSink(store, runner::submit, err);
        try {
          new ArticleFiles(pipelineOptions.defaultPublished())
              .readAll(List.of(corpus.toString()), System.in, new LimitedSink(sink, limit));
        } catch (LimitedSink.Enough enough) {
          // the limit is reached: stop reading
        }
        runner.drain();
      }
      batches.flush();
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (BenchReport.processCpuNanos() - cpuStart) / 1e9;
      long mergeStart = System.nanoTime();
      MergeSummary merged = store.merge(MergeSettings.defaults());
      double mergeSeconds = (System.nanoTime() - mergeStart) / 1e9;
      return new BenchIngestReport(corpus.toString(), db == null ? "temporary" : db.toString(),
          pipelineOptions.threads, batch, sink.read(), sink.skipped(), sink.rejected(), batches.documents(),
          batches.events(), batches.batches(), seconds, cpuSeconds, BenchReport.stages(timings.seconds()),
          batches.writeSeconds(), batches.writeCpuSeconds(), sink.checkSeconds(), mergeSeconds,
          merged.mergedEvents(), loadSeconds);
    }
  }

  private static Path temporaryFolder() {
    try {
      return Files.createTempDirectory("parley-bench-ingest");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteAll(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
