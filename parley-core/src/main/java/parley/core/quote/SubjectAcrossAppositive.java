package parley.core.quote;

import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * "Ivanka Trump, the nominee's eldest daughter, noted the rule": a speech verb after a comma whose
 * own subject's phrase, with an appositive, reaches that comma, with no quotation mark in it, has its speaker there; the
 * comma closes an appositive, and the noun after the verb is what is said, not an inverted speaker
 * ("..., noted Smith").
 */
final class SubjectAcrossAppositive {
  private SubjectAcrossAppositive() {}

  private static final Set<String> QUOTE_MARKS = Set.of("``", "''", "“", "”", "\"");

  static boolean has(Sentence sentence, int verb) {
    for (Arc arc : sentence.dependents(verb)) {
      if (!arc.relation().equals("nsubj") || arc.dependent() >= verb) continue;
      boolean quoted = false;
      for (int t = arc.dependent() + 1; t < verb; t++) {
        quoted |= QUOTE_MARKS.contains(sentence.token(t).text()) || QUOTE_MARKS.contains(sentence.token(t).pos());
      }
      boolean appositive = sentence.dependents(arc.dependent()).stream().anyMatch(a -> a.baseRelation().equals("appos"));
      if (!quoted && appositive && sentence.token(arc.dependent()).isNoun() && lastOf(sentence, arc.dependent()) >= verb - 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last token of a phrase: the subject's own phrase must reach the comma before the verb
   * ("Ortiz, the mayor's sister, noted"); a subject the parser took from a clause before it ("The
   * vote signals the end, said Vos") stops short of it.
   */
  private static int lastOf(Sentence sentence, int head) {
    int last = head;
    for (Arc arc : sentence.dependents(head)) last = Math.max(last, lastOf(sentence, arc.dependent()));
    return last;
  }
}
