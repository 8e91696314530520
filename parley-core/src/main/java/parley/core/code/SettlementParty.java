package parley.core.code;

import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;

/** The other party of a settlement a concession follows: "called off the strike after the deal with X". */
final class SettlementParty {
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;

  SettlementParty(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
  }

  /** Nouns of a settlement reached with the other side. */
  private static final Set<String> SETTLEMENTS = Set.of("agreement", "deal", "accord", "settlement", "compromise");
  /** Verbs by which the other side settles: its subject is the party ("after the government accepted"). */
  private static final Set<String> SETTLING = Set.of("accept", "agree", "concede", "meet", "grant");

  /**
   * "called off the strike after the agreement with the government", "ended their strike hours after
   * reaching a deal with the ministry", "after the government accepted to pay": a concession made
   * after a settlement is made to the other party of the settlement. Looked for in the "after"
   * phrases and clauses below the verb, wherever the parser hangs them.
   */
  List<ActorMention> partyToSettlement(int verb) {
    for (int after : tree.subtree(verb)) {
      if (!tree.markedBy(after, "after")) continue;
      for (int t : tree.subtree(after)) {
        List<ActorMention> found = List.of();
        if (SETTLEMENTS.contains(tree.lemma(t))) {
          found = actors.of(args.prepositional(t, "with"));
          if (SentenceEvents.noCodedActor(found) && tree.head(t) >= 0) found = actors.of(args.prepositional(tree.head(t), "with"));
        } else if (tree.token(t).isVerb() && SETTLING.contains(tree.lemma(t))) {
          found = actors.of(tree.firstChild(t, "nsubj"));
        }
        if (found.stream().anyMatch(SentenceEvents::actorLike)) return found;
      }
    }
    return List.of();
  }
}
