package parley.core.quote;

import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * What unnamed people hold of a passive subject without an infinitive: "the walk-off is considered
 * one of the largest" (the parser's object), "his charm is widely seen as an asset" (an "as"
 * phrase). Only verbs of judging take it; "is known as" names, it holds no view.
 */
final class PassivePredicate {
  private static final Set<String> JUDGING = Set.of("consider", "see", "view");

  private PassivePredicate() {}

  /** Whether {@code arc}, a dependent of the passive {@code verb}, is the predicate held of its subject. */
  static boolean isPredicate(Sentence sentence, int verb, Arc arc) {
    if (!JUDGING.contains(sentence.token(verb).lemma()) || arc.dependent() < verb) return false;
    if (arc.relation().equals("obj")) return true;
    return arc.baseRelation().equals("obl") && sentence.dependents(arc.dependent()).stream()
        .anyMatch(a -> a.relation().equals("case") && sentence.token(a.dependent()).lower().equals("as"));
  }
}
