package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;
import parley.core.time.ClauseLocator;

/** Reads the parts of a deadline from a parsed sentence: actors, the demand, the dates. */
final class DeadlineParts {
  private static final Set<String> DATE_RELATIONS = Set.of("obl", "obl:tmod", "nmod:tmod", "advmod",
      "obl:npmod", "nmod", "nmod:poss");

  private DeadlineParts() {}

  /** The dependent of {@code governor} with {@code relation} (and, if given, preposition). */
  static Optional<Integer> dependent(Sentence s, int governor, String relation, Set<String> prepositions) {
    for (Arc arc : s.dependents(governor)) {
      if (!arc.relation().equals(relation) && !arc.baseRelation().equals(relation)) continue;
      if (prepositions.isEmpty() || prepositions.contains(preposition(s, arc.dependent()))) {
        return Optional.of(arc.dependent());
      }
    }
    return Optional.empty();
  }

  static String preposition(Sentence s, int token) {
    for (Arc arc : s.dependents(token)) {
      if (arc.baseRelation().equals("case")) return s.token(arc.dependent()).lower();
    }
    return "";
  }

  /** The actor at {@code token}: the actor mention covering it, else the words of its phrase. */
  static ActorRef actor(Document doc, Sentence s, int token) {
    for (ActorMention a : doc.actorsIn(s.index())) {
      if (a.covers(token)) return a.actor();
    }
    Span span = subtree(s, token, Set.of("det", "amod", "compound", "flat", "nmod:poss", "case"));
    return new ActorRef(Optional.empty(), doc.slice(span), span);
  }

  /** The span of {@code token} and its dependents, following only the given relations (all if empty). */
  static Span subtree(Sentence s, int token, Set<String> relations) {
    List<Integer> todo = new ArrayList<>(List.of(token));
    int first = token;
    int last = token;
    while (!todo.isEmpty()) {
      int t = todo.remove(todo.size() - 1);
      for (Arc arc : s.dependents(t)) {
        if (!relations.isEmpty() && !relations.contains(arc.relation()) && !relations.contains(arc.baseRelation())) {
          continue;
        }
        if (arc.baseRelation().equals("punct")) continue;
        first = Math.min(first, arc.dependent());
        last = Math.max(last, arc.dependent());
        todo.add(arc.dependent());
      }
    }
    // a possessive "'s" opening the phrase is not part of it; "Let's" keeps its lone "'s"
    if (first < last && s.token(first).lower().equals("'s")) first++;
    return s.spanOf(first, last);
  }

  private static final java.util.regex.Pattern END_OF = java.util.regex.Pattern.compile("(?i)\\bend\\b");

  /**
   * The due date a time gives: its value, except that "by the end of the year" (valued 2019, the
   * period it ends) falls due on the period's last day, 2019-12-31.
   */
  static Optional<String> due(TimeExpression t) {
    if (t.value().isEmpty() || !END_OF.matcher(t.text()).find()) return t.value();
    return t.value().map(DeadlineParts::lastDay);
  }

  /** The last day of a period value (2019 gives 2019-12-31); other values as they are. */
  static String lastDay(String period) {
    if (period.matches("\\d{4}")) return period + "-12-31";
    if (period.matches("\\d{4}-\\d{2}")) return java.time.YearMonth.parse(period).atEndOfMonth().toString();
    if (period.matches("\\d{4}-Q[1-4]")) {
      int q = period.charAt(6) - '0';
      return java.time.YearMonth.of(Integer.parseInt(period.substring(0, 4)), 3 * q).atEndOfMonth().toString();
    }
    java.util.regex.Matcher week = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})").matcher(period);
    if (week.matches()) {
      return java.time.LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
          .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
          .with(java.time.DayOfWeek.SUNDAY).toString();
    }
    return period;
  }

  /** The date of the clause of {@code verb}: a time attached to it or to a verb above it. */
  static Optional<String> dateOf(Sentence s, int verb, List<TimeExpression> times, Span exclude) {
    int current = verb;
    for (int steps = 0; current >= 0 && steps < s.size(); steps++) {
      for (TimeExpression t : times) {
        if (t.span().overlaps(exclude) || t.value().isEmpty() || !t.value().get().matches("\\d{4}.*")) continue;
        var head = ClauseLocator.head(s, t.span());
        if (head.isEmpty()) continue;
        Optional<Arc> arc = s.head(head.getAsInt());
        if (arc.isPresent() && arc.get().governor() == current && DATE_RELATIONS.contains(arc.get().relation())) {
          return t.value();
        }
      }
      current = s.head(current).map(Arc::governor).orElse(-1);
    }
    return Optional.empty();
  }
}
