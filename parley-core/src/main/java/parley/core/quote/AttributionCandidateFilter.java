package parley.core.quote;

import java.util.function.Predicate;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * A cheap test on a tagged, lemmatised sentence, before it is parsed: can it attribute words to a
 * speaker? It can when it has a speech verb ("said", "told", "wrote"), a stance verb ("supports",
 * "wants"), a speech noun ("statement", "call"), a verb with a particle that speaks ("laid out", "fired
 * back"), "according to" or "put it" ("as Smith put it"), an adjective of feeling ("worried that") or a poll
 * ("in a new poll, Smith leads"). The
 * quote attributor reads speakers from the parse, so such sentences need one even when they hold
 * no event. Immutable, thread-safe.
 */
public final class AttributionCandidateFilter implements Predicate<Sentence> {
  @Override
  public boolean test(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (t.isVerb() && (SpeechVerbs.isSpeech(t.lemma()) || SpeechVerbs.isStance(t.lemma()))) return true;
      if (t.lower().equals("according")) return true;
      if (StanceAdjectives.isStanceWord(t.text()) || t.isNoun() && PollFindings.isPoll(t.lemma())) return true;
      boolean putIt = t.lemma().equals("put") && t.index() + 1 < sentence.size()
          && sentence.token(t.index() + 1).lower().equals("it");
      if (putIt) return true;
      if (t.isNoun() && SpeechVerbs.isSpeechNoun(t.lemma())) return true;
      for (int p = t.index() + 1; t.isVerb() && p <= t.index() + 2 && p < sentence.size(); p++) {
        if (SpeechVerbs.isPhrasalSpeech(t.lemma(), sentence.token(p).lower())) return true;
      }
    }
    return false;
  }
}
