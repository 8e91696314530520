package parley.core.write;

import java.io.PrintWriter;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/** Prints the tokens and dependency parse in CoNLL-U, for checking what the coder saw. */
public final class ConlluWriter implements DocumentWriter {
  private final PrintWriter out;

  public ConlluWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(Document doc) {
    out.println("# newdoc id = " + doc.id());
    for (Sentence s : doc.sentences()) {
      out.println("# sent_id = " + s.index() + " section = " + s.section());
      out.println("# text = " + s.text(doc.text()).replace('\n', ' '));
      java.util.List<parley.core.doc.ActorMention> actors = doc.actorsIn(s.index());
      for (Token t : s.tokens()) {
        Arc head = s.head(t.index()).orElse(null);
        StringBuilder misc = new StringBuilder("Start=" + t.span().start() + "|End=" + t.span().end());
        for (parley.core.doc.ActorMention m : actors) {
          if (m.head() == t.index()) {
            misc.append("|Actor=").append(m.actor().code().orElse("null")).append("(").append(m.how()).append(")");
          }
        }
        out.printf("%d\t%s\t%s\t%s\t_\t_\t%s\t%s\t_\t%s%n", t.index() + 1, t.text(),
            t.lemma(), t.pos(), head == null ? "_" : String.valueOf(head.governor() + 1),
            head == null ? "_" : head.relation(), misc);
      }
      out.println();
    }
    out.flush();
  }
}
