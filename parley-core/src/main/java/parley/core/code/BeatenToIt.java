package parley.core.code;

import java.util.Set;

/**
 * "beat X to it", "beat Y to the punch", "beat a rival to the market": getting somewhere first is no
 * force; "beat the man to death", "to a pulp" is, and stays coded.
 */
final class BeatenToIt {
  /** Ends of a beating: with one of them "beat X to ..." is force. */
  private static final Set<String> HARM = Set.of("death", "pulp", "unconsciousness", "ground");

  private BeatenToIt() {}

  /** Whether "beat" at {@code verb} has a "to" phrase naming where the subject got first. */
  static boolean outpaced(DependencyTree tree, int verb) {
    if (!tree.lemma(verb).equals("beat")) return false;
    for (int c : tree.children(verb, "obl")) {
      if (tree.caseOf(c).equals("to") && !HARM.contains(tree.lemma(c))) return true;
    }
    return false;
  }
}
