package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store write throughput and dyad query time on synthetic events. 200,000 events by default; the
 * issue's figure is for ten million: {@code mvn test -pl parley-store -Dtest=StoreBenchmarkIT
 * -Dparley.store.benchEvents=10000000} (or run {@link StoreBenchmark#main}).
 */
class StoreBenchmarkIT {
  @TempDir Path dir;

  @Test
  void writeMergeAndDyadSeries() {
    long events = Long.getLong("parley.store.benchEvents", 200_000);
    try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("bench.duckdb"))) {
      double perSecond = StoreBenchmark.writeEventsPerSecond(store, events, StoreBenchmark.BATCH_DOCUMENTS);
      long start = System.nanoTime();
      MergeSummary merged = store.merge(MergeSettings.defaults());
      double mergeSeconds = (System.nanoTime() - start) / 1e9;
      StoreBenchmark.dyadQuerySeconds(store, "USA", "CHN", false);
      double dyad = StoreBenchmark.dyadQuerySeconds(store, "USA", "CHN", false);
      double raw = StoreBenchmark.dyadQuerySeconds(store, "USA", "CHN", true);
      System.out.printf("store benchmark: %,d events written at %,.0f events/s; merge %.1f s (%,d merged);"
          + " dyad series %.3f s merged, %.3f s raw%n", events, perSecond, mergeSeconds, merged.mergedEvents(), dyad, raw);
      assertThat(store.counts().events()).isEqualTo(events);
      assertThat(merged.mentions()).isEqualTo(events);
    }
  }
}
