package parley.core.time;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;
import parley.core.doc.Token;

/**
 * Verbs joined by a conjunction and the time they share. A time at the very end of the last of two
 * verbs with one subject and one tense ("Obama lectured the nation and defended his record on Sunday
 * night") times both: the parser hangs it on the last. A conjunct with its own subject ("and aides
 * defended it on Sunday") or its own tense ("criticized it on Monday but will support it") has a
 * time of its own. Stateless.
 */
final class CoordinatedVerbs {
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj", "expl");

  private CoordinatedVerbs() {}

  /**
   * The date trailing the last verb coordinated with {@code verb} (after it), when that verb and
   * every conjunct share {@code verb}'s subject and tense.
   */
  static Optional<String> sharedTrailingDate(Sentence sentence, int verb, List<TimeExpression> dates) {
    if (!sentence.token(verb).isVerb()) return Optional.empty();
    int first = verb;
    Optional<Arc> up = sentence.head(verb);
    if (up.isPresent() && up.get().baseRelation().equals("conj") && up.get().governor() >= 0) {
      if (hasOwnSubject(sentence, verb)) return Optional.empty();
      first = up.get().governor();
    }
    if (!sentence.token(first).isVerb()) return Optional.empty();
    int last = -1;
    for (Arc arc : sentence.dependents(first)) {
      if (arc.baseRelation().equals("conj") && arc.dependent() > last) last = arc.dependent();
    }
    if (last <= verb || !sentence.token(last).isVerb() || hasOwnSubject(sentence, last)
        || !sameTense(sentence, first, last) || (verb != first && !sameTense(sentence, first, verb))) {
      return Optional.empty();
    }
    for (TimeExpression t : dates) {
      OptionalInt head = ClauseLocator.head(sentence, t.span());
      if (head.isEmpty()) continue;
      Optional<Arc> arc = sentence.head(head.getAsInt());
      if (arc.isPresent() && arc.get().governor() == last && EventDater.TEMPORAL.contains(arc.get().relation())
          && !DateAttachment.isBound(sentence, head.getAsInt()) && trails(sentence, last, t)) {
        return t.value();
      }
    }
    return Optional.empty();
  }

  /** Whether no word of {@code verb}'s clause but punctuation follows the time. */
  private static boolean trails(Sentence sentence, int verb, TimeExpression time) {
    for (Arc arc : sentence.dependents(verb)) {
      Token t = sentence.token(arc.dependent());
      if (t.span().start() >= time.span().end() && !arc.baseRelation().equals("punct")) return false;
    }
    return true;
  }

  private static boolean hasOwnSubject(Sentence sentence, int verb) {
    return sentence.dependents(verb).stream().anyMatch(a -> SUBJECTS.contains(a.relation())
        || a.baseRelation().equals("nsubj"));
  }

  /**
   * Whether conjunct {@code later} has the tense of {@code first}: the same form and auxiliaries,
   * or none of its own ("will lecture and defend" shares "will").
   */
  static boolean sameTense(Sentence sentence, int first, int later) {
    if (!sentence.token(first).isVerb() || !sentence.token(later).isVerb()) return true;
    String pos = sentence.token(later).pos();
    boolean bare = pos.equals("VB") || pos.equals("VBN") || pos.equals("VBG");
    if (bare && auxiliaries(sentence, later).isEmpty()) return true;
    return tense(sentence, first).equals(tense(sentence, later));
  }

  private static String tense(Sentence sentence, int verb) {
    List<Token> aux = auxiliaries(sentence, verb);
    if (aux.stream().anyMatch(a -> a.pos().equals("MD"))) return "modal";
    if (aux.stream().anyMatch(a -> a.lemma().equals("have"))) return "perfect";
    String pos = sentence.token(verb).pos();
    if (pos.equals("VBD") || aux.stream().anyMatch(a -> a.pos().equals("VBD"))) return "past";
    if (pos.equals("VBZ") || pos.equals("VBP") || aux.stream().anyMatch(a -> a.pos().equals("VBZ")
        || a.pos().equals("VBP"))) {
      return "present";
    }
    return pos;
  }

  private static List<Token> auxiliaries(Sentence sentence, int verb) {
    return sentence.dependents(verb).stream().filter(a -> a.baseRelation().startsWith("aux"))
        .map(a -> sentence.token(a.dependent())).toList();
  }
}
