package parley.core.write;

import java.io.PrintWriter;
import parley.core.doc.Document;

/** Prints each document as one line of JSON (the output contract). */
public final class JsonLinesWriter implements DocumentWriter {
  private final PrintWriter out;

  public JsonLinesWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(Document doc) {
    out.println(DocumentJson.toLine(doc));
    out.flush();
  }
}
