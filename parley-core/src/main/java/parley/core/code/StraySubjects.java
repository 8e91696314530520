package parley.core.code;

import java.util.ArrayList;
import java.util.List;

/**
 * A clause the parser gave two subjects: "considering that position of the other side, we are
 * coordinating with them" (both "position" and "we" hang on "coordinating" as subjects). Joint
 * subjects are conjoined, never two subjects of one verb, so a subject set off from the one nearest
 * the verb by a comma is a stray from a phrase before it (names listed with a comma for "and", as
 * headlines do, excepted). One that runs straight into it ("The
 * Singapore, London and New York authorities", split by the parser) is part of its phrase and kept.
 */
final class StraySubjects {
  private StraySubjects() {}

  /** {@code subjects} of {@code verb} without the strays. */
  static List<Integer> dropped(DependencyTree tree, List<Integer> subjects, int verb) {
    if (subjects.size() < 2) return subjects;
    int nearest = -1;
    for (int s : subjects) {
      if (s < verb && s > nearest) nearest = s;
    }
    if (nearest < 0) return subjects;
    List<Integer> kept = new ArrayList<>();
    for (int s : subjects) {
      if (s == nearest || !commaBetween(tree, s, nearest) || listedName(tree, s, nearest)) kept.add(s);
    }
    return kept;
  }

  /**
   * "FRANCE, GERMANY SET TO BEGIN TALKS": names listed with a comma for "and" (headline style) are
   * joint subjects, unless the subject by the verb is a pronoun ("..., we are").
   */
  private static boolean listedName(DependencyTree tree, int stray, int nearest) {
    return tree.token(stray).pos().startsWith("NNP") && !tree.token(nearest).pos().equals("PRP");
  }

  /** Whether a comma lies after the phrase of {@code subject} and before {@code nearest}. */
  private static boolean commaBetween(DependencyTree tree, int subject, int nearest) {
    int end = subject;
    for (int t : tree.subtree(subject)) {
      if (t < nearest) end = Math.max(end, t);
    }
    for (int t = end + 1; t < nearest; t++) {
      if (tree.token(t).text().equals(",")) return true;
    }
    return false;
  }
}
