package parley.core.time;

import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * The first verb of a coordination. Conjuncts hang on the first one, but the parser often hangs a
 * verb on a participle between them: in "On Sunday the pastor stood at the pulpit and, citing a verse,
 * endorsed the senator", "endorsed" hangs on "citing", whose tense says nothing of "endorsed"'s.
 * Stateless.
 */
final class ConjunctChain {
  private ConjunctChain() {}

  /** The verb at the head of the chain of conjuncts {@code verb} belongs to; {@code verb} itself if none. */
  static int first(Sentence sentence, int verb) {
    int current = verb;
    for (int steps = 0; steps < sentence.size(); steps++) {
      Optional<Arc> arc = sentence.head(current);
      if (arc.isEmpty() || arc.get().governor() < 0 || !arc.get().baseRelation().equals("conj")) return current;
      current = arc.get().governor();
    }
    return current;
  }
}
