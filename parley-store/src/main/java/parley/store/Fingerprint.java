package parley.store;

import java.util.List;
import java.util.Optional;
import parley.core.doc.Document;

/** What a document's text contributes to the store: its content hash and MinHash signature. */
record Fingerprint(String hash, Optional<long[]> signature) {
  static Fingerprint of(String text) {
    return new Fingerprint(ContentHash.of(text), MinHash.signature(text));
  }

  /** One fingerprint a document, in order; computed on all cores (the texts are independent). */
  static List<Fingerprint> of(List<Document> batch) {
    return batch.parallelStream().map(doc -> of(doc.text())).toList();
  }
}
