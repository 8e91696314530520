package parley.core.quote;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * The clause "according to X" frames, read from the words when the phrase closes the sentence
 * after a comma ("The White House is weighing a plan to keep troops there, according to
 * officials.") or opens it before one ("According to the report, the agency ..."): the whole
 * clause on the other side of the comma is what X says, wherever the parser hung the phrase (often
 * on a noun inside the clause: "a plan ..., according to officials"). A phrase inside the clause
 * ("Smith, according to aides, will run") is left to the parse.
 */
final class AccordingClause {
  private AccordingClause() {}

  /** Words that may stand before an opening "according to": "But according to the poll, ...". */
  private static final Set<String> OPENERS = Set.of("but", "and", "yet", "so", "still", "now", "also");

  /** Marks trimmed from the ends of the clause. */
  private static final Set<String> MARKS = Set.of(",", ".", ":", ";", "PUNCT", "HYPH", "``", "''");

  static Optional<Span> of(Sentence sentence, int according) {
    Optional<Arc> up = sentence.head(according).filter(a -> a.governor() > according);
    if (up.isEmpty()) return Optional.empty();
    int source = up.get().governor();
    int last = lastOf(sentence, source);
    int end = sentence.size() - 1;
    while (end > according && MARKS.contains(sentence.token(end).pos())) end--;
    boolean closing = according >= 2 && isComma(sentence, according - 1) && last >= end;
    if (closing) return reportsItself(sentence, 0, according - 2) ? Optional.empty() : clause(sentence, 0, according - 2);
    int first = 0;
    while (first < according && OPENERS.contains(sentence.token(first).lower())) first++;
    boolean opening = first == according && last + 2 <= end && isComma(sentence, last + 1);
    if (opening) return reportsItself(sentence, last + 2, end) ? Optional.empty() : clause(sentence, last + 2, end);
    return Optional.empty();
  }

  /**
   * Whether a clause holds a speech verb of its own ("Smith said the plan failed, according to the
   * Post"): its report is left to the parse.
   */
  private static boolean reportsItself(Sentence sentence, int first, int last) {
    for (int t = first; t <= last; t++) {
      if (sentence.token(t).isVerb() && SpeechVerbs.isSpeech(sentence.token(t).lemma())) return true;
    }
    return false;
  }

  private static boolean isComma(Sentence sentence, int t) {
    String w = sentence.token(t).text();
    return w.equals(",") || w.equals("—") || w.equals("--") || w.equals("–");
  }

  private static Optional<Span> clause(Sentence sentence, int first, int last) {
    while (first < last && MARKS.contains(sentence.token(first).pos())) first++;
    while (last > first && MARKS.contains(sentence.token(last).pos())) last--;
    if (last - first < 2) return Optional.empty();
    return Optional.of(sentence.spanOf(first, last));
  }

  /** The last token of the phrase headed by {@code head}. */
  private static int lastOf(Sentence sentence, int head) {
    int last = head;
    for (Arc arc : sentence.dependents(head)) {
      if (arc.dependent() > head) last = Math.max(last, lastOf(sentence, arc.dependent()));
    }
    return last;
  }
}
