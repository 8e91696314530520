package parley.core.code;

/**
 * The object two coordinated verbs share when it follows only the second ("met and praised Sweden",
 * "attacked and burned the village"): the parser hangs it on the second verb, but the first, with no
 * object of its own and nothing but "and"/"or"/"but" between the two, acts on it too.
 */
final class SharedObject {
  private SharedObject() {}

  /** The object of the verb right after {@code verb} in "V and V2 X", or -1. */
  static int of(DependencyTree tree, int verb) {
    if (verb + 2 >= tree.size() || !tree.token(verb).isVerb()) return -1;
    int next = verb + 2;
    if (tree.head(next) != verb || !tree.relation(next).equals("conj") || !tree.token(next).isVerb()) return -1;
    if (tree.head(verb + 1) != next || !tree.relation(verb + 1).equals("cc")) return -1;
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (rel.equals("obj") || rel.equals("iobj") || rel.equals("xcomp") || rel.equals("ccomp")
          || (c > verb && (rel.startsWith("obl") || rel.startsWith("compound:prt")))) {
        return -1;
      }
    }
    if (tree.firstChild(next, "nsubj") >= 0 || tree.firstChild(next, "nsubj:pass") >= 0) return -1;
    int obj = tree.firstChild(next, "obj");
    return obj > next ? obj : -1;
  }
}
