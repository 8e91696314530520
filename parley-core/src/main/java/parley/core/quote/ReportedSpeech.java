package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * Reported speech in a parsed sentence: the complement clause of a speech verb ("X said (that)
 * ...") or the clause a speech verb is attached to as parataxis ("..., Chung said"). Content that
 * overlaps a direct quote is left to the direct quote.
 */
final class ReportedSpeech {
  /** The reported words and the speech verb that reports them. */
  record Content(Span span, int verb) {}

  private ReportedSpeech() {}

  static List<Content> find(Sentence sentence, List<Span> directQuotes) {
    List<Content> out = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (!t.isVerb() || !SpeechVerbs.isSpeech(t.lemma())) continue;
      if (directQuotes.stream().anyMatch(q -> q.overlaps(t.span()))) continue;
      for (Arc arc : sentence.dependents(t.index())) {
        if (arc.baseRelation().equals("ccomp")) add(out, sentence, contentOf(sentence, arc.dependent(), -1), t.index(), directQuotes);
      }
      sentence.head(t.index()).filter(a -> a.baseRelation().equals("parataxis") && a.governor() >= 0)
          .ifPresent(a -> add(out, sentence, contentOf(sentence, a.governor(), t.index()), t.index(), directQuotes));
    }
    return out;
  }

  private static void add(List<Content> out, Sentence sentence, Span span, int verb, List<Span> direct) {
    if (span.length() == 0) return;
    for (Span q : direct) {
      int overlap = Math.min(q.end(), span.end()) - Math.max(q.start(), span.start());
      if (overlap * 2 > span.length()) return;
    }
    out.add(new Content(span, verb));
  }

  /** The subtree of {@code head}, without a leading "that" and without the subtree of {@code except}. */
  private static Span contentOf(Sentence sentence, int head, int except) {
    boolean[] in = new boolean[sentence.size()];
    mark(sentence, head, except, in);
    int first = -1;
    int last = -1;
    for (int i = 0; i < in.length; i++) {
      if (!in[i]) continue;
      if (except >= 0 && i > except) break;
      if (first < 0) first = i;
      last = i;
    }
    while (first >= 0 && first < last && isSkippable(sentence.token(first), true)) first++;
    while (last > first && isSkippable(sentence.token(last), false)) last--;
    return first < 0 ? new Span(0, 0) : sentence.spanOf(first, last);
  }

  private static boolean isSkippable(Token t, boolean leading) {
    return t.pos().equals(",") || t.pos().equals(".") || t.pos().equals("PUNCT") || t.pos().equals(":")
        || (leading && (t.lower().equals("that") && t.pos().equals("IN")));
  }

  private static void mark(Sentence sentence, int token, int except, boolean[] in) {
    if (token == except || in[token]) return;
    in[token] = true;
    for (Arc arc : sentence.dependents(token)) mark(sentence, arc.dependent(), except, in);
  }
}
