package parley.cli;

import parley.core.doc.Document;
import parley.core.read.ArticleSink;
import parley.core.read.InputException;

/** Passes on at most a number of articles, then stops the reader by throwing {@link Enough}. */
final class LimitedSink implements ArticleSink {
  private final ArticleSink next;
  private final long limit;
  private long read;

  LimitedSink(ArticleSink next, long limit) {
    this.next = next;
    this.limit = limit;
  }

  @Override
  public void accept(Document doc) {
    if (read >= limit) throw new Enough();
    read++;
    next.accept(doc);
  }

  @Override
  public void reject(InputException problem) {
    next.reject(problem);
  }

  /** Thrown to stop a reader at the limit; catch it around the read. */
  static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }
}
