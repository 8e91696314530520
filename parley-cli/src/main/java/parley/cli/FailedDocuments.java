package parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import parley.core.pipeline.StageFailure;

/**
 * Documents a pipeline stage failed on: each is reported on one line naming the document and the
 * stage, and counted, while the run goes on with the next document.
 */
final class FailedDocuments implements Consumer<StageFailure> {
  private final PrintWriter err;
  private final Consumer<StageFailure> also;
  private final AtomicInteger count = new AtomicInteger();

  FailedDocuments(PrintWriter err) {
    this(err, failure -> { });
  }

  /** Reports and counts each failure, then hands it to {@code also}. */
  FailedDocuments(PrintWriter err, Consumer<StageFailure> also) {
    this.err = err;
    this.also = also;
  }

  @Override
  public void accept(StageFailure failure) {
    count.incrementAndGet();
    err.println("parley: " + failure.getMessage());
    err.flush();
    also.accept(failure);
  }

  int count() {
    return count.get();
  }
}
