package parley.core.code;

import java.util.List;
import parley.core.doc.ActorMention;

/**
 * The two sides of an event noun that is the subject of its clause, named by a "between" phrase the
 * clause's verb holds: "clashes broke out between the army and the rebels", "talks were held between
 * X and Y", "an agreement was signed between X and Y". The verb only tells that the event happened.
 */
final class BetweenOnVerb {
  private BetweenOnVerb() {}

  /** The actors of the "between" phrase on the verb whose subject {@code noun} is; empty when there is none. */
  static List<ActorMention> sides(DependencyTree tree, ClauseArguments args, ActorIndex actors, int noun) {
    int verb = tree.head(noun);
    if (verb < 0 || !tree.relation(noun).startsWith("nsubj") || !tree.token(verb).isVerb()) return List.of();
    int between = args.prepositional(verb, "between");
    return between > noun ? actors.of(between) : List.of();
  }
}
