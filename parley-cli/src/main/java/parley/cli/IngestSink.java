package parley.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import parley.core.doc.Document;
import parley.core.read.ArticleSink;
import parley.core.read.InputException;
import parley.store.EventStore;
import parley.store.KnownDocuments;

/**
 * Lets through to coding only articles the store does not hold yet (same id or same text, in the
 * store or earlier in this run): the check is made before NLP, against the store's
 * {@link KnownDocuments} read once at the start. Reports and records rejected inputs.
 */
final class IngestSink implements ArticleSink {
  private final EventStore store;
  private final Consumer<Document> code;
  private final PrintWriter err;
  private final KnownDocuments known;
  private long read;
  private long skipped;
  private long rejected;
  private long checkNanos;

  IngestSink(EventStore store, Consumer<Document> code, PrintWriter err) {
    this.store = store;
    this.code = code;
    this.err = err;
    long start = System.nanoTime();
    this.known = store.known();
    checkNanos = System.nanoTime() - start;
  }

  @Override
  public void accept(Document doc) {
    read++;
    long start = System.nanoTime();
    boolean fresh = known.add(doc);
    checkNanos += System.nanoTime() - start;
    if (!fresh) {
      skipped++;
      return;
    }
    code.accept(doc);
  }

  @Override
  public void reject(InputException problem) {
    rejected++;
    err.println("parley: " + problem.oneLine());
    store.reject(problem.source(), problem.line().orElse(0), problem.getMessage());
  }

  long read() {
    return read;
  }

  long skipped() {
    return skipped;
  }

  long rejected() {
    return rejected;
  }

  /** Wall seconds spent telling whether an article is stored: reading the known documents, then checking. */
  double checkSeconds() {
    return checkNanos / 1e9;
  }
}
