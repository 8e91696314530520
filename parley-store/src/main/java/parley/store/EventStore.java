package parley.store;

import java.util.List;
import parley.core.doc.Document;

/** Where coded documents are kept: written in atomic batches, merged, counted. */
public interface EventStore extends AutoCloseable {
  /**
   * Whether a document with this id, or with this text, is already stored. One query, which scans
   * the documents table: to check many documents, use {@link #known()}.
   */
  boolean holds(Document doc);

  /** The ids and texts of all stored documents, read once, to check many documents against. */
  KnownDocuments known();

  /** Stores documents with all their events, quotes, times and deadlines: all or nothing. */
  void write(List<Document> batch);

  /** Records an input ingest could not read. */
  void reject(String source, int line, String message);

  /** Brings duplicates, merged events and mentions up to date with the stored events (incrementally). */
  MergeSummary merge(MergeSettings settings);

  StoreCounts counts();

  @Override
  void close();
}
