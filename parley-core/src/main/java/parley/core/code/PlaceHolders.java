package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;

/** The coded actors that hold a place: "withdraw from the rebel-held mountains" is done to the rebels. */
final class PlaceHolders {
  private final DependencyTree tree;
  private final ActorIndex actors;

  PlaceHolders(DependencyTree tree, ActorIndex actors) {
    this.tree = tree;
    this.actors = actors;
  }

  /** Participles of holding a place: "rebel-held", "army-controlled", "Taliban-dominated". */
  private static final Set<String> HOLDING = Set.of("hold", "control", "dominate", "occupy", "run", "seize", "capture");

  /** The coded actors a place phrase says hold it: "the rebel-dominated mountains", "the rebels' stronghold". */
  List<ActorMention> holdersOf(int place) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : tree.children(place)) {
      String rel = tree.relation(c);
      if (rel.equals("nmod:poss")) out.addAll(actors.of(c));
      boolean holding = (rel.equals("amod") || rel.startsWith("acl")) && tree.token(c).pos().equals("VBN")
          && HOLDING.contains(tree.lemma(c));
      if (!holding) continue;
      for (int h : tree.children(c)) {
        String hr = tree.relation(h);
        if (hr.startsWith("obl") || hr.equals("compound") || hr.startsWith("nmod") || hr.equals("npadvmod")
            || hr.equals("obl:npmod")) {
          out.addAll(actors.of(h));
        }
      }
    }
    out.removeIf(m -> m.actor().code().isEmpty());
    return out.stream().distinct().toList();
  }
}
