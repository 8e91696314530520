package parley.core.quote;

import static parley.core.quote.DeadlineSentence.PERIOD;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;

/**
 * A period given to act: "gave Greece 30 days to withdraw", "X was given 30 days (by Y) to V"; due is
 * the setting date plus the period.
 */
final class GivenPeriods {
  private final Sentence s;
  private final List<TimeExpression> times;
  private final DeadlineSentence sentence;
  private final PassiveSetting passives;

  GivenPeriods(Sentence s, List<TimeExpression> times, DeadlineSentence sentence, PassiveSetting passives) {
    this.s = s;
    this.times = times;
    this.sentence = sentence;
    this.passives = passives;
  }

  /** "gave Greece 30 days to withdraw": due is the setting date plus the period. */
  Optional<FoundDeadline> givenPeriod(TimeExpression t, int head) {
    if (!PERIOD.matcher(t.value().get()).matches()) return Optional.empty();
    Optional<Arc> arc = s.head(head);
    if (arc.isEmpty() || arc.get().governor() < 0) return Optional.empty();
    int verb = arc.get().governor();
    // "Lebanon was given seven days by Israel to V": the period of a passive may be parsed as its modifier
    boolean object = Set.of("obj", "iobj").contains(arc.get().baseRelation())
        || arc.get().baseRelation().equals("obl") && passives.passive(verb) && DeadlineParts.preposition(s, head).isEmpty();
    if (!object) return Optional.empty();
    if (!Set.of("give", "grant", "allow").contains(s.token(verb).lemma())) return Optional.empty();
    Optional<Integer> to = sentence.infinitive(verb);
    if (to.isEmpty()) return Optional.empty();
    Optional<String> set = DeadlineParts.dateOf(s, verb, times, t.span()).or(() -> sentence.reportDate(t.span()));
    if (passives.passive(verb)) {
      // "X was given 30 days (by Y) to V"
      Optional<Integer> given = passives.passiveSubject(verb);
      return Optional.of(recipient(new FoundDeadline(passives.agent(verb), given.map(sentence::actor), to.map(sentence::demandOf),
          sentence.plusPeriod(t, set), set, true, false, sentence.evidence()), given));
    }
    Optional<Integer> given = DeadlineParts.dependent(s, verb, "iobj", Set.of()).filter(i -> i != head);
    return Optional.of(recipient(new FoundDeadline(sentence.giver(verb), given.map(sentence::actor), to.map(sentence::demandOf),
        sentence.plusPeriod(t, set), set, true, false, sentence.evidence()), given));
  }

  /** "the contractors were given 30 days to V": a noun given the period is its addressee, known actor or not. */
  private FoundDeadline recipient(FoundDeadline found, Optional<Integer> given) {
    return given.filter(i -> s.token(i).isNoun()).isPresent() ? found.asRecipient() : found;
  }
}
