package parley.core.code;

import static parley.core.code.ModeClassifier.toInfinitive;

import java.util.Set;

/**
 * Negation of a predicate: a negator or "no" on its subject or object ("did not agree", "no troops
 * entered"), an act not done ("without consulting", "has yet to"), denied means ("had no capacity to")
 * or a failed act ("failed to reach agreement").
 */
final class Negation {
  private Negation() {}

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  static boolean negated(DependencyTree tree, int predicate) {
    for (int c : tree.children(predicate)) {
      String rel = tree.relation(c);
      String word = tree.token(c).lower();
      if ((rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(word)) return true;
      if (rel.equals("obj") || rel.startsWith("nsubj")) {
        for (int d : tree.children(c, "det")) {
          if (tree.token(d).lower().equals("no")) return true;
        }
      }
    }
    return false;
  }

  /** "had no capacity to carry out attacks", "there is no plan to attack": the noun the infinitive hangs on is denied. */
  static boolean noMeansTo(DependencyTree tree, int clause) {
    if (!toInfinitive(tree, clause)) return false;
    int head = tree.head(clause);
    if (head < 0 || head > clause) return false;
    String rel = tree.relation(clause);
    if (rel.equals("acl")) return deniedByNo(tree, head);
    if (!(rel.equals("xcomp") || rel.equals("ccomp"))) return false;
    int object = tree.firstChild(head, "obj");
    return object > head && object < clause && deniedByNo(tree, object);
  }

  private static boolean deniedByNo(DependencyTree tree, int noun) {
    return tree.token(noun).isNoun() && tree.children(noun, "det").stream().anyMatch(d -> tree.token(d).lower().equals("no"));
  }

  /**
   * "announced the plan without consulting X", "has yet to endorse", "is yet to meet": a clause marked
   * by "without" (or "instead of", "rather than"), or a to-infinitive of "have"/"be" with "yet", states an act not done.
   */
  static boolean notYetDone(DependencyTree tree, int clause) {
    if (!tree.token(clause).isVerb()) return false;
    for (int m : tree.children(clause, "mark")) {
      if (tree.lemma(m).equals("without")) return true;
    }
    if (insteadOf(tree, clause)) return true;
    int governor = tree.head(clause);
    if (governor < 0 || !tree.isToInfinitive(clause) || clause < governor) return false;
    String verb = tree.lemma(governor);
    if (!(verb.equals("have") || verb.equals("be"))) return false;
    for (int t : new int[] {clause, governor}) {
      for (int a : tree.children(t, "advmod")) {
        if (tree.lemma(a).equals("yet") && a < clause) return true;
      }
    }
    return false;
  }

  /**
   * "chided Obama for staying on vacation instead of making a visit", "went home rather than meeting
   * the envoy": a clause marked (or coordinated) by "instead of" or "rather than" is the act not done.
   */
  private static boolean insteadOf(DependencyTree tree, int clause) {
    for (int m : tree.children(clause)) {
      String rel = tree.relation(m);
      if (!(rel.equals("mark") || rel.equals("cc"))) continue;
      String word = tree.lemma(m);
      String fixed = word.equals("instead") ? "of" : word.equals("rather") ? "than" : "";
      if (fixed.isEmpty()) continue;
      for (int f : tree.children(m, "fixed")) {
        if (tree.lemma(f).equals(fixed)) return true;
      }
    }
    return false;
  }

  /** "The two sides failed to reach agreement": the act is the complement of "fail". */
  static boolean failed(DependencyTree tree, int predicate) {
    int governor = tree.head(predicate);
    return governor >= 0 && tree.relation(predicate).equals("xcomp") && tree.lemma(governor).equals("fail")
        && !negated(tree, governor);
  }
}
