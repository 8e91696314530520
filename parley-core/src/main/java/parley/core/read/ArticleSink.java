package parley.core.read;

import parley.core.doc.Document;

/** Receives what a reader reads: documents, and the inputs it had to reject. */
public interface ArticleSink {
  void accept(Document doc);

  void reject(InputException problem);
}
