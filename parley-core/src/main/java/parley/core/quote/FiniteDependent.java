package parley.core.quote;

import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * "Ortiz offered the heckler a job, then says he will take advice": a finite speech verb with no
 * subject of its own that the parser hung on an earlier verb as an unknown dependent, after "then",
 * "and" or "later", is that verb's second predicate, and shares its subject, as a conjunct does.
 */
final class FiniteDependent {
  private FiniteDependent() {}

  /**
   * Words that open a second predicate: "..., then says", "and later told". A bare ", agreed in
   * January," is a participle the tagger took for a past tense, no predicate.
   */
  private static final java.util.Set<String> LINKS = java.util.Set.of("then", "and", "but", "later", "also", "now");

  static boolean sharesSubject(Sentence sentence, int verb) {
    String pos = sentence.token(verb).pos();
    boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    if (!finite || !SpeechVerbs.isSpeech(sentence.token(verb).lemma())) return false;
    Optional<Arc> up = sentence.head(verb).filter(a -> a.governor() >= 0 && a.governor() < verb);
    if (up.isEmpty() || !up.get().baseRelation().equals("dep") || !sentence.token(up.get().governor()).isVerb()) {
      return false;
    }
    int before = verb - 1;
    boolean second = before > 0 && (sentence.token(before).pos().equals("CC") || sentence.token(before).pos().equals("RB"))
        && LINKS.contains(sentence.token(before).lower());
    if (!second) return false;
    return sentence.dependents(verb).stream().noneMatch(a -> a.baseRelation().startsWith("nsubj")
        || a.baseRelation().startsWith("csubj") || a.relation().equals("expl"));
  }
}
