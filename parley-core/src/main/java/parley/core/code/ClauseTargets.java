package parley.core.code;

import static parley.core.code.ActAuthors.REQUESTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;

/**
 * Targets named by a clause around the verb when its slots name none: the object of a complement
 * ("agreed to send troops to Uganda"), whom a purpose serves, the actor awaited by an "until" clause,
 * the actor whose act a complaint answers.
 */
final class ClauseTargets {
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;
  private final ActAuthors acts;

  ClauseTargets(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
    this.acts = new ActAuthors(tree, actors, args);
  }

  private static final Set<String> CONDITIONS = Set.of("until", "unless", "till");

  /** "will not end the strike until the government raises wages": the actor whose act is awaited. */
  List<ActorMention> conditionSubject(int verb) {
    for (int clause : tree.children(verb)) {
      if (!tree.relation(clause).startsWith("advcl")) continue;
      boolean condition = false;
      for (int m : tree.children(clause, "mark")) condition |= CONDITIONS.contains(tree.lemma(m));
      if (!condition) continue;
      // "until the government raises wages"; "until their demands are met by the government": the passive's agent
      List<Integer> awaited = args.isPassive(clause) ? args.byPhrase(clause) : tree.children(clause, "nsubj");
      for (int subject : awaited) {
        List<ActorMention> found = actors.of(subject);
        if (found.stream().anyMatch(SentenceEvents::actorLike)) return found;
      }
    }
    return List.of();
  }

  /** Conjunctions of a clause that tells what a complaint or criticism answers. */
  private static final String[] PROVOCATIONS = {"after", "because", "when"};

  /**
   * "China protested after Japanese ministers visited the shrine": disapproval with no one named is
   * aimed at the actor whose act it answers, the subject of its "after", "because" or "when" clause.
   */
  List<ActorMention> provokingActor(int verb) {
    for (int clause : tree.children(verb)) {
      if (!tree.relation(clause).startsWith("advcl") || args.isPassive(clause)) continue;
      if (!tree.markedBy(clause, PROVOCATIONS)) continue;
      for (int subject : tree.children(clause, "nsubj")) {
        List<ActorMention> found = actors.of(subject);
        if (!SentenceEvents.noCodedActor(found)) return found;
      }
    }
    return List.of();
  }

  /** "provided assistance to support Syrian refugees": the actor the object is meant for. */
  List<ActorMention> purposeTarget(int object) {
    if (object < 0) return List.of();
    for (int clause : tree.children(object)) {
      if (!tree.relation(clause).startsWith("acl") || !tree.token(clause).isVerb()) continue;
      if (!tree.isToInfinitive(clause)) continue;
      // "gave permission to Russia to help Israel" (for Russia to help): the clause's own subject receives it
      List<ActorMention> receiver = actors.of(tree.firstChild(clause, "nsubj"));
      if (!SentenceEvents.noCodedActor(receiver)) return receiver;
      List<ActorMention> found = actors.of(args.object(clause));
      if (!SentenceEvents.noCodedActor(found)) return found;
    }
    return List.of();
  }

  /** "agreed to send troops to Uganda", "willing to withdraw its troops from East Germany". */
  List<ActorMention> complementTarget(int verb, String text) {
    int clause = tree.firstChild(verb, "xcomp");
    for (int depth = 0; clause >= 0 && depth < 2; depth++) {
      List<Integer> slots = new ArrayList<>();
      slots.add(args.object(clause));
      slots.add(args.indirectObject(clause));
      for (String p : List.of("to", "with", "against", "on", "from", "in", "for", "into")) {
        slots.add(args.prepositional(clause, p));
      }
      int object = args.object(clause);
      if (object >= 0) {
        // "launched a mediation effort to resolve the dispute between Ethiopia and Egypt": the parties
        for (String p : List.of("to", "with", "against", "on", "from", "in", "for", "between")) slots.add(args.prepositional(object, p));
      }
      for (int t : slots) {
        if (t < 0) continue;
        List<ActorMention> found = actors.of(t);
        if (!SentenceEvents.noCodedActor(found)) return found;
        if (REQUESTS.contains(tree.lemma(t))) {
          // "refused to respond to a request from 20 MPs": the one who asked
          List<ActorMention> requesters = acts.agentsOfAct(t, text);
          if (requesters.stream().anyMatch(SentenceEvents::actorLike)) return requesters;
        }
      }
      clause = tree.firstChild(clause, "xcomp");
    }
    return List.of();
  }
}
