package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;

/**
 * Who did an act named where a target was looked for: the author of a request, proposal, decision or
 * ruling ("rejected Moscow's proposal"), the agent of an act ("the sanctions imposed by X").
 */
final class ActAuthors {
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;

  ActAuthors(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
  }

  /** Nouns of a request, proposal or complaint, whose "from" phrase names the one who made it. */
  static final Set<String> REQUESTS = Set.of("request", "demand", "appeal", "call", "plea", "petition",
      "proposal", "offer", "invitation", "bid", "application", "ultimatum", "query", "question", "complaint",
      "lawsuit", "suit", "motion", "protest");

  /**
   * "rejected Moscow's proposal on a ceasefire in Syria", "accepted the demands by the strikers for
   * higher pay", "welcomed the decision by the court to free X": one responds to a demand, an offer
   * or a decision by answering its author, who comes before any actor named inside it. Not one's own
   * ("reiterated its demand"), which names no one else.
   */
  List<ActorMention> authorsOfAct(int act, String text) {
    if (act < 0) return List.of();
    String lemma = tree.lemma(act);
    if (PARTS.contains(lemma)) {
      // "supported most elements of the Chilean proposal": a part of an act is answered as the act is
      for (int c : tree.children(act)) {
        if (tree.relation(c).startsWith("nmod") && tree.caseOf(c).equals("of")) return authorsOfAct(c, text);
      }
      return List.of();
    }
    boolean pact = PACTS.contains(lemma);
    if (RULINGS.contains(lemma)) {
      // "violated a ban by the UN", "defied the order issued by the court": only an author named as such
      List<ActorMention> agents = agentsOfAct(act, text);
      return agents.stream().anyMatch(SentenceEvents::actorLike) ? agents : List.of();
    }
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

  /** Nouns naming a part of what their "of" phrase names: "most elements of the proposal". */
  private static final Set<String> PARTS = Set.of("element", "part", "aspect", "provision", "point", "section",
      "clause", "article", "parts", "most", "much", "some", "all", "many", "rest", "bulk", "thrust", "gist");

  /** Bans and orders, whose "by" phrase names who imposed them. */
  private static final Set<String> RULINGS = Set.of("ban", "embargo", "moratorium", "order", "ruling", "decree",
      "verdict", "injunction");

  /** Agreements, which are the act of one party only when it owns them. */
  private static final Set<String> PACTS = Set.of("agreement", "deal", "accord");

  /** Acts of one actor that others answer, besides requests and proposals. */
  private static final Set<String> DECISIONS = Set.of("decision", "plan", "initiative", "move", "statement",
      "remark", "comment", "accusation", "allegation", "claim", "criticism", "threat", "warning", "policy");

  /**
   * "condemned the sanctions imposed by African states", "denounced the killing of protesters by
   * police": when the slot holds an act, not an actor, the act's agent is the one addressed.
   */
  List<ActorMention> agentsOfAct(int act, String text) {
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
    int participle = args.misreadParticipleOf(act); // "quashed orders passed by X", parsed as a clause
    for (int agent : participle < 0 ? List.<Integer>of() : args.byPhrase(participle)) {
      List<ActorMention> found = actors.ofOrPhrase(agent, text);
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }
}
