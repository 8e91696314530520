package parley.core.quote;

import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * "Ivanka Trump, the nominee's eldest daughter, noted the rule": a speech verb after a comma whose
 * own subject stands before it, with no quotation mark between them, has its speaker there; the
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
      if (!quoted && sentence.token(arc.dependent()).isNoun()) return true;
    }
    return false;
  }
}
