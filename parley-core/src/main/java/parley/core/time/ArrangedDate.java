package parley.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * A date something was arranged for or is to be done by lies ahead of the arranging, whatever its
 * tense: "has set a hearing for July 28", "ordered the companies to repay the loans by December 31",
 * "ordered that the records be released by Thursday".
 * A past perfect keeps it behind ("had been set for May 2").
 */
final class ArrangedDate {
  /** Verbs that fix a date for something: the date comes with "for". */
  private static final Set<String> ARRANGING = Set.of("set", "schedule", "reschedule", "slate", "plan", "fix",
      "call", "book", "reset", "move", "postpone", "delay", "push", "put");

  /** Verbs that ask for something to be done: the deadline comes with "by". */
  private static final Set<String> REQUESTING = Set.of("request", "ask", "demand", "order", "require", "want",
      "expect", "give");

  private ArrangedDate() {}

  /** Whether the time at {@code span}, introduced by {@code prep}, is a date arranged or a deadline set. */
  static boolean ahead(List<Sentence> sentences, Span span, String prep) {
    if (!prep.equals("for") && !prep.equals("by")) return false;
    for (Sentence s : sentences) {
      if (!s.span().contains(span) || s.tokens().isEmpty()) continue;
      OptionalInt head = ClauseLocator.head(s, span);
      if (head.isEmpty()) return false;
      Optional<Arc> up = s.head(head.getAsInt());
      if (up.isEmpty() || up.get().governor() < 0 || !up.get().baseRelation().equals("obl")) return false;
      int verb = up.get().governor();
      if (!s.token(verb).isVerb() || TenseCue.hasAux(s, verb, "had")) return false;
      // "has set a hearing for July 28" stands arranged; "students planned a vigil for Thursday" and
      // "a service planned for Saturday was canceled" tell of a plan that may be over
      if (prep.equals("for")) {
        return ARRANGING.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT)) && presentAux(s, verb);
      }
      // "has requested the documents by March 12": a deadline set and standing lies ahead
      if (REQUESTING.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT)) && presentAux(s, verb)) return true;
      // "to repay the loans by December 31": what is to be done by a day is still to come
      return (TenseCue.isInfinitive(s, verb) || MandativeSubjunctive.is(s, verb)) && !perfectAbove(s, verb);
    }
    return false;
  }

  /** "had asked them to leave by May": a past perfect above the infinitive tells a deadline already gone. */
  private static boolean perfectAbove(Sentence s, int verb) {
    Optional<Arc> up = s.head(verb);
    return up.isPresent() && up.get().governor() >= 0 && TenseCue.hasAux(s, up.get().governor(), "had");
  }

  /** "has set", "have scheduled", "is set": an auxiliary in the present. */
  private static boolean presentAux(Sentence s, int verb) {
    for (Arc arc : s.dependents(verb)) {
      String pos = s.token(arc.dependent()).pos();
      if (arc.relation().startsWith("aux") && (pos.equals("VBZ") || pos.equals("VBP"))) return true;
    }
    return false;
  }
}
