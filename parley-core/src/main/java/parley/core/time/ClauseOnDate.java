package parley.core.time;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;

/**
 * A clause relative to a date is at that date: "became apparent in 2014, when Germany urged ...",
 * "boiled over on Wednesday night when Sanders took issue ...", "since 2014, when Russia annexed
 * Crimea". The parse hangs such a "when" clause on the date's own noun (acl:relcl); a conjunct of
 * the clause ("took issue ... and assailed") shares it. The date holds whatever the tense of the
 * clause the date sits in. Stateless.
 */
final class ClauseOnDate {
  private ClauseOnDate() {}

  static Optional<String> date(Sentence sentence, int verb, List<TimeExpression> dates) {
    if (!sentence.token(verb).isVerb()) return Optional.empty();
    Optional<Arc> arc = sentence.head(ConjunctChain.first(sentence, verb));
    if (arc.isEmpty() || arc.get().governor() < 0 || !arc.get().relation().equals("acl:relcl")) {
      return Optional.empty();
    }
    int noun = arc.get().governor();
    for (TimeExpression t : dates) {
      OptionalInt head = ClauseLocator.head(sentence, t.span());
      if (head.isPresent() && head.getAsInt() == noun) return t.value();
    }
    return Optional.empty();
  }
}
