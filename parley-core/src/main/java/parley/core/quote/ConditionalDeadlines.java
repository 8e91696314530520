package parley.core.quote;

import static parley.core.quote.DeadlineSentence.CONDITIONS;
import static parley.core.quote.DemandedByTime.DEMANDING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;

/**
 * A demand made as a condition: a dated consequence ("the sanctions will take effect in November if
 * Sudan fails to extradite the men"), or an undated threat ("threatened a ban if Khartoum does not hand
 * over the men") for a later sentence to date.
 */
final class ConditionalDeadlines {
  static final Set<String> THREATENING = Set.of("threaten", "warn");

  private final Document doc;
  private final Sentence s;
  private final List<TimeExpression> times;
  private final DeadlineSentence sentence;

  ConditionalDeadlines(Document doc, Sentence s, List<TimeExpression> times, DeadlineSentence sentence) {
    this.doc = doc;
    this.s = s;
    this.times = times;
    this.sentence = sentence;
  }

  /** "the sanctions will take effect in November if Sudan fails to extradite the men". */
  Optional<FoundDeadline> consequence(TimeExpression t, int head, int verb) {
    if (!t.value().get().matches("\\d{4}.*") || s.token(head).isVerb()) return Optional.empty();
    // "should copy Brazil's action last week if ...": a consequence lies ahead of the report, not behind it
    if (doc.published().isPresent() && DeadlineParts.due(t).map(DeadlineParts::lastDay)
        .filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).map(java.time.LocalDate::parse)
        .filter(d -> d.isBefore(doc.published().get())).isPresent()) {
      return Optional.empty();
    }
    if (DEMANDING.contains(s.token(verb).lemma())) return Optional.empty();
    Optional<Arc> attached = s.head(head);
    if (attached.isEmpty() || (attached.get().governor() != verb
        || !Set.of("obl", "obl:tmod", "nmod:tmod", "advmod").contains(attached.get().relation()))
        && !startsInObject(head, verb)) {
      return Optional.empty();
    }
    // "threatened to start phasing out subsidies from August unless ...": the condition and the
    // subject may hang on a verb the dated one completes (its xcomp chain)
    List<Integer> chain = new ArrayList<>(List.of(verb));
    for (int v = verb, steps = 0; steps < 3; steps++) {
      Optional<Arc> up = s.head(v);
      if (up.isEmpty() || up.get().governor() < 0 || !up.get().baseRelation().equals("xcomp")) break;
      v = up.get().governor();
      chain.add(v);
    }
    Optional<ActorRef> setter = chain.stream().map(sentence::subject).flatMap(Optional::stream)
        .filter(a -> a.code().isPresent()).findFirst()
        .or(() -> chain.stream().map(v -> DeadlineParts.dependent(s, v, "nsubj", Set.of())).flatMap(Optional::stream)
            .filter(sentence::isActorAt).findFirst().map(sentence::actor))
        // "The Commission has threatened to start phasing out ... unless": who threatens sets it
        .or(() -> chain.stream().filter(v -> THREATENING.contains(s.token(v).lemma())).findFirst()
            .flatMap(sentence::subject));
    for (Arc arc : chain.stream().flatMap(v -> s.dependents(v).stream()).toList()) {
      if (!arc.baseRelation().equals("advcl")) continue;
      int cond = arc.dependent();
      if (!CONDITIONS.contains(sentence.mark(cond)) || !sentence.unmet(cond)) continue;
      // "if X fails to V": V is demanded; "unless X take measures to V": the measures are
      Optional<Integer> action = DeadlineSentence.FAILING.contains(s.token(cond).lemma())
          ? DeadlineParts.dependent(s, cond, "xcomp", Set.of()) : Optional.empty();
      Optional<ActorRef> addressee = sentence.doer(cond);
      if (setter.isPresent() && sameActor(setter.get(), addressee)
          && chain.stream().anyMatch(v -> THREATENING.contains(s.token(v).lemma()) && s.token(v).isVerb())) {
        addressee = ThreatPartner.of(s, cond, sentence);
      } else if (setter.isPresent() && sameActor(setter.get(), addressee)) {
        // "Sudan will face sanctions in November if it fails to V": Sudan suffers the consequence; who
        // threatens it is the one who says so ("..., the Council said"), else nobody the sentence names
        setter = speaker(verb);
      }
      return Optional.of(new FoundDeadline(setter, addressee, Optional.of(sentence.demandOf(action.orElse(cond))),
          DeadlineParts.due(t), Optional.empty(), setter.isPresent(), false, sentence.evidence()));
    }
    return Optional.empty();
  }

  private static boolean sameActor(ActorRef a, Optional<ActorRef> b) {
    if (b.isEmpty()) return false;
    if (a.code().isPresent()) return a.code().equals(b.get().code());
    return a.span().equals(b.get().span());
  }

  /** The subject of the verb of saying the clause of {@code verb} is reported by ("..., the Council said"). */
  private Optional<ActorRef> speaker(int verb) {
    for (int v = verb, steps = 0; v >= 0 && steps < 4; steps++) {
      Optional<Arc> up = s.head(v);
      if (up.isEmpty() || up.get().governor() < 0) return Optional.empty();
      int g = up.get().governor();
      if (Set.of("ccomp", "parataxis").contains(up.get().baseRelation()) && SpeechVerbs.LEMMAS.contains(s.token(g).lemma())) {
        return sentence.subject(g);
      }
      v = g;
    }
    // "X said Sudan would face ..." parsed with the saying verb under the consequence
    for (Arc arc : s.dependents(verb)) {
      if (arc.baseRelation().equals("parataxis") && SpeechVerbs.LEMMAS.contains(s.token(arc.dependent()).lemma())) {
        return sentence.subject(arc.dependent());
      }
    }
    return Optional.empty();
  }

  /**
   * "phasing out payment of some subsidies from August": a consequence that starts at a time hung on
   * the verb's object ("from", "starting") is dated all the same.
   */
  private boolean startsInObject(int head, int verb) {
    if (!DeadlineParts.preposition(s, head).equals("from")) return false;
    int current = head;
    for (int steps = 0; steps < 4; steps++) {
      Optional<Arc> up = s.head(current);
      if (up.isEmpty() || up.get().governor() < 0) return false;
      if (up.get().governor() == verb) return up.get().baseRelation().equals("obj");
      if (!Set.of("nmod", "conj").contains(up.get().baseRelation())) return false;
      current = up.get().governor();
    }
    return false;
  }

  /** "threatened a ban on flights if Khartoum does not hand over the men": to be dated later. */
  Optional<FoundDeadline> threat(int verb) {
    List<Arc> conditions = new ArrayList<>(s.dependents(verb));
    Optional<Arc> up = s.head(verb);
    if (up.isPresent() && up.get().baseRelation().equals("acl")) {
      // "backed the resolution threatening a ban if ...": the condition may hang on the verb above
      s.head(up.get().governor()).filter(a -> a.governor() >= 0)
          .ifPresent(a -> conditions.addAll(s.dependents(a.governor())));
    }
    for (Arc arc : conditions) {
      if (!arc.baseRelation().equals("advcl")) continue;
      int cond = arc.dependent();
      if (!CONDITIONS.contains(sentence.mark(cond)) || !sentence.unmet(cond)) continue;
      Optional<ActorRef> setter = sentence.subject(verb);
      Optional<String> set = DeadlineParts.dateOf(s, verb, times, new Span(0, 0));
      return Optional.of(new FoundDeadline(setter, sentence.subject(cond), Optional.of(sentence.demandOf(cond)), Optional.empty(),
          set, true, true, sentence.evidence()));
    }
    return Optional.empty();
  }
}
