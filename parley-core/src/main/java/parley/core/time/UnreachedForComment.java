package parley.core.time;

import java.util.Locale;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * "could not be reached for comment Saturday", "could not immediately confirm the report": a
 * negated "could" with a verb of reaching or checking is the past of "can", a try already made,
 * not a modal looking ahead. Stateless.
 */
final class UnreachedForComment {
  private static final Set<String> TRIED = Set.of("reach", "contact", "confirm", "verify", "comment", "locate",
      "find");

  private UnreachedForComment() {}

  static boolean isFailedTry(Sentence s, int verb) {
    if (!TRIED.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) return false;
    boolean could = false;
    boolean negated = false;
    for (Arc arc : s.dependents(verb)) {
      String w = s.token(arc.dependent()).text().toLowerCase(Locale.ROOT);
      if (arc.relation().startsWith("aux") && w.equals("could")) could = true;
      if (arc.baseRelation().equals("advmod") && (w.equals("not") || w.equals("n't"))) negated = true;
    }
    return could && negated;
  }
}
