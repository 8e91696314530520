package parley.core.code;

import java.util.Set;

/**
 * "I want people to know that I understand these issues", "we want them to understand": wanting
 * someone to know, understand or remember something tells them it; it asks them to do nothing, so it
 * is no appeal (020), unlike "wants Kyiv to withdraw".
 */
final class WishToBeKnown {
  private static final Set<String> KNOWING = Set.of("know", "understand", "realize", "realise", "remember",
      "recognize", "recognise");

  private WishToBeKnown() {}

  /** Whether the wished act {@code clause} ("to know") is a verb of knowing. */
  static boolean is(DependencyTree tree, int clause) {
    return KNOWING.contains(tree.lemma(clause));
  }
}
