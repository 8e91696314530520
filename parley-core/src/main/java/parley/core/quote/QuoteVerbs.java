package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * The verbs a quote is told by or hangs from: the nearest speech verb, "as Smith put it", the speech
 * verb reporting a clause, and the speech, stance or framing verb governing quoted words.
 */
final class QuoteVerbs {
  private QuoteVerbs() {}

  /** The speech verb of {@code sentence} nearest to {@code quote} and outside it. */
  static OptionalInt speechVerb(Sentence sentence, Span quote) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : sentence.tokens()) {
      boolean speech = (t.isVerb() && SpeechVerbs.isSpeech(t.lemma())) || t.lower().equals("according")
          || isAsPutIt(sentence, t.index());
      if (!speech || quote.overlaps(t.span())) continue;
      int distance = t.span().start() >= quote.end() ? t.span().start() - quote.end()
          : quote.start() - t.span().end();
      if (distance < bestDistance) {
        best = t.index();
        bestDistance = distance;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /**
   * "As Smith put it, ...": "put it" under "as" reports the clause it hangs on, as a speech verb
   * does, its subject speaking.
   */
  static boolean isAsPutIt(Sentence sentence, int verb) {
    if (!sentence.token(verb).lemma().equals("put")) return false;
    boolean it = false;
    boolean as = false;
    for (Arc arc : sentence.dependents(verb)) {
      String word = sentence.token(arc.dependent()).lower();
      it |= arc.relation().equals("obj") && word.equals("it");
      as |= arc.baseRelation().equals("mark") && word.equals("as");
    }
    return it && as;
  }

  /**
   * The speech verb outside {@code quote} whose reported clause holds {@code verb} ("said" of
   * "believe" in "Smith said most voters believe ..."), or -1.
   */
  static int reportingVerb(Sentence sentence, int verb, Span quote) {
    int at = verb;
    boolean reported = false;
    for (int steps = 0; steps < 6; steps++) {
      Optional<Arc> up = sentence.head(at).filter(a -> a.governor() >= 0);
      if (up.isEmpty()) return -1;
      reported |= up.get().baseRelation().equals("ccomp");
      at = up.get().governor();
      Token g = sentence.token(at);
      if (reported && g.isVerb() && SpeechVerbs.isSpeech(g.lemma()) && !quote.overlaps(g.span())) return at;
    }
    return -1;
  }

  /** The speech or stance verb outside {@code quote} that the quoted words hang from, when there is one. */
  static OptionalInt governingVerb(Sentence sentence, Span quote) {
    return governingVerb(sentence, quote, false);
  }

  /**
   * The verb outside {@code quote} that the quoted words hang from, when it has a subject of its own
   * ("Whitman labeled Trump “unfit to be president”": the subject of the verb framing a quoted phrase
   * is who is quoted).
   */
  static OptionalInt framingVerb(Sentence sentence, Span quote) {
    return governingVerb(sentence, quote, true);
  }

  private static OptionalInt governingVerb(Sentence sentence, Span quote, boolean anyWithSubject) {
    for (Token t : sentence.tokens()) {
      if (!quote.contains(t.span())) continue;
      int at = t.index();
      for (int steps = 0; steps < 10; steps++) {
        Optional<Arc> up = sentence.head(at).filter(a -> a.governor() >= 0);
        if (up.isEmpty()) break;
        at = up.get().governor();
        Token g = sentence.token(at);
        if (quote.contains(g.span())) continue;
        boolean attributing = SpeechVerbs.isSpeech(g.lemma()) || SpeechVerbs.isStance(g.lemma());
        int verb = at;
        boolean subject = sentence.dependents(verb).stream().anyMatch(a -> a.relation().equals("nsubj"));
        if (g.isVerb() && (attributing || anyWithSubject && subject)) return OptionalInt.of(at);
      }
      return OptionalInt.empty();
    }
    return OptionalInt.empty();
  }

  /** The speech verbs of {@code sentence} outside {@code quote}, nearest first. */
  static List<Integer> speechVerbs(Sentence sentence, Span quote) {
    List<Integer> out = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      boolean speech = (t.isVerb() && SpeechVerbs.isSpeech(t.lemma())) || t.lower().equals("according")
          || isAsPutIt(sentence, t.index());
      if (speech && !quote.overlaps(t.span())) out.add(t.index());
    }
    out.sort(java.util.Comparator.comparingInt(i -> distance(sentence.token(i).span(), quote)));
    return out;
  }

  private static int distance(Span token, Span quote) {
    return token.start() >= quote.end() ? token.start() - quote.end() : quote.start() - token.end();
  }
}
