package parley.core.time;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * Whether a time hangs straight on a verb with "will" or "shall" ("the election will be held in
 * November", "will pay the dividend on Dec. 15"): a date it names then lies ahead, however far, even
 * when last year's lies nearer ("in November" told in January is this November, not last). A time
 * on a noun ("will review their February 22 pact") or a bound ("agreed to ship by April 7") says
 * nothing about the verb's tense and is left to the nearest-date rule.
 */
final class OwnFutureVerb {
  private static final Set<String> AUXILIARIES = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> TIME_RELATIONS = Set.of("obl", "obl:tmod", "nmod:tmod", "advmod", "obl:npmod");

  private OwnFutureVerb() {}

  /** Whether the time at {@code [start, end)}, introduced by {@code prep}, hangs on a verb with "will". */
  static boolean times(List<Sentence> sentences, int start, int end, String prep) {
    if (prep.equals("by") || prep.equals("since")) return false;
    Span span = new Span(start, end);
    for (Sentence s : sentences) {
      if (!s.span().contains(span) || s.tokens().isEmpty()) continue;
      OptionalInt head = ClauseLocator.head(s, span);
      if (head.isEmpty()) return false;
      Optional<Arc> up = s.head(head.getAsInt());
      if (up.isEmpty() || up.get().governor() < 0 || !TIME_RELATIONS.contains(up.get().relation())) return false;
      int verb = up.get().governor();
      return s.token(verb).isVerb() && hasWill(s, verb);
    }
    return false;
  }

  private static boolean hasWill(Sentence s, int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().equals("aux") && AUXILIARIES.contains(s.token(arc.dependent()).text().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
