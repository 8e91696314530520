package parley.core.pipeline;

import java.util.Set;
import parley.core.doc.Document;

/** One step of the pipeline: pure, thread-safe, no I/O. Returns a new document. */
public interface Stage {
  Set<Facet> requires();

  Set<Facet> provides();

  Document apply(Document doc);

  /** A short name for logs, errors and stage timings. */
  default String name() {
    return getClass().getSimpleName();
  }
}
