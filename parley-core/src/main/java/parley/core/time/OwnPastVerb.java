package parley.core.time;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * Whether a time hangs straight on a verb in a past tense ("In March, a car bomb killed ...", "the
 * fiscal year ended Jan. 31", "revealed in March"), not on a noun ("a deadline of January 15") nor
 * as a bound or target ("ordered them to finish by January", "extended through May", "extended to
 * Nov. 20", "planned for early March"): a date it names is then one already past, however far back.
 */
final class OwnPastVerb {
  private static final Set<String> BOUNDS = Set.of("by", "until", "till", "before", "through", "after", "to", "for");
  /** A bound or target the expression's own preposition group leaves out: "extended to Nov. 20", "planned for early March". */
  private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)\\b(?:to|for|after|until|through)\\s+$");
  private static final Set<String> TIME_RELATIONS = Set.of("obl", "obl:tmod", "nmod:tmod", "advmod", "obl:npmod");

  private OwnPastVerb() {}

  /** Whether the time at {@code [start, end)}, introduced by {@code prep}, hangs on a past-tense verb. */
  static boolean times(String text, List<Sentence> sentences, int start, int end, String prep) {
    if (BOUNDS.contains(prep) || BOUND_BEFORE.matcher(text).region(Math.max(0, start - 12), start).find()) return false;
    Span span = new Span(start, end);
    for (Sentence s : sentences) {
      if (!s.span().contains(span) || s.tokens().isEmpty()) continue;
      OptionalInt head = ClauseLocator.head(s, span);
      if (head.isEmpty()) return false;
      Optional<Arc> up = s.head(head.getAsInt());
      if (up.isEmpty() || up.get().governor() < 0 || !TIME_RELATIONS.contains(up.get().relation())) return false;
      int verb = up.get().governor();
      return s.token(verb).isVerb() && TenseCue.verbTense(s, verb) == TimeValueResolver.Tense.PAST;
    }
    return false;
  }
}
