package parley.core.code;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;

/**
 * Source and target pairs of one side: the source's own forces or own stance are no target; one
 * phrase may still name two sides ("British and EU negotiators", "the two sides").
 */
final class SameSidePairs {
  private SameSidePairs() {}

  /** Roots of what one may say to one's own people: "the parties urged their refugees to boycott the vote". */
  static final Set<String> SAID_TO_OWN = Set.of("02", "10", "11", "12");

  /**
   * "Egypt agreed to withdraw its troops": the source's own forces are not a target. A named person
   * is not owned ("released his deputy Jacob Zuma").
   */
  static boolean ownedBySource(DependencyTree tree, ActorMention source, ActorMention target) {
    if (target.sentence() != tree.sentence().index() || source.actor().code().isEmpty()
        || target.actor().code().isEmpty() || DistinctPeople.isNamedPerson(target)) {
      return false;
    }
    boolean ownPronoun = tree.children(target.head(), "nmod:poss").stream()
        .anyMatch(p -> tree.token(p).pos().equals("PRP$"));
    return ownPronoun && ActorCodes.country(source.actor().code().get())
        .equals(ActorCodes.country(target.actor().code().get()));
  }

  /**
   * "Egypt's foreign ministry expressed Egypt's solidarity", "the US ambassador promised Washington's
   * support": the possessor of what the source expresses or offers is the source's own country, not
   * the one it is offered to.
   */
  static boolean ownStance(DependencyTree tree, int object, ActorMention source, ActorMention target) {
    if (object < 0 || target.sentence() != tree.sentence().index() || tree.head(target.head()) != object
        || !tree.relation(target.head()).equals("nmod:poss") || !STANCES.contains(tree.lemma(object))) {
      return false;
    }
    Optional<String> own = source.actor().code().map(ActorCodes::country);
    Optional<String> owner = target.actor().code().map(ActorCodes::country);
    return own.isPresent() && own.equals(owner) && !DistinctPeople.isNamedPerson(target);
  }

  /** What one expresses, offers or conveys as one's own: "Egypt's solidarity", "Washington's support". */
  private static final Set<String> STANCES = Set.of("support", "solidarity", "backing", "sympathy", "condolence",
      "condolences", "commitment", "gratitude", "appreciation", "readiness", "willingness");

  static boolean coordinatedSides(ActorMention source, ActorMention target) {
    if (source.how().equals("dyad") && target.how().equals("dyad")) return true; // "the two sides": one phrase, two actors
    return source.sentence() == target.sentence() && source.head() == target.head()
        && !source.actor().span().overlaps(target.actor().span());
  }
}
