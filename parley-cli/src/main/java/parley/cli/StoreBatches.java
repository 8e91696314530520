package parley.cli;

import java.util.ArrayList;
import java.util.List;
import parley.core.doc.Document;
import parley.store.EventStore;

/** Collects coded documents and stores them a batch at a time (one transaction a batch). */
final class StoreBatches {
  private final EventStore store;
  private final int size;
  private final IngestProgress progress;
  private final List<Document> pending = new ArrayList<>();
  private long documents;
  private long events;

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
    store.write(pending);
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
}
