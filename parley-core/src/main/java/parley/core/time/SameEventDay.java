package parley.core.time;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;
import parley.core.doc.Token;

/**
 * The day of a clock time told again about an event the story dated before: "He was shot on
 * Oct. 23 ... He was shot at 10 p.m." puts 10 p.m. on Oct. 23, even when other days were named in
 * between. The event is the verb the clock time goes with (the nearest verb before it, else after
 * it); an earlier sentence with a verb of the same lemma and a calendar day gives the day. Needs the
 * tagged sentences; verbs of saying and auxiliaries tell no event. Stateless.
 */
final class SameEventDay {
  private static final Set<String> NO_EVENT = Set.of("be", "have", "do", "say", "tell", "add", "report",
      "announce", "state", "note", "quote", "will", "would", "can", "could", "may", "might", "should", "must");

  private SameEventDay() {}

  /** The day of the latest earlier sentence telling the clock's event with a day, if any. */
  static Optional<String> of(List<TimeExpression> times, int clockIndex, List<Sentence> sentences) {
    Span clock = times.get(clockIndex).span();
    Optional<Sentence> own = sentenceOf(sentences, clock);
    if (own.isEmpty()) return Optional.empty();
    Optional<String> lemma = eventLemma(own.get(), clock);
    if (lemma.isEmpty()) return Optional.empty();
    for (int j = clockIndex - 1; j >= 0; j--) {
      TimeExpression t = times.get(j);
      Optional<String> v = t.value();
      if (v.isEmpty() || !v.get().matches("\\d{4}-\\d{2}-\\d{2}.*")) continue;
      Optional<Sentence> s = sentenceOf(sentences, t.span());
      if (s.isEmpty() || s.get().index() >= own.get().index()) continue;
      if (hasVerb(s.get(), lemma.get())) return Optional.of(v.get().substring(0, 10));
    }
    return Optional.empty();
  }

  private static Optional<String> eventLemma(Sentence s, Span clock) {
    Token before = null;
    Token after = null;
    for (Token t : s.tokens()) {
      if (!t.isVerb() || NO_EVENT.contains(t.lemma())) continue;
      if (t.span().end() <= clock.start()) before = t;
      else if (after == null && t.span().start() >= clock.end()) after = t;
    }
    Token verb = before != null ? before : after;
    return verb == null ? Optional.empty() : Optional.of(verb.lemma());
  }

  private static boolean hasVerb(Sentence s, String lemma) {
    for (Token t : s.tokens()) {
      if (t.isVerb() && t.lemma().equals(lemma)) return true;
    }
    return false;
  }

  private static Optional<Sentence> sentenceOf(List<Sentence> sentences, Span span) {
    for (Sentence s : sentences) {
      if (s.span().start() <= span.start() && span.end() <= s.span().end()) return Optional.of(s);
    }
    return Optional.empty();
  }
}
