package parley.core.code;

import java.util.Set;
import parley.core.lexicon.VerbPattern;

/**
 * "Britain and France promised to cut taxes": joint subjects stating an intent (03) with a verb that is
 * not reciprocal intend the act together; the intent is toward each other only when the act intended
 * is itself mutual ("pledged to cooperate", "promised to meet", "are seeking to deepen a partnership")
 * or the thing offered is their bond ("offered cooperation").
 */
final class JointIntent {
  /** Adverbs that make an act a joint one between its doers: "to work together". */
  private static final Set<String> TOGETHER = Set.of("together", "jointly", "closely");

  private JointIntent() {}

  /** Whether joint subjects of {@code verb} state an intent toward no one of them. */
  static boolean towardNoOne(DependencyTree tree, int verb, int object, VerbPattern pattern) {
    if (!pattern.code().startsWith("03") || EventCoder.RECIPROCAL.contains(tree.lemma(verb))) return false;
    if (object >= 0 && EventCoder.RELATIONS.contains(tree.lemma(object))) return false;
    for (int act : tree.children(verb, "xcomp")) {
      if (mutual(tree, act)) return false;
    }
    for (int act : tree.children(verb, "ccomp")) {
      if (mutual(tree, act)) return false;
    }
    return true;
  }

  /** "to cooperate", "to meet", "to deepen ties", "to work together". */
  private static boolean mutual(DependencyTree tree, int act) {
    if (EventCoder.RECIPROCAL.contains(tree.lemma(act))) return true;
    for (int c : tree.children(act)) {
      if (tree.relation(c).equals("obj") && EventCoder.RELATIONS.contains(tree.lemma(c))) return true;
      if (tree.relation(c).equals("advmod") && TOGETHER.contains(tree.lemma(c))) return true;
    }
    return false;
  }
}
