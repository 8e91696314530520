package parley.core.time;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;
import parley.core.doc.Token;

/**
 * A past act whose own clause has no date takes the date of a "when", "as" or "while" clause or a bare
 * participle clause before it, which tell the same occasion: "When she ran for the Senate in
 * 2010, her rival attacked her", "Speaking last night, the minister set out his position". Clauses of
 * "after", "before" or "since" tell another time and are not read. Stateless.
 */
final class AdverbialClauseDate {
  /** Subordinators of a clause at the same time as its governor. */
  private static final Set<String> SAME_TIME = Set.of("when", "as", "while");

  private AdverbialClauseDate() {}

  /** The date of a same-time clause on {@code verb}, when {@code verb} is in the simple past. */
  static Optional<String> date(Sentence sentence, int verb, List<TimeExpression> dates) {
    if (!sentence.token(verb).isVerb() || !ClauseLocator.isSimplePast(sentence, verb)) return Optional.empty();
    for (Arc arc : sentence.dependents(verb)) {
      int clause = arc.dependent();
      // only a clause before the act: one after it is often a deeper clause's the parser hung on it
      // ("tried to defend his remarks praising the state when it crushed the protests in 1989")
      if (!(arc.baseRelation().equals("advcl") || arc.baseRelation().equals("dep")) || clause > verb
          || !sentence.token(clause).isVerb() || !sameTime(sentence, clause)) {
        continue;
      }
      Optional<String> date = EventDater.attached(sentence, clause, dates);
      if (date.isPresent()) return date;
    }
    return Optional.empty();
  }

  /** "when she ran", "as he left", "while visiting"; or a bare participle ("Speaking on Monday"). */
  private static boolean sameTime(Sentence sentence, int clause) {
    Optional<Token> mark = Optional.empty();
    for (Arc arc : sentence.dependents(clause)) {
      boolean marker = arc.baseRelation().equals("mark")
          || (arc.baseRelation().equals("advmod") && arc.dependent() < clause
              && sentence.token(arc.dependent()).lower().equals("when"));
      if (marker) mark = Optional.of(sentence.token(arc.dependent()));
    }
    if (mark.isPresent()) return SAME_TIME.contains(mark.get().lower());
    // "Having served in 2010, ..." tells an earlier time; "Born in 1950, ..." a state, not the occasion
    boolean bare = sentence.dependents(clause).stream().noneMatch(a -> a.baseRelation().startsWith("aux"));
    return bare && sentence.token(clause).pos().equals("VBG");
  }
}
