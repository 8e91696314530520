package parley.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;
import parley.core.doc.Token;

/**
 * The date of an event named by a noun, or told in a relative clause on such a noun: the noun's own
 * date before it ("last week's accord", "the March 2014 raid"); else, when the noun is where a dated
 * act took place ("were injured in battles last month", "agreed last September during a visit"), that
 * act's date; and a clause relative to the noun by "in which", "during which" or "when" ("the 2011
 * visit in which they met") is within the noun's time. A deadline's or ultimatum's own date ("a
 * year-end deadline") is when it falls due, so it does not date the act of setting it. Stateless.
 */
final class NounEventDate {
  /** How a date stands before its noun: "2014 raid", "Monday's vote", "last week's accord". */
  private static final Set<String> PRENOMINAL = Set.of("compound", "nummod", "amod", "nmod:poss");

  /** Prepositions that make a noun the occasion an act took place at. */
  private static final Set<String> SETTING = Set.of("in", "during", "amid", "at");

  /** Nouns whose own date is when they fall due, not when they were set: "a year-end deadline". */
  private static final Set<String> DUE_NOUNS = Set.of("deadline", "ultimatum", "cutoff", "cut-off");

  private NounEventDate() {}

  /** The date for the event whose head is {@code head}, a noun or a relative clause's verb. */
  static Optional<String> date(Sentence sentence, int head, List<TimeExpression> dates) {
    Token token = sentence.token(head);
    if (token.isNoun()) return nounDate(sentence, head, dates);
    Optional<Arc> up = sentence.head(head);
    if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("acl:relcl")
        || !sentence.token(up.get().governor()).isNoun() || !withinTime(sentence, head)) {
      return Optional.empty();
    }
    return nounDate(sentence, up.get().governor(), dates);
  }

  private static Optional<String> nounDate(Sentence sentence, int noun, List<TimeExpression> dates) {
    Optional<String> own = ownDate(sentence, noun, dates);
    if (own.isPresent()) return own;
    Optional<Arc> up = sentence.head(noun);
    if (up.isEmpty() || up.get().governor() < 0 || !up.get().baseRelation().equals("obl")) return Optional.empty();
    int verb = up.get().governor();
    if (!sentence.token(verb).isVerb() || !caseOf(sentence, noun).map(SETTING::contains).orElse(false)) {
      return Optional.empty();
    }
    return EventDater.attached(sentence, verb, dates);
  }

  /** The date standing before the noun ("last week's accord"); none for a noun dated by when it falls due. */
  private static Optional<String> ownDate(Sentence sentence, int noun, List<TimeExpression> dates) {
    if (DUE_NOUNS.contains(sentence.token(noun).lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
    for (TimeExpression t : dates) {
      OptionalInt timeHead = ClauseLocator.head(sentence, t.span());
      if (timeHead.isEmpty() || t.span().end() > sentence.token(noun).span().start()) continue;
      Optional<Arc> arc = sentence.head(timeHead.getAsInt());
      if (arc.isPresent() && arc.get().governor() == noun && PRENOMINAL.contains(arc.get().relation())) {
        return t.value();
      }
    }
    return Optional.empty();
  }

  /** Whether the relative clause of {@code verb} opens with "in which", "during which" or "when". */
  private static boolean withinTime(Sentence sentence, int verb) {
    for (Arc arc : sentence.dependents(verb)) {
      Token word = sentence.token(arc.dependent());
      String lower = word.text().toLowerCase(Locale.ROOT);
      if (arc.baseRelation().equals("advmod") && lower.equals("when") && word.index() < verb) return true;
      if (arc.baseRelation().equals("obl") && (lower.equals("which") || lower.equals("whom"))
          && caseOf(sentence, word.index()).filter(c -> c.equals("in") || c.equals("during")).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The preposition marking {@code token} ("in", "during"), lower case. */
  static Optional<String> caseOf(Sentence sentence, int token) {
    for (Arc arc : sentence.dependents(token)) {
      if (arc.baseRelation().equals("case")) return Optional.of(sentence.token(arc.dependent()).lower());
    }
    return Optional.empty();
  }
}
