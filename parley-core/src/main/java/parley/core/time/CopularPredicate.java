package parley.core.time;

import java.util.Optional;
import java.util.OptionalInt;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * A copular clause is a clause of its own though its head is no verb: in "the minister asked, repeating
 * a claim that the general was responsible for the raids of March 3, 2015", the date lies in the clause
 * headed by "responsible", not in the clause of "asked" that the climb to the nearest verb reaches.
 * Stateless.
 */
final class CopularPredicate {
  private CopularPredicate() {}

  /**
   * The predicate with a copula ("was responsible") met on the way up from {@code token} to
   * {@code clause}, the verb whose clause it was found in; else {@code clause}.
   */
  static OptionalInt clauseOf(Sentence sentence, int token, OptionalInt clause) {
    if (clause.isEmpty()) return clause;
    int current = token;
    for (int steps = 0; steps < sentence.size() && current != clause.getAsInt(); steps++) {
      if (hasCopula(sentence, current)) return OptionalInt.of(current);
      Optional<Arc> arc = sentence.head(current);
      if (arc.isEmpty() || arc.get().governor() < 0) break;
      current = arc.get().governor();
    }
    return clause;
  }

  private static boolean hasCopula(Sentence sentence, int token) {
    return sentence.dependents(token).stream().anyMatch(a -> a.baseRelation().equals("cop"));
  }
}
