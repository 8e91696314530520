package parley.core.code;

import java.util.Set;
import parley.core.doc.Mode;

/**
 * What the governor or field of a stated or sought act says about its verbal counterpart: only
 * planned, threatened, sought by its subject, or cooperation in an economic field.
 */
final class VerbalCounterparts {
  private VerbalCounterparts() {}

  /** Verbs by which the subject states its aim: "seeks to", "aims to", "strives to", "hopes to", "looks to". */
  private static final Set<String> AIMING = Set.of("seek", "aim", "strive", "endeavour", "endeavor", "hope", "look",
      "wish");
  /** Fields of economic cooperation ("a partnership in energy", "trade ties", "economic cooperation"). */
  private static final Set<String> ECONOMIC_FIELDS = Set.of("economic", "economy", "trade", "energy", "investment",
      "business", "commercial", "commerce", "financial", "finance", "oil", "gas", "industrial", "industry",
      "agricultural", "agriculture", "biofuel", "nuclear-energy", "banking", "market");
  /** Plans and wishes: "planned to travel", "wants to visit", "intends to meet". */
  private static final Set<String> PLANS = Set.of("plan", "want", "intend", "wish");

  /** The act is only planned or wished for by its agent ("planned to travel to Sarajevo"). */
  static boolean plannedOnly(DependencyTree tree, int predicate) {
    int governor = tree.head(predicate);
    return governor >= 0 && tree.relation(predicate).equals("xcomp") && PLANS.contains(tree.lemma(governor));
  }

  /** The act is what its agent threatened to do ("threatened to withdraw", "warned it would leave"). */
  static boolean threatened(DependencyTree tree, int predicate) {
    int governor = tree.head(predicate);
    String rel = tree.relation(predicate);
    return governor >= 0 && (rel.equals("xcomp") || rel.equals("ccomp"))
        && (tree.lemma(governor).equals("threaten") || tree.lemma(governor).equals("warn"));
  }

  /** The predicate is the to-infinitive of an asserted aim of its subject ("are seeking to deepen ties"). */
  static boolean soughtBySubject(DependencyTree tree, int predicate) {
    int head = tree.head(predicate);
    return head >= 0 && tree.relation(predicate).equals("xcomp") && AIMING.contains(tree.lemma(head))
        && tree.token(head).isVerb() && ModeClassifier.of(tree, head) == Mode.ASSERTED;
  }

  /** The cooperation is in an economic field: its object's or predicate's words name one. */
  static boolean economicField(DependencyTree tree, ClauseArguments args, int predicate, int object) {
    int done = object >= 0 ? object : args.object(predicate); // coded among the sides, with no object passed
    for (int head : new int[] {predicate, done}) {
      if (head < 0) continue;
      if (ECONOMIC_FIELDS.contains(tree.lemma(head))) return true;
      for (int c : tree.children(head)) {
        String rel = tree.relation(c);
        boolean modifier = rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod") || rel.startsWith("obl");
        if (modifier && ECONOMIC_FIELDS.contains(tree.lemma(c))) return true;
      }
    }
    return false;
  }
}
