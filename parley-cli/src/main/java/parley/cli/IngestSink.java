package parley.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import parley.core.doc.Document;
import parley.core.read.ArticleSink;
import parley.core.read.InputException;
import parley.store.ContentHash;
import parley.store.EventStore;

/**
 * Lets through to coding only articles the store does not hold yet (same id or same text, in the
 * store or earlier in this run): the check is made before NLP. Reports and records rejected inputs.
 */
final class IngestSink implements ArticleSink {
  private final EventStore store;
  private final Consumer<Document> code;
  private final PrintWriter err;
  private final Set<String> seenIds = new HashSet<>();
  private final Set<String> seenTexts = new HashSet<>();
  private long read;
  private long skipped;
  private long rejected;
  private long checkNanos;

  IngestSink(EventStore store, Consumer<Document> code, PrintWriter err) {
    this.store = store;
    this.code = code;
    this.err = err;
  }

  @Override
  public void accept(Document doc) {
    read++;
    String hash = ContentHash.of(doc.text());
    boolean newId = seenIds.add(doc.id());
    boolean newText = seenTexts.add(hash);
    if (!newId || !newText || stored(doc)) {
      skipped++;
      return;
    }
    code.accept(doc);
  }

  private boolean stored(Document doc) {
    long start = System.nanoTime();
    boolean held = store.holds(doc);
    checkNanos += System.nanoTime() - start;
    return held;
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

  /** Wall seconds spent asking the store whether it holds an article. */
  double checkSeconds() {
    return checkNanos / 1e9;
  }
}
