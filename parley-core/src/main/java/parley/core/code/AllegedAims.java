package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Hostile aims one actor reports of another: "Russia wants to block the election of a strong
 * government in Georgia and Moscow intends to undermine the peace process, said the spokesman".
 * Telling that another wants, intends or plans to do harm accuses it (CAMEO 112), whether or not the
 * harm itself is an event the lexicon codes.
 */
final class AllegedAims {
  /** Verbs that state an aim of their subject, which a to-infinitive names. */
  private static final Set<String> AIMING = Set.of("want", "intend", "plan", "seek", "aim", "plot", "scheme",
      "try", "attempt", "conspire");
  /** Acts that harm their object: their aim is an accusation when another tells it. */
  private static final Set<String> HARMING = Set.of("block", "undermine", "neutralise", "neutralize", "sabotage",
      "derail", "destabilise", "destabilize", "topple", "overthrow", "destroy", "dominate", "weaken", "subvert",
      "wreck", "torpedo", "scuttle", "obstruct", "occupy", "invade", "annex", "crush", "disrupt", "thwart",
      "cripple", "humiliate", "divide", "oust", "partition", "dismember", "encircle", "strangle", "blackmail");

  private AllegedAims() {}

  /**
   * The clauses a speech verb reports that state a hostile aim of their subject: the reported clause
   * and the clauses coordinated with it ("X wants to block ... and Y intends to undermine ...").
   */
  static List<Integer> reportedBy(DependencyTree tree, int speech) {
    List<Integer> out = new ArrayList<>(1);
    for (int clause : tree.children(speech, "ccomp")) {
      List<Integer> clauses = new ArrayList<>(tree.children(clause, "conj"));
      clauses.add(0, clause);
      for (int c : clauses) {
        if (hostileAim(tree, c)) out.add(c);
      }
    }
    return out;
  }

  private static boolean hostileAim(DependencyTree tree, int clause) {
    if (!AIMING.contains(tree.lemma(clause)) || !tree.token(clause).isVerb()) return false;
    for (int aim : tree.children(clause, "xcomp")) {
      if (HARMING.contains(tree.lemma(aim)) && tree.isToInfinitive(aim)) return true;
    }
    return false;
  }
}
