package parley.core.code;

import java.util.Set;

/**
 * An infinitive opened by a wh-word is a course weighed, not an act done: "considers how to attack
 * Sanders", "debated whether to strike", "decide when to withdraw the troops". The act it names is
 * hypothetical.
 */
final class WeighedInfinitive {
  private static final Set<String> WH = Set.of("how", "whether", "when", "where", "what", "which", "who", "whom");

  private WeighedInfinitive() {}

  /** Whether clause {@code t} is a "to" infinitive with a wh-word of its own or on its object. */
  static boolean of(DependencyTree tree, int t) {
    if (!tree.isToInfinitive(t)) return false;
    for (int c : tree.children(t)) {
      if (c < t && WH.contains(tree.token(c).lower())) return true;
    }
    return false;
  }
}
