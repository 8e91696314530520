package parley.core.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import parley.core.doc.Document;

/**
 * Runs a pipeline over documents on several threads and hands the results on in input order. At
 * most {@code 4 x threads} documents are in flight, so a corpus of any size streams through.
 */
public final class ParallelRunner implements AutoCloseable {
  private final Pipeline pipeline;
  private final StageTimings timings;
  private final ExecutorService workers;
  private final Deque<Future<Document>> inFlight = new ArrayDeque<>();
  private final int window;
  private final Consumer<Document> done;
  private final Consumer<StageFailure> failed;

  /** A runner that stops at the first document a stage fails on. */
  public ParallelRunner(Pipeline pipeline, int threads, StageTimings timings, Consumer<Document> done) {
    this(pipeline, threads, timings, done, failure -> {
      throw failure;
    });
  }

  /** A runner that hands documents a stage failed on to {@code failed} and goes on with the rest. */
  public ParallelRunner(Pipeline pipeline, int threads, StageTimings timings, Consumer<Document> done,
      Consumer<StageFailure> failed) {
    this.pipeline = pipeline;
    this.timings = timings;
    this.workers = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
      Thread t = new Thread(runnable, "parley-worker");
      t.setDaemon(true);
      return t;
    });
    this.window = Math.max(1, threads) * 4;
    this.done = done;
    this.failed = failed;
  }

  /** Queues a document; blocks while the window is full, handing on finished ones in order. */
  public void submit(Document doc) {
    inFlight.addLast(workers.submit(() -> pipeline.apply(doc, timings)));
    while (inFlight.size() >= window) handOnOldest();
  }

  /** Waits for every queued document and hands it on. */
  public void drain() {
    while (!inFlight.isEmpty()) handOnOldest();
  }

  private void handOnOldest() {
    Future<Document> oldest = inFlight.removeFirst();
    try {
      done.accept(oldest.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof StageFailure failure) {
        failed.accept(failure);
        return;
      }
      if (cause instanceof RuntimeException runtime) throw runtime;
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
