package parley.core.write;

import parley.core.doc.Document;

/** Writes coded documents somewhere: a terminal, a file, a store. */
public interface DocumentWriter {
  void write(Document doc);

  default void finish() {}
}
