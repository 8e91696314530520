package parley.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import parley.core.doc.Document;

/**
 * Measures the store apart from NLP: write throughput of synthetic events in batches, and the time
 * of a dyad series query. Run {@code main} with a database path and an event count.
 */
public final class StoreBenchmark {
  private StoreBenchmark() {}

  /** Writes {@code events} synthetic events (10 a document, 1,000 documents a transaction); events/s. */
  public static double writeEventsPerSecond(DuckDbEventStore store, long events) {
    SyntheticEvents synthetic = new SyntheticEvents(42, 10);
    long written = 0;
    long start = System.nanoTime();
    while (written < events) {
      int documents = (int) Math.min(1000, (events - written + 9) / 10);
      List<Document> batch = synthetic.next(documents);
      store.write(batch);
      written += documents * 10L;
    }
    return written / ((System.nanoTime() - start) / 1e9);
  }

  /** Seconds one monthly dyad series takes (merged events; run {@link EventStore#merge} first). */
  public static double dyadQuerySeconds(DuckDbEventStore store, String a, String b, boolean raw) {
    long start = System.nanoTime();
    Rows rows = new EventQueries(store).dyad(a, b, EventQueries.Period.month, Optional.of("asserted"), raw,
        Optional.empty(), Optional.empty());
    if (rows.size() == 0) throw new IllegalStateException("empty dyad series");
    return (System.nanoTime() - start) / 1e9;
  }

  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "bench.duckdb");
    long events = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      System.out.printf("write: %,.0f events/s (%,d events)%n", writeEventsPerSecond(store, events), events);
      long start = System.nanoTime();
      MergeSummary merged = store.merge(MergeSettings.defaults());
      System.out.printf("merge: %.1f s (%,d merged events)%n", (System.nanoTime() - start) / 1e9, merged.mergedEvents());
      dyadQuerySeconds(store, "USA", "CHN", false);
      System.out.printf("dyad series, merged events: %.3f s%n", dyadQuerySeconds(store, "USA", "CHN", false));
      System.out.printf("dyad series, raw events: %.3f s%n", dyadQuerySeconds(store, "USA", "CHN", true));
    }
  }
}
