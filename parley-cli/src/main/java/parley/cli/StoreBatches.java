package parley.cli;

import java.util.ArrayList;
import java.util.List;
import parley.core.doc.Document;
import parley.core.pipeline.StageTimings;
import parley.store.EventStore;

/** Collects coded documents and stores them a batch at a time (one transaction a batch). */
final class StoreBatches {
  private final EventStore store;
  private final int size;
  private final IngestProgress progress;
  private final List<Document> pending = new ArrayList<>();
  private long documents;
  private long events;
  private long batches;
  private long writeNanos;
  private long writeCpuNanos;

  StoreBatches(EventStore store, int size, IngestProgress progress) {
    this.store = store;
    this.size = Math.max(1, size);
    this.progress = progress;
  }

  void add(Document doc) {
    pending.add(doc);
    if (pending.size() >= size) flush();
  }

  void flush() {
    if (pending.isEmpty()) return;
    long start = System.nanoTime();
    long cpuStart = StageTimings.now();
    store.write(pending);
    writeCpuNanos += StageTimings.now() - cpuStart;
    writeNanos += System.nanoTime() - start;
    batches++;
    int batchEvents = pending.stream().mapToInt(d -> d.events().size()).sum();
    documents += pending.size();
    events += batchEvents;
    progress.stored(pending.size(), batchEvents);
    pending.clear();
  }

  long documents() {
    return documents;
  }

  long events() {
    return events;
  }

  long batches() {
    return batches;
  }

  /** Wall seconds spent in {@link EventStore#write} (the store's own time, NLP excluded). */
  double writeSeconds() {
    return writeNanos / 1e9;
  }

  /** CPU seconds of the writing thread in {@link EventStore#write}. */
  double writeCpuSeconds() {
    return writeCpuNanos / 1e9;
  }
}
