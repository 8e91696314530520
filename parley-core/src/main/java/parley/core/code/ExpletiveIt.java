package parley.core.code;

import java.util.Set;

/**
 * "It is unclear whether ...", "It is important to ...", "It remains unclear whether ...": a dummy "it"
 * whose predicate (an adjective or noun after a copula, or the complement of "seem", "remain" and the
 * like) takes the clause the sentence is about. Such an "it" stands for no one and names no actor.
 */
final class ExpletiveIt {
  private static final Set<String> CLAUSES = Set.of("ccomp", "csubj", "xcomp");
  /** Verbs that take a predicate like a copula: "it seems likely that", "it remains unclear whether". */
  private static final Set<String> LINKING_VERBS = Set.of("seem", "appear", "remain", "become", "look");

  private ExpletiveIt() {}

  static boolean is(DependencyTree tree, int h) {
    if (!tree.token(h).lower().equals("it") || !tree.hasParse()) return false;
    if (tree.relation(h).equals("expl")) return true;
    if (!tree.relation(h).startsWith("nsubj")) return false;
    int predicate = tree.head(h);
    if (predicate < 0) return false;
    if (tree.firstChild(predicate, "cop") >= 0) return takesClause(tree, predicate);
    if (!LINKING_VERBS.contains(tree.lemma(predicate).toLowerCase(java.util.Locale.ROOT))) return false;
    for (int c : tree.children(predicate)) {
      if (tree.relation(c).equals("xcomp") && !tree.token(c).isVerb() && takesClause(tree, c)) return true;
    }
    return false;
  }

  private static boolean takesClause(DependencyTree tree, int predicate) {
    if (tree.token(predicate).isVerb()) return false;
    for (int c : tree.children(predicate)) {
      if (CLAUSES.contains(tree.relation(c)) && tree.token(c).isVerb()) return true;
    }
    return false;
  }
}
