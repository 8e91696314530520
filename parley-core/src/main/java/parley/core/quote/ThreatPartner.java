package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * "Iran threatened to resume enrichment on Friday unless it reaches a deal with the EU by then": who
 * threatens sets the deadline even when the condition is its own act; the one it must come to terms
 * with (an actor in a "with" phrase of the condition) is the addressee, never the threatener itself.
 */
final class ThreatPartner {
  private ThreatPartner() {}

  /** The actor in a "with" phrase inside the condition headed by {@code cond}, if any. */
  static Optional<ActorRef> of(Sentence s, int cond, DeadlineSentence sentence) {
    List<Integer> todo = new ArrayList<>(List.of(cond));
    while (!todo.isEmpty()) {
      int t = todo.remove(0);
      for (Arc arc : s.dependents(t)) {
        int d = arc.dependent();
        if (Set.of("advcl", "ccomp", "parataxis", "conj").contains(arc.baseRelation()) && t == cond) continue;
        if (Set.of("nmod", "obl").contains(arc.baseRelation()) && DeadlineParts.preposition(s, d).equals("with")
            && sentence.isActorAt(d)) {
          return Optional.of(sentence.actor(d));
        }
        if (Set.of("obj", "nmod", "obl", "xcomp").contains(arc.baseRelation())) todo.add(d);
      }
    }
    return Optional.empty();
  }
}
