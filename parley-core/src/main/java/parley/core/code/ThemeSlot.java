package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import parley.core.doc.ActorMention;

/**
 * The receiver of an event noun hung on the thing it names: "Japan's offer of aid to Indonesia",
 * "a pledge of troops to the force": the noun's "of" phrase names what is offered, given or withdrawn
 * (no actor), and the pattern's slot ("to") the parser hung on that thing is the noun's own.
 */
final class ThemeSlot {
  private ThemeSlot() {}

  /** Actors in {@code slot} on {@code noun}'s "of" thing; empty when the "of" phrase is an actor or absent. */
  static List<ActorMention> targets(DependencyTree tree, ClauseArguments args, ActorIndex actors, int noun,
      String slot) {
    List<ActorMention> out = new ArrayList<>(1);
    if (slot.equals("of")) return out;
    for (int c : tree.children(noun)) {
      if (!tree.relation(c).startsWith("nmod") || !tree.caseOf(c).equals("of")) continue;
      int t = args.prepositional(c, slot);
      if (t < c) continue;
      // the thing is no actor of its own: any actor it names lies in the slot ("aid to Indonesia")
      if (actors.of(c).stream().anyMatch(m -> !tree.dominates(t, m.head()))) continue;
      out.addAll(actors.of(t));
    }
    return out;
  }
}
