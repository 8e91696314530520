package parley.core.quote;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * What a poll finds, told with "in": "In a new state poll, Smith leads by five points", "Jones is
 * trailing in most surveys". The poll (or "the average of polls") is the source and "in" the cue;
 * the clause or phrase the poll is attached to, without the poll, is the content. A clause that
 * reports someone's words or stance of its own ("In a poll, most voters said ...") is left to that
 * report; what the poll is attached to must be a clause with a subject ("a lead in the polls" is
 * the writer's words, no finding).
 */
final class PollFindings {
  private static final Set<String> POLLS = Set.of("poll", "survey", "polling");

  /** A poll's finding: the "in" cue, the poll noun, and what it found. */
  record Finding(int cue, int poll, Span content) {}

  private PollFindings() {}

  /** The finding cued by an "in" at {@code in}, if its object is a poll. */
  static Optional<Finding> at(Sentence sentence, int in) {
    if (!sentence.token(in).lower().equals("in")) return Optional.empty();
    Optional<Arc> object = sentence.head(in).filter(a -> a.governor() >= 0 && a.baseRelation().equals("case"));
    if (object.isEmpty()) return Optional.empty();
    int poll = object.get().governor();
    if (!isPoll(sentence, poll)) return Optional.empty();
    Optional<Arc> up = sentence.head(poll).filter(a -> a.governor() >= 0
        && (a.baseRelation().equals("obl") || a.baseRelation().equals("nmod")));
    if (up.isEmpty()) return Optional.empty();
    int clause = up.get().governor();
    boolean hasSubject = sentence.dependents(clause).stream().anyMatch(a -> a.baseRelation().equals("nsubj"));
    if (!hasSubject || reportsOfItsOwn(sentence, clause)) return Optional.empty();
    Span content = ReportedSpeech.contentOf(sentence, clause, poll);
    return content.length() == 0 ? Optional.empty() : Optional.of(new Finding(in, poll, content));
  }

  /** Whether a noun's lemma names a poll. */
  static boolean isPoll(String lemma) {
    return POLLS.contains(lemma);
  }

  /** "a poll", "surveys", "the average of polls". */
  private static boolean isPoll(Sentence sentence, int noun) {
    if (POLLS.contains(sentence.token(noun).lemma())) return true;
    return sentence.token(noun).lemma().equals("average") && sentence.dependents(noun).stream()
        .anyMatch(a -> a.baseRelation().equals("nmod") && POLLS.contains(sentence.token(a.dependent()).lemma()));
  }

  /** Whether the clause's own predicate, or a dependent of it, is a speech or stance verb. */
  private static boolean reportsOfItsOwn(Sentence sentence, int clause) {
    if (speaks(sentence, clause)) return true;
    return sentence.dependents(clause).stream().anyMatch(a -> !a.baseRelation().equals("obl") && speaks(sentence, a.dependent()));
  }

  private static boolean speaks(Sentence sentence, int token) {
    String lemma = sentence.token(token).lemma();
    return sentence.token(token).isVerb() && (SpeechVerbs.isSpeech(lemma) || SpeechVerbs.isStance(lemma));
  }
}
