package parley.core.code;

import static parley.core.code.ModeClassifier.CLAUSE_LINKS;

import java.util.Set;

/** Conditions and questions: a predicate under "if", "unless", "once", or in a question, asserts nothing. */
final class ConditionalClauses {
  private ConditionalClauses() {}

  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "once");

  static boolean conditional(DependencyTree tree, int clause) {
    for (int c : tree.children(clause, "mark")) {
      if (CONDITIONS.contains(tree.token(c).lower())) return true;
    }
    return false;
  }

  /** The predicate or a clause it belongs to is a condition ("if", "unless", "once"). */
  static boolean underCondition(DependencyTree tree, int predicate) {
    int t = predicate;
    for (int depth = 0; depth < 6; depth++) {
      int head = tree.head(t);
      if (head < 0) return false;
      String rel = tree.relation(t);
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      if (base.equals("advcl") && conditional(tree, t)) return true;
      if (!CLAUSE_LINKS.contains(base) || base.equals("advcl") || base.equals("acl")) return false;
      if (base.equals("conj") && tree.firstChild(t, "nsubj") >= 0) return false;
      t = head;
    }
    return false;
  }

  private static final Set<String> CLOSERS = Set.of("\"", "''", "'", "\u201d", "\u2019", ")", "-RRB-");

  /** "Will Russia attack?", "Did Iran fund them?": a question asserts nothing of its main clause. */
  static boolean question(DependencyTree tree, int predicate) {
    int last = tree.size() - 1;
    while (last >= 0 && CLOSERS.contains(tree.token(last).text())) last--;
    if (last < 0 || !tree.token(last).text().equals("?")) return false;
    for (int t = predicate; t >= 0; t = tree.head(t)) {
      String rel = tree.relation(t);
      if (rel.equals("acl:relcl") || rel.equals("acl") || rel.equals("advcl")) return false;
    }
    return true;
  }
}
