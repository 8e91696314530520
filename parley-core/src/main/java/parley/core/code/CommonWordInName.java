package parley.core.code;

import java.util.Set;

/**
 * "the Girl Scouts", "Men Against Violence": a common word for people (a girl, men, women) written with a
 * capital inside a sentence is a word of a name, not people of the story's country; it names no actor
 * by itself.
 */
final class CommonWordInName {
  private static final Set<String> OPENING_PUNCT = Set.of("``", "\"", "'", "`", "(", "-LRB-", "--", ":", "-");

  private CommonWordInName() {}

  /** Whether role word {@code h} ({@code role} its code) is a capitalised people's word inside a sentence. */
  static boolean is(DependencyTree tree, int h, String role) {
    if (role == null || !role.equals("CVL")) return false;
    String word = tree.token(h).text();
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (int t = h - 1; t >= 0; t--) {
      if (!OPENING_PUNCT.contains(tree.token(t).text())) return true;
    }
    return false; // the sentence's first word is capitalised anyway
  }
}
