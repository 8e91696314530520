package parley.core.code;

import java.util.Set;

/**
 * "Taiwan urged South Korea to act, encouraging its businessmen": "its" stands for the subject of the
 * clause it is in, not for the nearest name. The clause's subject is its own, else, for a clause with none
 * (an infinitive or participle), the subject the grammar lends it: the object of a verb like "urge" or
 * "tell" for an infinitive ("told Iran to halt its enrichment": Iran), else the governing clause's
 * subject ("encouraging" shares Taiwan's; a participle set off by a comma always shares the main clause's,
 * wherever the parser attaches it).
 */
final class PossessorClauseSubject {
  private static final Set<String> SUBJECTLESS = Set.of("xcomp", "advcl", "conj", "acl", "dep");

  private PossessorClauseSubject() {}

  /** The token heading the subject of the clause holding possessive {@code pronoun}; -1 when none is found. */
  static int of(DependencyTree tree, int pronoun) {
    if (!tree.hasParse()) return -1;
    int v = tree.head(pronoun);
    boolean setOff = false; // ", encouraging its ...": a participle set off by a comma shares the main subject
    // up to the clause's predicate: the first ancestor with a subject or a clausal relation
    for (int guard = 0; v >= 0 && guard < tree.size(); guard++) {
      int subject = subjectOf(tree, v);
      if (subject >= 0) return subject;
      String rel = tree.relation(v);
      if (SUBJECTLESS.contains(rel) && tree.token(v).isVerb()) {
        int governor = tree.head(v);
        if (governor < 0) return -1;
        if (tree.token(v).pos().equals("VBG") && v > 0 && tree.token(v - 1).text().equals(",")) setOff = true;
        if (rel.equals("xcomp") && !setOff) {
          int object = tree.firstChild(governor, "obj");
          if (object >= 0) return object;
        }
        v = governor;
        continue;
      }
      if (tree.token(v).isVerb() || rel.equals("root")) return -1;
      v = tree.head(v);
    }
    return -1;
  }

  private static int subjectOf(DependencyTree tree, int v) {
    for (int c : tree.children(v)) {
      if (tree.relation(c).equals("nsubj") || tree.relation(c).equals("nsubj:pass")) return c;
    }
    return -1;
  }
}
