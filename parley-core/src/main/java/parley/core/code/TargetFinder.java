package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbPattern;

/**
 * Finds the target of a matched pattern: the slots it names (object, indirect object, a
 * preposition on the verb, its object or a phrase inside the object), the owner of a matched
 * object ("a South Korean offer"), an actor inside a "to" complement, else the phrase in the slot.
 */
final class TargetFinder {
  /** Appeals and demands are addressed to the actor who is to act; accusations ("charged that X ...") to the accused. */
  private static final Set<String> ADDRESSED_ROOTS = Set.of("02", "10", "11");
  /** Nouns of a request or proposal, whose "from" phrase names the one who made it. */
  private static final Set<String> REQUESTS = Set.of("request", "demand", "appeal", "call", "plea", "petition",
      "proposal", "offer", "invitation", "bid", "application", "ultimatum", "query", "question");
  /** Aid given, withheld or yielded reaches the people of a place: "food to 3,000 families in Yemen" is aid to Yemen. */
  private static final Set<String> PEOPLE_IN_PLACE_ROOTS = Set.of("07", "08", "16");
  private static final Set<String> CONDITIONS = Set.of("until", "unless", "till");
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;

  TargetFinder(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
  }

  List<ActorMention> targets(int verb, int object, VerbPattern pattern, String text) {
    if (pattern.targets().contains("obj") || !pattern.objects().isEmpty()) {
      List<ActorMention> authors = authorsOfAct(object, text);
      if (!authors.isEmpty()) return authors;
    }
    for (String slot : pattern.targets()) {
      List<Integer> tokens = new ArrayList<>(2);
      switch (slot) {
        case "obj" -> tokens.add(object);
        case "iobj" -> tokens.add(args.indirectObject(verb));
        default -> {
          tokens.add(args.prepositional(verb, slot));
          int purpose = args.prepositional(verb, "for"); // "mobilised troops for an assault against X"
          if (purpose >= 0 && !slot.equals("for")) tokens.add(args.prepositional(purpose, slot));
          if (!pattern.complements().isEmpty()) {
            // "went on strike against the government": the slot hangs on the oblique that names the event.
            for (int c : tree.children(verb)) {
              if (tree.relation(c).startsWith("obl")) tokens.add(args.prepositional(c, slot));
            }
          }
          if (object >= 0) {
            int inObject = args.prepositional(object, slot);
            tokens.add(inObject);
            if (inObject < 0) {
              for (int c : tree.children(object)) {
                if (tree.relation(c).startsWith("nmod") && !tree.relation(c).equals("nmod:poss")) {
                  tokens.add(args.prepositional(c, slot));
                }
              }
            }
          }
        }
      }
      for (int t : tokens) {
        if (t < 0) continue;
        List<ActorMention> found = actors.of(t);
        if (!found.isEmpty()) return found;
      }
    }
    if (!pattern.objects().isEmpty() && object >= 0) {
      List<ActorMention> owners = actors.owners(object);
      if (!owners.isEmpty()) return owners;
    }
    List<ActorMention> inComplement = complementTarget(verb, text);
    if (!inComplement.isEmpty()) return inComplement;
    List<ActorMention> served = purposeTarget(object);
    if (!served.isEmpty()) return served;
    List<ActorMention> awaited = conditionSubject(verb);
    if (!awaited.isEmpty()) return awaited;
    if (!pattern.particle().isEmpty()) {
      List<ActorMention> addressees = actors.of(args.markedClauseSubject(verb, pattern.particle()));
      if (!addressees.isEmpty()) return addressees;
    }
    if (ADDRESSED_ROOTS.contains(pattern.code().substring(0, 2))) {
      // "demanded that the minister resign", "urged that Iran allow inspections"
      for (int clause : tree.children(verb, "ccomp")) {
        int subject = tree.firstChild(clause, "nsubj");
        List<ActorMention> addressees = actors.of(subject);
        if (addressees.isEmpty() && subject >= 0 && tree.token(subject).isProperNoun()) {
          addressees = actors.ofOrPhrase(subject, text); // a named person the lexicons do not know
        }
        if (!addressees.isEmpty()) return addressees;
      }
    }
    if (TelephoneCall.callersPurpose(tree, verb)) {
      // "called the Turkish president to apologize for the incident": to the one called, when no actor is named
      List<ActorMention> called = actors.of(args.object(tree.head(verb)));
      if (!called.isEmpty()) return called;
    }
    for (String slot : pattern.targets()) {
      int t = switch (slot) {
        case "obj" -> object;
        case "iobj" -> args.indirectObject(verb);
        default -> args.prepositional(verb, slot);
      };
      if (t >= 0) {
        List<ActorMention> agents = agentsOfAct(t, text);
        for (int c : tree.children(t, "conj")) {
          // "condemned the aggression and the threats made by the United States": each act's agent is addressed
          if (agents.isEmpty() && tree.token(c).isNoun()) agents = agentsOfAct(c, text);
        }
        List<ActorMention> found = agents.isEmpty() ? actors.ofOrPhrase(t, text) : agents;
        if (SentenceEvents.noCodedActor(found) && PEOPLE_IN_PLACE_ROOTS.contains(pattern.code().substring(0, 2))) {
          // "provided food to 3,000 families in Yemen", "surrendered from their last stronghold in Iraq"
          Optional<ActorMention> place = new LocativePlace(tree, actors).inPhrase(t);
          if (place.isPresent()) return List.of(place.get());
        }
        if (!found.isEmpty()) return found;
        break; // the first slot filled names the target, if anything does
      }
    }
    if (LocativePlace.PLACE_TARGET_ROOTS.contains(pattern.code().substring(0, 2))) {
      // "declared a ceasefire in Tripoli": an act on a place with nothing else to receive it is done to the place.
      Optional<ActorMention> place = new LocativePlace(tree, actors).of(verb, object);
      if (place.isPresent()) return List.of(place.get());
    }
    if (COMPLEMENT_PHRASE_ROOTS.contains(pattern.code().substring(0, 2))) {
      // "refused to allow the plane to land": what the refused act is done to
      int clause = tree.firstChild(verb, "xcomp");
      if (clause >= 0 && tree.token(clause).isVerb() && args.object(clause) >= 0) {
        return actors.ofOrPhrase(args.object(clause), text);
      }
    }
    return List.of();
  }

