package parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import parley.core.pipeline.ParallelRunner;
import parley.core.pipeline.StageTimings;
import parley.core.read.ArticleFiles;
import parley.store.DuckDbEventStore;
import parley.store.MergeSettings;
import parley.store.MergeSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley ingest INPUT...}: codes articles and stores them; re-running skips what is stored. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Code articles (files, folders, JSON lines, - for stdin) and store their events.")
final class IngestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
  List<String> inputs;

  @Mixin PipelineOptions pipelineOptions;
  @Mixin StoreOptions storeOptions;

  @Option(names = "--batch", paramLabel = "N", description = "Documents a transaction (default: ${DEFAULT-VALUE}).")
  int batch = 100;

  @Option(names = "--merge-window", paramLabel = "DAYS",
      description = "Reports of one event up to DAYS apart are merged (default: ${DEFAULT-VALUE}).")
  int mergeWindow = 3;

  @Option(names = "--duplicate-similarity", paramLabel = "J",
      description = "Texts this similar (MinHash Jaccard of word 5-grams) are copies of one story (default: ${DEFAULT-VALUE}).")
  double duplicateSimilarity = 0.8;

  @Option(names = "--log-every", paramLabel = "N",
      description = "Without a terminal, log progress every N articles (default: ${DEFAULT-VALUE}).")
  int logEvery = 100;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    MergeSettings merging = new MergeSettings(mergeWindow, duplicateSimilarity);
    long start = System.nanoTime();
    try (DuckDbEventStore store = DuckDbEventStore.open(storeOptions.file())) {
      IngestProgress progress = IngestProgress.choose(err, logEvery);
      StoreBatches batches = new StoreBatches(store, batch, progress);
      StageTimings timings = new StageTimings();
      IngestSink sink;
      FailedDocuments failed = new FailedDocuments(err);
      try (ParallelRunner runner = new ParallelRunner(Pipelines.standard(pipelineOptions, timings),
          pipelineOptions.threads, timings, batches::add, failed)) {
        sink = new IngestSink(store, runner::submit, err);
        new ArticleFiles(pipelineOptions.defaultPublished()).readAll(inputs, System.in, sink);
        runner.drain();
      }
      batches.flush();
      progress.finish();
      double seconds = (System.nanoTime() - start) / 1e9;
      MergeSummary merged = store.merge(merging);
      err.printf("parley: stored %d articles, %d events in %.1f s (%.2f articles/s, %.1f events/s); "
              + "skipped %d already stored; %d rejected inputs; %d failed; %d merged events, %d wire copies%n",
          batches.documents(), batches.events(), seconds, batches.documents() / seconds,
          batches.events() / seconds, sink.skipped(), sink.rejected(), failed.count(), merged.mergedEvents(),
          merged.duplicateDocuments());
      err.flush();
      if (failed.count() > 0) return ExitCodes.FAILURE;
      return sink.rejected() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
  }
}
