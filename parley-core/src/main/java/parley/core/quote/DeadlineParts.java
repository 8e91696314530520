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
    if (s.token(first).lower().equals("'s")) first++;
    return s.spanOf(first, last);
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
