package parley.core.quote;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * An infinitive the parser read as a prepositional phrase: after a day's number ("gave Ukraine until
 * March 31 to agree") CoreNLP tags "to" as a preposition and hangs the verb on the clause as an
 * oblique ("to/IN agree/VB obl"), even as a noun ("to/IN hand/NN over"). A base verb right after such
 * a "to", or a bare common noun right after a "to" that follows a number, is the infinitive.
 */
final class MisreadInfinitive {
  private MisreadInfinitive() {}

  /** The misread infinitive under {@code verb}, if any. */
  static Optional<Integer> under(Sentence s, int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (!Set.of("obl", "nmod").contains(arc.baseRelation())) continue;
      int d = arc.dependent();
      if (d < 2 || !s.token(d - 1).lower().equals("to")) continue;
      int to = d - 1;
      if (!s.head(to).map(a -> a.governor() == d && a.baseRelation().equals("case")).orElse(false)) continue;
      String pos = s.token(d).pos();
      if (pos.equals("VB") || pos.equals("NN") && s.token(to - 1).pos().equals("CD")) return Optional.of(d);
    }
    return Optional.empty();
  }
}
