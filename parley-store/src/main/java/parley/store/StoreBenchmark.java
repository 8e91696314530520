package parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import parley.core.doc.Document;

/**
 * Measures the store apart from NLP: write throughput of synthetic events in batches, merging, and
 * the time of a dyad series query. Run {@code main} with a database path, an event count and the
 * documents a batch (one transaction).
 */
public final class StoreBenchmark {
  /** Documents a transaction unless told: large batches spread the cost of each commit. */
  public static final int BATCH_DOCUMENTS = 10_000;

  private StoreBenchmark() {}

  /**
   * Writes {@code events} synthetic events (10 a document, {@code batchDocuments} documents a
   * transaction); events/s. Only {@link EventStore#write} is timed, not making up the documents.
   */
  public static double writeEventsPerSecond(DuckDbEventStore store, long events, int batchDocuments) {
    return writeEventsPerSecond(store, new SyntheticEvents(42, 10), events, batchDocuments);
  }

  /** As above, going on with a generator (10 events a document) that made earlier documents. */
  public static double writeEventsPerSecond(DuckDbEventStore store, SyntheticEvents synthetic, long events,
      int batchDocuments) {
    long written = 0;
    long nanos = 0;
    while (written < events) {
      int documents = (int) Math.min(batchDocuments, (events - written + 9) / 10);
      List<Document> batch = synthetic.next(documents);
      long start = System.nanoTime();
      store.write(batch);
      nanos += System.nanoTime() - start;
      written += documents * 10L;
    }
    return written / (nanos / 1e9);
  }

  /** Seconds a merge takes, and what it made. */
  public static double mergeSeconds(DuckDbEventStore store) {
    long start = System.nanoTime();
    MergeSummary merged = store.merge(MergeSettings.defaults());
    if (merged.mentions() == 0) throw new IllegalStateException("nothing merged");
    return (System.nanoTime() - start) / 1e9;
  }

  /** Seconds one monthly dyad series takes (merged events; run {@link EventStore#merge} first). */
  public static double dyadQuerySeconds(DuckDbEventStore store, String a, String b, boolean raw) {
    long start = System.nanoTime();
    Rows rows = new EventQueries(store).dyad(a, b, EventQueries.Period.month, Optional.of("asserted"), raw,
        Optional.empty(), Optional.empty());
    if (rows.size() == 0) throw new IllegalStateException("empty dyad series");
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Writes 100,000 events to a store in a temporary folder, deleted after: the JIT compiles the
   * write path before the clock starts, as it has in a long ingest.
   */
  static double warmUp(int batchDocuments) {
    try {
      Path dir = Files.createTempDirectory("parley-warmup");
      try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("warmup.duckdb"))) {
        return writeEventsPerSecond(store, 100_000, batchDocuments);
      } finally {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Arguments: database file, events (default 1,000,000), documents a batch (default 10,000). */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "bench.duckdb");
    long events = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : BATCH_DOCUMENTS;
    System.out.printf("warm-up: %,.0f events/s (100,000 events to a throwaway store, not counted)%n", warmUp(batch));
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      SyntheticEvents synthetic = new SyntheticEvents(42, 10);
      System.out.printf("write: %,.0f events/s (%,d events, %,d documents a batch)%n",
          writeEventsPerSecond(store, synthetic, events, batch), events, batch);
      System.out.printf("merge: %.1f s (%,d merged events)%n", mergeSeconds(store), store.counts().mergedEvents());
      writeEventsPerSecond(store, synthetic, 10_000, batch);
      System.out.printf("merge after 10,000 more events: %.2f s%n", mergeSeconds(store));
      dyadQuerySeconds(store, "USA", "CHN", false);
      System.out.printf("dyad series, merged events: %.3f s%n", dyadQuerySeconds(store, "USA", "CHN", false));
      System.out.printf("dyad series, raw events: %.3f s%n", dyadQuerySeconds(store, "USA", "CHN", true));
    }
  }
}
