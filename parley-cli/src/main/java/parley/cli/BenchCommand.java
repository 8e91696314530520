package parley.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import parley.core.doc.Document;
import parley.core.pipeline.ParallelRunner;
import parley.core.pipeline.Pipeline;
import parley.core.pipeline.StageTimings;
import parley.core.read.ArticleFiles;
import parley.core.read.ArticleSink;
import parley.core.read.InputException;
import parley.core.write.JsonLinesWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley bench}: codes a corpus end to end (read, pipeline, JSON to a null writer) and
 * reports throughput, the time share of each stage, peak heap and model load time. A short
 * warm-up on the first articles runs before the clock starts and is reported on its own.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchIngestCommand.class,
    description = "Measure end-to-end coding throughput on a corpus (default: Reuters-21578 in ../shared);"
        + " bench ingest measures coding and storing.")
final class BenchCommand implements Callable<Integer> {
  enum Format { text, json }

  static final String CORPUS = "corpus/reuters21578.jsonl";

  @Option(names = "--input", paramLabel = "PATH",
      description = "Corpus to code (JSON lines, text files, folders). Default: ../shared/" + CORPUS + ".")
  Path input;

  @Option(names = "--limit", paramLabel = "N", description = "Code at most N articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--warmup", paramLabel = "N",
      description = "Articles coded before the clock starts (default: ${DEFAULT-VALUE}).")
  int warmup = 20;

  @Option(names = "--format", description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format = Format.text;

  @Mixin PipelineOptions pipelineOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path corpus = corpus(input);
    StageTimings timings = new StageTimings();
    long loadStart = System.nanoTime();
    Pipeline pipeline = Pipelines.standard(pipelineOptions, timings);
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

    long warmStart = System.nanoTime();
    BenchCounts warm = run(pipeline, corpus, Math.min(warmup, limit), timings);
    double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
    timings.clear();

    long start = System.nanoTime();
    long cpuStart = BenchReport.processCpuNanos();
    BenchCounts counts = run(pipeline, corpus, limit, timings);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (BenchReport.processCpuNanos() - cpuStart) / 1e9;
    BenchReport report = new BenchReport(corpus.toString(), pipelineOptions.threads, counts, seconds,
        cpuSeconds, timings.seconds(), loadSeconds, warm.articles(), warmSeconds);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? report.json() + "\n" : report.text());
    out.flush();
    return counts.rejected() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }

  /** The corpus: --input, else {@code <parley.shared>/corpus/...}, else {@code ../shared/corpus/...}. */
  static Path corpus(Path input) {
    if (input != null) {
      if (!Files.exists(input)) throw new InputException(input.toString(), "no such file or folder");
      return input;
    }
    String shared = System.getProperty("parley.shared");
    for (Path candidate : shared == null ? List.of(Path.of("..", "shared").resolve(CORPUS))
        : List.of(Path.of(shared).resolve(CORPUS), Path.of("..", "shared").resolve(CORPUS))) {
      if (Files.isRegularFile(candidate)) return candidate;
    }
    throw new InputException("bench", "no corpus at ../shared/" + CORPUS + "; pass --input PATH");
  }

  /** Codes up to {@code max} articles; reading and writing are timed as stages of their own. */
  private BenchCounts run(Pipeline pipeline, Path corpus, int max, StageTimings timings) {
    BenchCounts.Counter counter = new BenchCounts.Counter();
    if (max <= 0) return counter.counts();
    JsonLinesWriter writer = new JsonLinesWriter(new PrintWriter(Writer.nullWriter()));
    PrintWriter err = spec.commandLine().getErr();
    long readStart = StageTimings.now();
    long[] notReading = {0};
    try (ParallelRunner runner = new ParallelRunner(pipeline, pipelineOptions.threads, timings, doc -> {
      long t = StageTimings.now();
      writer.write(doc);
      timings.add("writing", StageTimings.now() - t);
      counter.add(doc);
    }, new FailedDocuments(err))) {
      try {
        new ArticleFiles(pipelineOptions.defaultPublished()).readAll(List.of(corpus.toString()), System.in,
            new ArticleSink() {
              private int read;

              @Override
              public void accept(Document doc) {
                long t = StageTimings.now();
                runner.submit(doc);
                notReading[0] += StageTimings.now() - t;
                if (++read >= max) throw new Enough();
              }

              @Override
              public void reject(InputException problem) {
                counter.reject();
                err.println("parley: " + problem.oneLine());
              }
            });
      } catch (Enough enough) {
        // the limit is reached: stop reading
      }
      timings.add("reading", StageTimings.now() - readStart - notReading[0]);
      runner.drain();
    }
    return counter.counts();
  }

  /** Thrown from the sink to stop a reader at the article limit. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }
}
