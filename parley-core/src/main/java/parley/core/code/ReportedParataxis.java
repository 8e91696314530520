package parley.core.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * A clause with its own subject that follows a verb of saying or warning with no "that" and no
 * punctuation between ("warned Iran it would impose sanctions", "said the talks had failed") is
 * the verb's reported clause, though the parser hung it as parataxis: relabelled {@code ccomp}, so
 * the report, its mode and its addressee are read as for a "that" clause.
 */
final class ReportedParataxis {
  private static final Set<String> REPORTING = reporting();

  private ReportedParataxis() {}

  /** {@code sentence} with such parataxis arcs relabelled as {@code ccomp}; the same sentence when none is. */
  static Sentence relabelled(Sentence sentence) {
    List<Arc> arcs = sentence.arcs();
    List<Arc> out = null;
    for (int i = 0; i < arcs.size(); i++) {
      Arc arc = arcs.get(i);
      if (!reported(sentence, arc)) continue;
      if (out == null) out = new ArrayList<>(arcs);
      out.set(i, new Arc(arc.governor(), arc.dependent(), "ccomp"));
    }
    return out == null ? sentence : new Sentence(sentence.index(), sentence.span(), sentence.section(),
        sentence.tokens(), out);
  }

  private static boolean reported(Sentence sentence, Arc arc) {
    int verb = arc.governor();
    int clause = arc.dependent();
    if (!arc.relation().equals("parataxis") || verb < 0 || clause <= verb || clause >= sentence.size()) return false;
    if (!sentence.token(verb).isVerb() || !REPORTING.contains(sentence.token(verb).lemma())) return false;
    boolean subject = false;
    int first = clause;
    for (Arc a : sentence.arcs()) {
      if (a.governor() != clause) continue;
      if (a.relation().startsWith("nsubj")) subject = true;
      first = Math.min(first, leftmost(sentence, a.dependent()));
    }
    if (!subject || first <= verb) return false;
    for (int t = verb + 1; t < first; t++) {
      if (sentence.token(t).pos().matches("[,.:`'\"()]+|-LRB-|-RRB-|HYPH|NFP")) return false;
    }
    return true;
  }

  private static int leftmost(Sentence sentence, int token) {
    int left = token;
    for (Arc a : sentence.arcs()) {
      if (a.governor() == token && a.dependent() < left) left = leftmost(sentence, a.dependent());
    }
    return left;
  }

  private static Set<String> reporting() {
    Set<String> verbs = new HashSet<>(StatedIntent.SPEECH);
    verbs.addAll(SentenceEvents.SPEECH);
    return Set.copyOf(verbs);
  }
}
