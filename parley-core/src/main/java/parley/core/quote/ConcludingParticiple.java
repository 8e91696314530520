package parley.core.quote;

import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * A present participle that goes on with a demanded act: "was ordered to make four releases this
 * month, concluding the process by Feb. 29" (parsed as "dep" or "advcl" of "make", or of "ordered"
 * beside its "to make"); it has no subject or marker of its own, so its date is the order's deadline.
 * "..., saying it would finish by June" reports speech instead, and is not one.
 */
final class ConcludingParticiple {
  private ConcludingParticiple() {}

  /** The demanded infinitive that {@code verb}, hung on its governor by {@code up}, goes on with, if it is such a participle. */
  static OptionalInt continued(Sentence s, int verb, Arc up) {
    int g = up.governor();
    if (g < 0 || g > verb || !Set.of("dep", "advcl").contains(up.baseRelation())) return OptionalInt.empty();
    if (!s.token(verb).pos().equals("VBG") || !s.token(g).isVerb()) return OptionalInt.empty();
    for (Arc arc : s.dependents(verb)) {
      // "saying it would finish by June" reports a clause
      if (Set.of("nsubj", "mark", "aux", "ccomp").contains(arc.baseRelation())) return OptionalInt.empty();
    }
    if (toMarked(s, g)) return OptionalInt.of(g);
    for (Arc arc : s.dependents(g)) {
      if (arc.baseRelation().equals("xcomp") && arc.dependent() < verb && toMarked(s, arc.dependent())) {
        return OptionalInt.of(arc.dependent());
      }
    }
    return OptionalInt.empty();
  }

  private static boolean toMarked(Sentence s, int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.baseRelation().equals("mark") && s.token(arc.dependent()).lower().equals("to")) return true;
    }
    return false;
  }
}
