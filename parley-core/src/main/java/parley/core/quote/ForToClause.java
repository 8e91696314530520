package parley.core.quote;

import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * "set a deadline for Israel to free the prisoners" parsed with the clause on the verb: a clause marked
 * by both "for" and "to" is the demanded act, and its subject the one it is demanded of, when that
 * subject is an actor ("a deadline for its offer to expire", "for the tariffs to take effect" demand
 * nothing of anybody).
 */
final class ForToClause {
  private ForToClause() {}

  static boolean of(Sentence s, int verb) {
    boolean forMark = false;
    boolean toMark = false;
    for (Arc arc : s.dependents(verb)) {
      if (!arc.baseRelation().equals("mark")) continue;
      forMark |= s.token(arc.dependent()).lower().equals("for");
      toMark |= s.token(arc.dependent()).lower().equals("to");
    }
    return forMark && toMark;
  }
}
