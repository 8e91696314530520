package parley.core.quote;

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
 * A thing demanded by a time: "demanded the release of the prisoners by Friday", "requested a
 * response from Syria by March 12", "called for an end to the quotas by April", "asked for the data
 * by Monday". Who demands sets it; the "from" phrase, when an actor, must meet it; the thing is the
 * demand. Only verbs that demand (not "expect", "want" or "seek", which may foretell or wish), active,
 * with the thing as object ("demand", "request") or "for" phrase ("ask", "call", "press").
 */
final class DemandedThing {
  private static final Set<String> WITH_OBJECT = Set.of("demand", "request");
  private static final Set<String> WITH_FOR = Set.of("ask", "call", "press", "appeal");

  private final Document doc;
  private final Sentence s;
  private final List<TimeExpression> times;
  private final DeadlineSentence sentence;

  DemandedThing(Document doc, Sentence s, List<TimeExpression> times, DeadlineSentence sentence) {
    this.doc = doc;
    this.s = s;
    this.times = times;
    this.sentence = sentence;
  }

  /** The deadline of the thing demanded by {@code verb}, due at {@code t} (headed at {@code head}). */
  Optional<FoundDeadline> find(TimeExpression t, int head, int clause) {
    // "demanded the release of X by Friday": the time's clause may be the event noun demanded
    int verb = s.token(clause).isNoun() ? s.head(clause).filter(a -> Set.of("obj", "obl").contains(a.baseRelation()))
        .map(Arc::governor).filter(g -> g >= 0).orElse(clause) : clause;
    String lemma = s.token(verb).lemma();
    if (!s.token(verb).isVerb() || PassiveTheme.of(s, verb)) return Optional.empty();
    Optional<Integer> thing = WITH_OBJECT.contains(lemma) ? DeadlineParts.dependent(s, verb, "obj", Set.of())
        : WITH_FOR.contains(lemma) ? DeadlineParts.dependent(s, verb, "obl", Set.of("for")) : Optional.empty();
    if (thing.isEmpty() || s.token(thing.get()).isVerb() || !timed(head, verb, thing.get())) return Optional.empty();
    // "asked Iran for ...", "requested a response from Syria": who is asked, if an actor
    Optional<ActorRef> addressee = DeadlineParts.dependent(s, thing.get(), "nmod", Set.of("from"))
        .or(() -> DeadlineParts.dependent(s, verb, "obl", Set.of("from")))
        .or(() -> DeadlineParts.dependent(s, verb, "obj", Set.of()).filter(o -> !o.equals(thing.get())))
        .filter(sentence::isActorAt).map(sentence::actor);
    Span what = DeadlineParts.subtree(s, thing.get(), Set.of("det", "amod", "compound", "nmod:poss", "nummod", "nmod", "case"));
    // "called for an end to X": the demand is "an end to X", without its "for"
    Optional<Integer> own = DeadlineParts.dependent(s, thing.get(), "case", Set.of());
    if (own.isPresent() && s.token(own.get()).span().start() == what.start() && own.get() + 1 < s.size()) {
      what = new Span(s.token(own.get() + 1).span().start(), what.end());
    }
    Span exclude = t.span();
    Optional<String> set = DeadlineParts.dateOf(s, verb, times, exclude).or(() -> sentence.reportDate(exclude));
    Optional<String> due = DueAfterSetting.due(DeadlineParts.due(t), t, set, doc.published().map(Object::toString));
    return Optional.of(new FoundDeadline(sentence.subject(verb), addressee, Optional.of(demandText(what, t)), due, set,
        true, false, sentence.evidence()));
  }

  /** The time hangs on the verb, or on the thing or a noun inside it ("the release of X by Friday"). */
  private boolean timed(int head, int verb, int thing) {
    for (int g = s.head(head).map(Arc::governor).orElse(-1), steps = 0; g >= 0 && steps < 4; steps++) {
      if (g == verb || g == thing) return true;
      if (!s.token(g).isNoun()) return false;
      g = s.head(g).map(Arc::governor).orElse(-1);
    }
    return false;
  }

  /** The words of the thing, without the time inside it. */
  private String demandText(Span what, TimeExpression t) {
    if (!what.overlaps(t.span())) return doc.slice(what);
    return doc.text().substring(what.start(), Math.max(what.start(), t.span().start())).strip();
  }
}
