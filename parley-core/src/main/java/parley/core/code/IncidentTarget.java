package parley.core.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;

/**
 * What an incident named in the target slot stands for, in the acts that are about an incident
 * rather than aimed at it: claiming responsibility for it (015) and expressing sympathy or sorrow
 * over it (018). Such an act is directed at those the incident hit: the actor it was aimed at
 * ("the bombing of the embassy", "an attack on X", "an attack targeting X"), else the place where it
 * happened ("the shootings in South Carolina", "an attack at a mall in Kenya's capital").
 */
final class IncidentTarget {
  /** The CAMEO codes of acts about an incident: claims of responsibility and sympathy. */
  private static final Set<String> ABOUT_INCIDENT = Set.of("015", "018");
  private static final List<String> AIMED = List.of("on", "against", "of");

  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;

  IncidentTarget(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
  }

  /** Whether acts of this code are about an incident. */
  static boolean appliesTo(String code) {
    return code.length() >= 3 && ABOUT_INCIDENT.contains(code.substring(0, 3));
  }

  /** The coded actor or place the incident headed by {@code incident} hit, if its phrase names one. */
  Optional<ActorMention> hit(int incident) {
    if (incident < 0) return Optional.empty();
    for (String preposition : AIMED) {
      Optional<ActorMention> aimed = coded(args.prepositional(incident, preposition));
      if (aimed.isPresent()) return aimed;
    }
    LocativePlace places = new LocativePlace(tree, actors);
    for (int clause : tree.children(incident)) {
      // "an attack targeting non-Muslims at a mall in Kenya's capital": the clause on the incident
      if (!tree.relation(clause).startsWith("acl") || !tree.token(clause).isVerb()) continue;
      Optional<ActorMention> aimed = coded(args.object(clause));
      if (aimed.isPresent()) return aimed;
      Optional<ActorMention> place = places.of(clause, -1);
      if (place.isPresent()) return place;
    }
    return places.inPhrase(incident);
  }

  private Optional<ActorMention> coded(int nominal) {
    if (nominal < 0) return Optional.empty();
    return actors.of(nominal).stream().filter(m -> m.actor().code().isPresent()).findFirst();
  }
}
