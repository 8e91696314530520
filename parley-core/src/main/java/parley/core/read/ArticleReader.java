package parley.core.read;

import java.io.InputStream;

/** Turns the bytes of one input (a file, stdin) into documents. */
public interface ArticleReader {
  /**
   * Reads {@code in}, named {@code sourceName} in error messages and used to make document ids.
   * Problems with single records go to {@link ArticleSink#reject}; a problem with the whole input
   * throws {@link InputException}.
   */
  void read(InputStream in, String sourceName, ArticleSink sink);
}
