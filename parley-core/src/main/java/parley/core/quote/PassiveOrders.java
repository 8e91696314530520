package parley.core.quote;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * An order in the passive: "X has been asked to V by March 15 by Y", "X was ordered by a judge to V by
 * Friday", "X was told to V by the end of the month, Y said". The one ordered is the passive subject;
 * who orders is the by-phrase (on the verb of ordering, or an actor in a by-phrase on the ordered act),
 * else the one who reports the order. "Is expected to V by" (a forecast) and "is required to V by"
 * (usually a rule) order nobody.
 */
final class PassiveOrders {
  private static final Set<String> ORDERING = Set.of("order", "ask", "tell", "instruct", "direct", "urge", "press",
      "request", "command");

  private final Sentence s;
  private final DeadlineSentence sentence;
  private final PassiveSetting passives;

  PassiveOrders(Sentence s, DeadlineSentence sentence, PassiveSetting passives) {
    this.s = s;
    this.sentence = sentence;
    this.passives = passives;
  }

  /** Whether {@code verb} orders its passive subject to do the infinitive it governs by {@code relation}. */
  boolean orders(int verb, String relation) {
    return relation.equals("xcomp") && ORDERING.contains(s.token(verb).lemma()) && s.token(verb).isVerb()
        && passives.passiveSubject(verb).isPresent();
  }

  /** The one ordered: the passive subject, when an actor. */
  Optional<ActorRef> ordered(int verb) {
    return passives.passiveSubject(verb).filter(sentence::isActorAt).map(sentence::actor);
  }

  /** Who orders: "by Y" on the verb of ordering or, naming an actor, on the ordered act; else who says so. */
  Optional<ActorRef> orderer(int verb, int action) {
    Optional<ActorRef> agent = passives.agent(verb);
    if (agent.isPresent()) return agent;
    for (Arc arc : s.dependents(action)) {
      if (arc.baseRelation().equals("obl") && DeadlineParts.preposition(s, arc.dependent()).equals("by")
          && sentence.isActorAt(arc.dependent())) {
        return Optional.of(sentence.actor(arc.dependent()));
      }
    }
    Optional<Arc> up = s.head(verb);
    if (up.isPresent() && up.get().governor() >= 0 && Set.of("ccomp", "parataxis").contains(up.get().baseRelation())
        && SpeechVerbs.LEMMAS.contains(s.token(up.get().governor()).lemma())) {
      return sentence.subject(up.get().governor());
    }
    for (Arc arc : s.dependents(verb)) {
      // "X was told to V by Friday, Y said" parsed with the saying verb under the order
      if (arc.baseRelation().equals("parataxis") && SpeechVerbs.LEMMAS.contains(s.token(arc.dependent()).lemma())) {
        return sentence.subject(arc.dependent());
      }
    }
    return Optional.empty();
  }
}
