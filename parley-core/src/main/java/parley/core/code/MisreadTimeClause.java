package parley.core.code;

import java.util.Set;

/**
 * "Police said they cordoned off the district after the man, armed with a rifle, killed one Malay": the
 * parser may read the time clause's subject as a phrase of the main verb ("after the man") and its verbs
 * as the main verb's conjuncts. The subject of those verbs is then the noun after "after", not the main
 * clause's subject: the police killed no one.
 */
final class MisreadTimeClause {
  /** Words that open a time clause: "after the man killed", "before the gunmen fled". */
  private static final Set<String> OPENERS = Set.of("after", "before", "until", "since", "once");

  private MisreadTimeClause() {}

  /**
   * The misread subject of {@code conjunct}, a subjectless conjunct of {@code head}: a noun marked by a
   * time word between the two, with an unlinked conjunct (no "and", "but") between it and {@code conjunct}
   * that opens its clause; -1 if none.
   */
  static int subject(DependencyTree tree, int head, int conjunct) {
    if (tree.firstChild(conjunct, "nsubj") >= 0 || tree.firstChild(conjunct, "nsubj:pass") >= 0) return -1;
    int noun = -1;
    // the phrase may hang on the main verb or on a conjunct before this one ("set up road blocks after the man")
    java.util.List<Integer> verbs = new java.util.ArrayList<>(java.util.List.of(head));
    for (int c : tree.children(head, "conj")) if (c < conjunct) verbs.add(c);
    for (int c : verbs.stream().flatMap(v -> tree.children(v).stream()).toList()) {
      if (c > head && c < conjunct && tree.relation(c).startsWith("obl") && tree.token(c).isNoun()
          && OPENERS.contains(tree.caseOf(c)) && !TimeWords.isTime(tree, c)) {
        noun = c;
      }
    }
    if (noun < 0) return -1;
    for (int c : tree.children(head, "conj")) {
      if (c > noun && c <= conjunct && tree.firstChild(c, "cc") < 0 && tree.firstChild(c, "nsubj") < 0) return noun;
    }
    return -1;
  }
}
