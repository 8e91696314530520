package parley.core.quote;

import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * The subject of a passive clause is what is done, not who must do it: "if an agreement is not
 * reached by Friday", "required the recorders to be installed by May" name no addressee (the
 * agreement and the recorders are no one asked to act).
 */
final class PassiveTheme {
  private PassiveTheme() {}

  /** Whether the clause of {@code verb} is passive ("is not reached", "to be installed"). */
  static boolean of(Sentence s, int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().equals("nsubj:pass") || arc.relation().equals("aux:pass")) return true;
    }
    return false;
  }
}
