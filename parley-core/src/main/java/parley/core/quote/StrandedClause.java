package parley.core.quote;

import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * A reported "that" clause the parser hung on a noun of the speech verb's own prepositional phrase:
 * in "The mayor said in one of a series of messages that the bridge was closing", the clause is
 * said, not a part of "messages". The clause has a subject and "that" as its marker (a relative
 * clause has neither), and the words between it and the verb (nouns, "one of") are linked to the verb only by
 * prepositions (no object or verb stands between).
 */
final class StrandedClause {
  /** How many prepositional links the clause may be from the verb. */
  private static final int MAX_LINKS = 4;

  private StrandedClause() {}

  /** The head of the stranded clause {@code verb} reports, if any. */
  static Optional<Integer> of(Sentence sentence, int verb) {
    if (!SpeechVerbs.isSpeech(sentence.token(verb).lemma())) return Optional.empty();
    for (Token t : sentence.tokens()) {
      if (t.index() <= verb || !isThatClause(sentence, t.index())) continue;
      Optional<Arc> up = sentence.head(t.index());
      String rel = up.map(Arc::baseRelation).orElse("");
      if (!rel.equals("dep") && !rel.equals("acl")) continue;
      int at = up.get().governor();
      for (int links = 0; links < MAX_LINKS && at > verb; links++) {
        if (sentence.token(at).isVerb()) break;
        Optional<Arc> next = sentence.head(at);
        String r = next.map(Arc::baseRelation).orElse("");
        if (!r.equals("obl") && !r.equals("nmod")) break;
        at = next.get().governor();
        if (at == verb) return Optional.of(t.index());
      }
    }
    return Optional.empty();
  }

  private static boolean isThatClause(Sentence sentence, int head) {
    boolean that = false;
    boolean subject = false;
    for (Arc arc : sentence.dependents(head)) {
      that |= arc.baseRelation().equals("mark") && sentence.token(arc.dependent()).lower().equals("that");
      subject |= arc.baseRelation().equals("nsubj");
    }
    return that && subject;
  }
}
