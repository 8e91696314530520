package parley.core.quote;

import java.util.List;
import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;
import parley.core.time.ClauseLocator;

/**
 * The setting date of a participle on the deadline noun ("the April 17 deadline set by Washington",
 * "a deadline set last week by the union") is a time on the participle itself: the clause the noun
 * sits in tells another act ("Iran would ask for talks next week, days before the deadline set by
 * Washington"), and so does the report around it.
 */
final class ParticipleDate {
  private ParticipleDate() {}

  /** Whether {@code verb} is a participle modifying the deadline noun (or read with it as subject). */
  static boolean onNoun(Sentence s, int noun, int verb) {
    if (!s.token(verb).pos().equals("VBN")) return false;
    Optional<Arc> up = s.head(verb);
    if (up.isPresent() && up.get().governor() == noun && up.get().baseRelation().equals("acl")) return true;
    Optional<Arc> subject = s.head(noun);
    return subject.isPresent() && subject.get().governor() == verb && subject.get().relation().equals("nsubj")
        && s.dependents(verb).stream().noneMatch(a -> a.baseRelation().equals("aux"));
  }

  /** A time attached to the participle itself. */
  static Optional<String> of(Sentence s, int verb, List<TimeExpression> times, Span exclude) {
    for (TimeExpression t : times) {
      if (t.span().overlaps(exclude) || t.value().isEmpty() || !t.value().get().matches("\\d{4}.*")) continue;
      var head = ClauseLocator.head(s, t.span());
      if (head.isPresent() && s.head(head.getAsInt()).map(Arc::governor).orElse(-1) == verb) return t.value();
    }
    return Optional.empty();
  }
}
