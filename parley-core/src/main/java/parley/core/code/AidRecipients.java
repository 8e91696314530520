package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;

/** Whom aid given for a purpose serves: "assistance to help people in Somalia". */
final class AidRecipients {
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;

  AidRecipients(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
  }

  /**
   * "announced humanitarian assistance of 60 million euros to help people in Somalia", "is providing
   * assistance to meet the health needs of people impacted by flooding": aid (07) given for a purpose
   * reaches whom its infinitive serves: a coded actor, else the place they are in, else the uncoded
   * group a verb of helping names. "provided funds to build schools" serves no one named.
   */
  List<ActorMention> servedByAid(int verb, int object, String code) {
    if (!code.startsWith("07")) return List.of();
    List<Integer> clauses = new ArrayList<>(tree.children(verb, "xcomp"));
    if (object >= 0) {
      for (int c : tree.children(object)) {
        if (tree.relation(c).startsWith("acl") && !tree.relation(c).equals("acl:relcl")) clauses.add(c);
      }
    }
    LocativePlace places = new LocativePlace(tree, actors);
    for (int clause : clauses) {
      if (!tree.token(clause).isVerb() || !tree.isToInfinitive(clause)) continue;
      int servedOne = args.object(clause);
      List<ActorMention> found = actors.of(servedOne);
      if (!SentenceEvents.noCodedActor(found)) return found;
      Optional<ActorMention> place = places.of(clause, servedOne);
      if (place.isEmpty() && servedOne >= 0) place = places.inPhrase(servedOne);
      if (place.isPresent()) return List.of(place.get());
      if (!found.isEmpty() && HELPING.contains(tree.lemma(clause))) return found;
    }
    return List.of();
  }

  /** Verbs whose object is the one helped: "to help families", "to meet the needs of refugees". */
  private static final Set<String> HELPING = Set.of("help", "assist", "support", "aid", "meet", "feed", "serve",
      "benefit", "protect", "save", "relieve", "shelter", "house", "treat", "resettle", "rebuild");
}
