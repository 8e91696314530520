package parley.core.quote;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * A reported clause the parser made the head of its own speech verb: in "He said there were a
 * million tweets" the parser hangs "said" on "tweets" as a clausal subject, and in "while he said he
 * would bring back the policy, he ..." on "bring" as an adverbial clause. A speech verb with a
 * subject of its own and no clause of its own, hung so on a later word, reports the clause of that
 * word when the clause follows the verb at once (no comma between: "Before Smith testified, the
 * panel met" is no report) and has its subject after the verb with no comma between ("there",
 * "he", "Tuesday that the plan"; not "continued in most regions ..., the agency said"), and is no
 * clause of another speech verb: the words from the
 * verb to the end of the clause, or to a comma that closes it and opens another ("..., he
 * clarified").
 */
final class UpsideDownReport {
  private UpsideDownReport() {}

  private static final Set<String> HUNG_AS = Set.of("csubj", "advcl");

  /** Marks that end the reported clause when hung on its head. */
  private static final Set<String> CLOSERS = Set.of(",", ";", ":", "—", "--", "–");

  static Optional<Span> of(Sentence sentence, int verb) {
    if (!SpeechVerbs.isSpeech(sentence.token(verb).lemma()) || !sentence.token(verb).isVerb()) return Optional.empty();
    Optional<Arc> up = sentence.head(verb).filter(a -> a.governor() > verb + 1 && HUNG_AS.contains(a.baseRelation()));
    if (up.isEmpty()) return Optional.empty();
    int clause = up.get().governor();
    if (sentence.token(clause).isVerb() && SpeechVerbs.isSpeech(sentence.token(clause).lemma())) return Optional.empty();
    boolean ownSubject = false;
    for (Arc arc : sentence.dependents(verb)) {
      String rel = arc.baseRelation();
      if (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("obj")) return Optional.empty();
      if (arc.relation().equals("nsubj") && arc.dependent() < verb) ownSubject = true;
    }
    if (!ownSubject || sentence.token(verb + 1).pos().equals(",") || CLOSERS.contains(sentence.token(verb + 1).text())) {
      return Optional.empty();
    }
    boolean subjectAfter = sentence.token(verb + 1).lower().equals("there") || sentence.token(verb + 1).lower().equals("that");
    for (Arc arc : sentence.dependents(clause)) {
      String rel = arc.baseRelation();
      boolean subject = rel.equals("nsubj") || rel.equals("expl");
      if (subject && arc.dependent() < verb) return Optional.empty();
      if (subject && arc.dependent() > verb && !commaBetween(sentence, verb, firstOf(sentence, arc.dependent()))) {
        subjectAfter = true;
      }
    }
    if (!subjectAfter) return Optional.empty();
    int last = sentence.size() - 1;
    for (int t = verb + 1; t < sentence.size(); t++) {
      boolean closes = CLOSERS.contains(sentence.token(t).text()) && t > clause
          && sentence.head(t).map(a -> a.governor() == clause).orElse(false);
      if (closes) {
        last = t - 1;
        break;
      }
    }
    return Optional.of(ReportedSpeech.trimmed(sentence, verb + 1, last)).filter(s -> s.length() > 0);
  }

  private static boolean commaBetween(Sentence sentence, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (CLOSERS.contains(sentence.token(t).text())) return true;
    }
    return false;
  }

  /** The first token of the phrase headed by {@code head}. */
  private static int firstOf(Sentence sentence, int head) {
    int first = head;
    for (Arc arc : sentence.dependents(head)) {
      if (arc.dependent() < head) first = Math.min(first, firstOf(sentence, arc.dependent()));
    }
    return first;
  }
}
