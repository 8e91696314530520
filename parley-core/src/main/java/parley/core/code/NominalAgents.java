package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Agents of an event noun that the noun's own possessor, adjective or "by" phrase does not give.
 * A "by" phrase the parser hung on the noun's "of" object names the noun's agent ("the release of the
 * sailors by Iran", "the expulsion of diplomats by Britain"). The "of" phrase of a noun whose event has
 * no object (a visit, a withdrawal, a deployment, a resignation) is its doer ("the visit of the Chinese
 * president to Russia", "the withdrawal of Israeli troops from Gaza"), unless a possessor names
 * the doer ("its withdrawal of troops").
 */
final class NominalAgents {
  /** Event nouns of acts with no object: their "of" phrase names who acts (the subjective genitive). */
  private static final Set<String> DOER_OF = Set.of("visit", "trip", "withdrawal", "pullout", "pull-out",
      "retreat", "resignation", "walkout", "deployment");

  private NominalAgents() {}

  /** The tokens naming the agent of {@code noun} by these two readings; empty when neither applies. */
  static List<Integer> of(DependencyTree tree, int noun) {
    List<Integer> out = new ArrayList<>(1);
    for (int c : tree.children(noun)) {
      if (!tree.relation(c).startsWith("nmod") || !tree.caseOf(c).equals("of")) continue;
      for (int b : tree.children(c)) {
        if (b > c && tree.relation(b).startsWith("nmod") && tree.caseOf(b).equals("by")) out.add(b);
      }
      // "its withdrawal of troops": with a possessor the "of" phrase is what is withdrawn
      if (out.isEmpty() && DOER_OF.contains(tree.lemma(noun)) && tree.firstChild(noun, "nmod:poss") < 0) out.add(c);
    }
    return out;
  }
}