  /**
   * "rejected Moscow's proposal on a ceasefire in Syria", "accepted the demands by the strikers for
   * higher pay", "welcomed the decision by the court to free X": one responds to a demand, an offer
   * or a decision by answering its author, who comes before any actor named inside it. Not one's own
   * ("reiterated its demand"), which names no one else.
   */
  private List<ActorMention> authorsOfAct(int act, String text) {
    if (act < 0) return List.of();
    String lemma = tree.lemma(act);
    boolean pact = PACTS.contains(lemma);
    if (!(REQUESTS.contains(lemma) || DECISIONS.contains(lemma) || pact)) return List.of();
    List<ActorMention> agents = pact ? List.of() : agentsOfAct(act, text);
    if (agents.stream().anyMatch(SentenceEvents::actorLike)) return agents;
    List<ActorMention> owners = new ArrayList<>(1);
    for (int c : tree.children(act)) {
      String rel = tree.relation(c);
      // a pact is a party's only when it is its own ("May's agreement"), not "the US-Iran deal"
      boolean owner = rel.equals("nmod:poss") || (!pact && (rel.equals("amod") || rel.equals("compound")));
      if (!owner || tree.token(c).pos().startsWith("PRP")) continue;
      owners.addAll(actors.of(c).stream().filter(m -> m.head() == c || m.covers(c)).toList());
    }
    return owners.stream().anyMatch(SentenceEvents::actorLike) ? owners : List.of();
  }

  /** Agreements, which are the act of one party only when it owns them. */
  private static final Set<String> PACTS = Set.of("agreement", "deal", "accord");

  /** Acts of one actor that others answer, besides requests and proposals. */
  private static final Set<String> DECISIONS = Set.of("decision", "plan", "initiative", "move", "statement",
      "remark", "comment", "accusation", "allegation", "claim", "criticism", "threat", "warning", "policy");

  /** Refusals whose target, when no actor is named, is the object of the refused act. */
  private static final Set<String> COMPLEMENT_PHRASE_ROOTS = Set.of("12");

  /**
   * "condemned the sanctions imposed by African states", "denounced the killing of protesters by
   * police": when the slot holds an act, not an actor, the act's agent is the one addressed.
   */
  private List<ActorMention> agentsOfAct(int act, String text) {
    for (int c : tree.children(act)) {
      String rel = tree.relation(c);
      boolean byAgent = tree.caseOf(c).equals("by")
          || (REQUESTS.contains(tree.lemma(act)) && tree.caseOf(c).equals("from")); // "a request from 20 MPs"
      if (rel.startsWith("nmod") && byAgent) {
        List<ActorMention> found = REQUESTS.contains(tree.lemma(act)) ? actors.ofOrPhrase(c, text) : actors.of(c);
        if (!found.isEmpty()) return found;
      }
      if (rel.startsWith("acl") && tree.token(c).pos().equals("VBN")) {
        for (int agent : args.byPhrase(c)) {
          List<ActorMention> found = actors.of(agent);
          if (!found.isEmpty()) return found;
        }
      }
    }
    return List.of();
  }

  /** "will not end the strike until the government raises wages": the actor whose act is awaited. */
  private List<ActorMention> conditionSubject(int verb) {
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

  /** "provided assistance to support Syrian refugees": the actor the object is meant for. */
  private List<ActorMention> purposeTarget(int object) {
    if (object < 0) return List.of();
    for (int clause : tree.children(object)) {
      if (!tree.relation(clause).startsWith("acl") || !tree.token(clause).isVerb()) continue;
      boolean infinitive = false;
      for (int m : tree.children(clause, "mark")) infinitive |= tree.lemma(m).equals("to");
      if (!infinitive) continue;
      // "gave permission to Russia to help Israel" (for Russia to help): the clause's own subject receives it
      List<ActorMention> receiver = actors.of(tree.firstChild(clause, "nsubj"));
      if (!SentenceEvents.noCodedActor(receiver)) return receiver;
      List<ActorMention> found = actors.of(args.object(clause));
      if (!SentenceEvents.noCodedActor(found)) return found;
    }
    return List.of();
  }

  /** "agreed to send troops to Uganda", "willing to withdraw its troops from East Germany". */
  private List<ActorMention> complementTarget(int verb, String text) {
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
          List<ActorMention> requesters = agentsOfAct(t, text);
          if (requesters.stream().anyMatch(SentenceEvents::actorLike)) return requesters;
        }
      }
      clause = tree.firstChild(clause, "xcomp");
    }
    return List.of();
  }
}
