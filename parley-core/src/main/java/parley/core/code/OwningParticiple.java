package parley.core.code;

import java.util.Set;

/**
 * A participle on a thing that names who has it: "targets belonging to Hamas", "a base used by US
 * forces", "a tanker owned by Iran". An act on the thing reaches its owner when no actor is named.
 */
final class OwningParticiple {
  /** Passive participles whose "by" phrase is the one who has the thing. */
  private static final Set<String> BY_HOLDER = Set.of("own", "use", "operate", "run", "hold", "control", "man",
      "occupy");

  private OwningParticiple() {}

  /** The token naming the one who has {@code thing}, or -1. */
  static int of(DependencyTree tree, ClauseArguments args, int thing) {
    if (thing < 0 || !tree.token(thing).isNoun()) return -1;
    for (int c : tree.children(thing)) {
      if (!tree.relation(c).equals("acl") || !tree.token(c).isVerb()) continue;
      String pos = tree.token(c).pos();
      if (tree.lemma(c).equals("belong") && pos.equals("VBG")) {
        int owner = args.prepositional(c, "to");
        if (owner >= 0) return owner;
      }
      if (BY_HOLDER.contains(tree.lemma(c)) && pos.equals("VBN")) {
        for (int owner : args.byPhrase(c)) return owner;
      }
    }
    return -1;
  }
}
