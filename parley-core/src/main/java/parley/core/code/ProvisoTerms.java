package parley.core.code;

import java.util.Set;

/**
 * Acts stated as the terms of a deal, not as done: "provided (that) Hamas frees the soldier",
 * "on condition that the government releases them", "as long as it lifts the sanctions", "aid
 * conditional on the release of the activists", "the withdrawal is contingent upon a ceasefire".
 * The condition, and the act that depends on it, are hypothetical, like a clause under "if".
 */
final class ProvisoTerms {
  private ProvisoTerms() {}

  /** Adjectives of dependence that take "on"/"upon": what they name hangs on a condition. */
  private static final Set<String> DEPENDENT = Set.of("conditional", "contingent", "dependent", "conditioned",
      "predicated");
  private static final Set<String> ON = Set.of("on", "upon");
  /** Participles read as the conjunction "provided that". */
  private static final Set<String> PROVIDED = Set.of("provided", "providing");
  /** Nouns of a condition set: "on condition that", "on the condition that". */
  private static final Set<String> CONDITION_NOUNS = Set.of("condition", "proviso", "precondition");

  /** The predicate, or a clause or phrase it belongs to, states a condition of a deal. */
  static boolean underProviso(DependencyTree tree, int predicate) {
    int t = predicate;
    for (int depth = 0; depth < 5 && t >= 0; depth++) {
      if (dependsOn(tree, t) || providedClause(tree, t) || asLongAs(tree, t)) return true;
      int head = tree.head(t);
      if (head < 0) return false;
      if (t > head && providedWord(tree, head)) return true; // "..., provided that Hamas frees the soldier"
      if (t > head && conditionNoun(tree, head)) return true; // "on condition that X releases them"
      String rel = tree.relation(t);
      if (rel.equals("root") || rel.startsWith("nsubj") || rel.equals("parataxis")) return false;
      t = head;
    }
    return false;
  }

  /**
   * An event noun that hangs on a condition: "conditional on the release of X" (the condition) and
   * "aid conditional on ...", "the withdrawal is contingent upon ..." (what depends on it).
   */
  static boolean conditionedNoun(DependencyTree tree, int noun) {
    if (dependsOn(tree, noun)) return true;
    for (int c : tree.children(noun)) {
      if (tree.relation(c).equals("amod") && dependentWithTerms(tree, c)) return true; // "a withdrawal, conditional on"
    }
    int head = tree.head(noun);
    return head >= 0 && tree.relation(noun).startsWith("nsubj") && dependentWithTerms(tree, head); // "aid is conditional on"
  }

  /** "conditional on the release": the phrase's "on" follows an adjective of dependence. */
  private static boolean dependsOn(DependencyTree tree, int t) {
    for (int c : tree.children(t)) {
      String rel = tree.relation(c);
      if ((rel.equals("case") || rel.equals("mark")) && ON.contains(tree.token(c).lower()) && c > 0
          && DEPENDENT.contains(tree.token(c - 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /** An adjective of dependence with its "on" phrase: "is conditional on X". */
  private static boolean dependentWithTerms(DependencyTree tree, int adjective) {
    if (!DEPENDENT.contains(tree.token(adjective).lower())) return false;
    int next = adjective + 1;
    return next < tree.size() && ON.contains(tree.token(next).lower());
  }

  /** A clause marked by "provided" or "providing" ("providing Washington lifts its sanctions"). */
  private static boolean providedClause(DependencyTree tree, int clause) {
    for (int c : tree.children(clause, "mark")) {
      if (PROVIDED.contains(tree.token(c).lower())) return true;
    }
    return false;
  }

  /**
   * "provided" as a conjunction: after a comma or before "that", with no subject or auxiliary of its
   * own, not the sentence's root nor a reduced relative ("the aid provided to Yemen").
   */
  private static boolean providedWord(DependencyTree tree, int t) {
    if (!PROVIDED.contains(tree.token(t).lower())) return false;
    if (tree.head(t) < 0 || tree.relation(t).equals("root") || tree.relation(t).startsWith("acl")) return false;
    boolean afterComma = t > 0 && tree.token(t - 1).text().equals(",");
    boolean beforeThat = t + 1 < tree.size() && tree.token(t + 1).lower().equals("that");
    if (!afterComma && !beforeThat) return false;
    for (int c : tree.children(t)) {
      String rel = tree.relation(c);
      if (rel.startsWith("nsubj") || rel.startsWith("aux")) return false; // "the US provided that aid", "was provided"
    }
    return true;
  }

  /** "on (the) condition that": the clause belongs to a condition noun taken with "on" or "upon". */
  private static boolean conditionNoun(DependencyTree tree, int noun) {
    if (!CONDITION_NOUNS.contains(tree.lemma(noun))) return false;
    for (int c : tree.children(noun, "case")) {
      if (ON.contains(tree.token(c).lower())) return true;
    }
    return false;
  }

  /** "as long as", "so long as": a clause marked "as" after "as long" or "so long". */
  private static boolean asLongAs(DependencyTree tree, int clause) {
    for (int c : tree.children(clause, "mark")) {
      if (!tree.token(c).lower().equals("as") || c < 2) continue;
      String before = tree.token(c - 2).lower();
      if (tree.token(c - 1).lower().equals("long") && (before.equals("as") || before.equals("so"))) return true;
    }
    return false;
  }
}
