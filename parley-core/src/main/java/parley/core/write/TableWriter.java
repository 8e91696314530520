package parley.core.write;

import java.io.PrintWriter;
import parley.core.doc.Document;
import parley.core.doc.Event;

/** Prints events as a readable fixed-width table, one row per event. */
public final class TableWriter implements DocumentWriter {
  private static final String ROW = "%-10s %-14s %-14s %-5s %-9s %-12s %-11s %s%n";
  private final PrintWriter out;

  public TableWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(Document doc) {
    out.printf("%s  (published %s, %d events, %d quotes, %d times)%n", doc.id(),
        doc.published().map(Object::toString).orElse("unknown"), doc.events().size(),
        doc.quotes().size(), doc.times().size());
    out.printf(ROW, "event", "source", "target", "code", "plover", "mode", "date", "evidence");
    for (Event e : doc.events()) {
      out.printf(ROW, shortId(e.id()), e.source().code().orElse("?"),
          e.target().flatMap(t -> t.code()).orElse(e.target().isPresent() ? "?" : "-"),
          e.type().code(), e.type().plover(), e.mode().label(), e.date().value().orElse("-"),
          clip(e.evidence().text(), 70));
    }
    out.println();
    out.flush();
  }

  private static String shortId(String id) {
    int hash = id.lastIndexOf('#');
    return hash < 0 ? id : id.substring(hash + 1);
  }

  private static String clip(String s, int max) {
    String flat = s.replace('\n', ' ');
    return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
  }
}
