package parley.core.time;

import java.util.Locale;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * English tells what is still to come in the present tense inside a clause of condition or time:
 * "if he is the nominee in November", "unless the court rules otherwise on Friday", "what happens
 * after the votes have been counted in November". A time on such a clause lies ahead. A past or
 * modal form in the clause ("if he won in March", "if she would run in May") decides nothing
 * here, nor does a headline, whose present tells the past. Stateless.
 */
final class PresentForFuture {
  /** Subordinators after which a present tense stands for what is to come. */
  private static final Set<String> MARKS = Set.of("if", "unless", "once", "when", "whenever", "whether", "until", "till",
      "after", "before");

  private PresentForFuture() {}

  /** Whether {@code verb} heads a present-tense clause of condition or time. */
  static boolean pointsAhead(Sentence s, int verb) {
    if (s.section() == Section.TITLE) return false;
    boolean marked = false;
    boolean present = isPresent(s.token(verb));
    for (Arc arc : s.dependents(verb)) {
      Token t = s.token(arc.dependent());
      String rel = arc.baseRelation();
      if (rel.equals("mark") && MARKS.contains(t.text().toLowerCase(Locale.ROOT))) marked = true;
      if (rel.equals("aux") || rel.equals("aux:pass") || rel.equals("cop") || arc.relation().startsWith("aux")) {
        // "if he would run", "after it was counted": a modal or past form is no present for the future
        if (t.pos().equals("MD") || t.pos().equals("VBD")) return false;
        if (isPresent(t)) present = true;
      }
    }
    return marked && present;
  }

  private static boolean isPresent(Token t) {
    return t.pos().equals("VBZ") || t.pos().equals("VBP");
  }
}
