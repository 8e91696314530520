package parley.core.code;

import java.util.Set;

/**
 * "The only way out is for Washington to join forces with Moscow", "it is time for Iran to talk":
 * an infinitive whose subject "for" introduces tells what should or could be done, not what was
 * done (hypothetical); except where the time an act took is told ("it took a week for the troops to
 * reach the town").
 */
final class ForSubjectClause {
  /** Governors of a "for X to" clause that tell of an act done: the time or wait it took. */
  private static final Set<String> DONE = Set.of("take", "wait", "need");

  private ForSubjectClause() {}

  /** Whether {@code predicate} is a "for X to do" infinitive of what is not done. */
  static boolean irrealis(DependencyTree tree, int predicate) {
    if (!tree.isToInfinitive(predicate) || !tree.markedBy(predicate, "for")) return false;
    if (tree.firstChild(predicate, "nsubj") < 0) return false;
    int head = tree.head(predicate);
    return head < 0 || !DONE.contains(tree.lemma(head));
  }
}
