package parley.core.code;

import java.util.List;
import java.util.Set;

/**
 * A finite active verb coordinated with a passive one shares its subject: "it was committed to peace
 * and wanted to open negotiations" (it wants), "the rebels were routed and fled" (the rebels flee). A
 * coordinated participle ("was arrested and charged") stays passive, its agent the "by" phrase.
 */
final class ActiveConjunctSubject {
  /** Finite verb tags: a coordinated participle (VBN) shares the passive's auxiliary instead. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private ActiveConjunctSubject() {}

  /** The passive head's subjects when {@code conjunct} is a finite active verb coordinated with it; else none. */
  static List<Integer> of(DependencyTree tree, ClauseArguments args, int conjunct, int head) {
    if (!tree.relation(conjunct).equals("conj") || !FINITE.contains(tree.token(conjunct).pos())) return List.of();
    if (!args.isPassive(head) || args.isPassive(conjunct)) return List.of();
    return tree.children(head, "nsubj:pass");
  }
}
