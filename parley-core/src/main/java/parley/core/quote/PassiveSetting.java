package parley.core.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;

/**
 * A deadline set or given in the passive ("X was given a deadline by Y", "a deadline set by the council
 * for X"): the one who sets is in the by-phrase, the one given the deadline is the subject.
 */
final class PassiveSetting {
  private final Sentence s;
  private final List<TimeExpression> times;
  private final DeadlineSentence sentence;

  PassiveSetting(Sentence s, List<TimeExpression> times, DeadlineSentence sentence) {
    this.s = s;
    this.times = times;
    this.sentence = sentence;
  }

  /** A passive verb ("was given", "set by"): the one who sets is in its by-phrase, not its subject. */
  boolean passive(int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().equals("nsubj:pass") || arc.relation().equals("aux:pass") || arc.relation().equals("obl:agent")) {
        return true;
      }
    }
    Optional<Arc> up = s.head(verb);
    return s.token(verb).pos().equals("VBN") && up.isPresent() && up.get().baseRelation().equals("acl");
  }

  Optional<Integer> passiveSubject(int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().equals("nsubj:pass")) return Optional.of(arc.dependent());
    }
    // "State missed the deadline but was ordered to V": a conjoined passive with no subject of its own
    // is said of the first verb's subject
    Optional<Arc> up = s.head(verb);
    if (up.isEmpty() || up.get().governor() < 0 || !up.get().baseRelation().equals("conj") || !s.token(verb).isVerb()
        || !s.token(up.get().governor()).isVerb() || !PassiveTheme.of(s, verb)) {
      return Optional.empty();
    }
    for (Arc arc : s.dependents(verb)) {
      if (arc.baseRelation().equals("nsubj")) return Optional.empty();
    }
    return DeadlineParts.dependent(s, up.get().governor(), "nsubj", Set.of())
        .or(() -> DeadlineParts.dependent(s, up.get().governor(), "nsubj:pass", Set.of()));
  }

  /** The by-phrase of a passive verb: "set by the council". */
  Optional<ActorRef> agent(int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().equals("obl:agent")
          || arc.baseRelation().equals("obl") && DeadlineParts.preposition(s, arc.dependent()).equals("by")
          && !isTime(arc.dependent())) {
        return Optional.of(sentence.actor(arc.dependent()));
      }
    }
    return Optional.empty();
  }

  /** A token inside one of the sentence's time expressions ("by Friday" is no agent). */
  private boolean isTime(int token) {
    Span at = s.token(token).span();
    return times.stream().anyMatch(t -> t.span().contains(at));
  }
}
