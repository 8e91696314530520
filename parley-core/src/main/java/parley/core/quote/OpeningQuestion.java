package parley.core.quote;

import java.util.Set;
import parley.core.doc.Sentence;

/**
 * "Asked whether the plan went too far, Harper said ...", "When asked about the vote, Cruz said
 * ...": a passive participle of asking that opens its sentence puts the reporter's question, and
 * the question is the asker's, not the answer's speaker: only a "by" phrase names who asks ("Asked
 * by a reporter whether ..."), else nobody is printed asking.
 */
final class OpeningQuestion {
  private OpeningQuestion() {}

  /** Verbs of putting a question. */
  private static final Set<String> ASKING = Set.of("ask", "question", "quiz", "press");

  /** Words that may open the sentence before the participle: "When asked ...". */
  private static final Set<String> LEADS = Set.of("when", "after", "if", "once", "while", "as", "before");

  /** Whether {@code verb} is such an opening participle of asking. */
  static boolean opens(Sentence sentence, int verb) {
    if (!sentence.token(verb).pos().equals("VBN") || !ASKING.contains(sentence.token(verb).lemma())) return false;
    return verb == 0 || verb == 1 && LEADS.contains(sentence.token(0).lower());
  }
}
