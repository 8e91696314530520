package parley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import parley.core.doc.Document;
import parley.core.pipeline.ParallelRunner;
import parley.core.pipeline.StageTimings;
import parley.core.read.ArticleFiles;
import parley.core.read.ArticleSink;
import parley.core.read.InputException;
import parley.core.write.DocumentWriter;
import parley.core.write.JsonLinesWriter;
import parley.core.write.TableWriter;
import parley.core.write.ConlluWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley code FILE...}: codes articles and prints their events. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code articles (plain-text stories, JSON lines, folders; - for stdin) into events.")
final class CodeCommand implements Callable<Integer> {
  enum Format { jsonl, table, conllu }

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, or - for stdin.")
  List<String> inputs;

  @Option(names = "--format", description = "jsonl (the output contract), table, or conllu (the parse). Default: ${DEFAULT-VALUE}.")
  Format format = Format.jsonl;

  @Mixin PipelineOptions pipelineOptions;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentWriter writer = switch (format) {
      case table -> new TableWriter(out);
      case conllu -> new ConlluWriter(out);
      case jsonl -> new JsonLinesWriter(out);
    };
    AtomicInteger rejected = new AtomicInteger();
    StageTimings timings = new StageTimings();
    FailedDocuments failed = new FailedDocuments(err);
    try (ParallelRunner runner = new ParallelRunner(Pipelines.standard(pipelineOptions, timings),
        pipelineOptions.threads, timings, writer::write, failed)) {
      new ArticleFiles(pipelineOptions.defaultPublished()).readAll(inputs, System.in, new ArticleSink() {
        @Override
        public void accept(Document doc) {
          runner.submit(doc);
        }

        @Override
        public void reject(InputException problem) {
          rejected.incrementAndGet();
          err.println("parley: " + problem.oneLine());
        }
      });
      runner.drain();
    }
    writer.finish();
    if (failed.count() > 0) return ExitCodes.FAILURE;
    return rejected.get() == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}
