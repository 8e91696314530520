package parley.core.time;

import java.util.Locale;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * A clause in the mandative subjunctive: "ordered that the records be released by Thursday",
 * "demanded that he leave by Friday". A base form with no "to", modal or tensed auxiliary, or a
 * passive built on a bare "be", after "that": what is ordered so is still to be done. Stateless.
 */
final class MandativeSubjunctive {
  private MandativeSubjunctive() {}

  static boolean is(Sentence s, int verb) {
    String pos = s.token(verb).pos();
    boolean thatClause = false;
    boolean bareBe = false;
    for (Arc arc : s.dependents(verb)) {
      String word = s.token(arc.dependent()).text().toLowerCase(Locale.ROOT);
      if (arc.baseRelation().equals("mark") && word.equals("that")) thatClause = true;
      if (arc.relation().startsWith("aux")) {
        if (word.equals("be") && s.token(arc.dependent()).pos().equals("VB")) bareBe = true;
        else return false;
      }
    }
    if (!thatClause) return false;
    return pos.equals("VB") || (pos.equals("VBN") && bareBe);
  }
}
