package parley.core.time;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

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

  private OwnPastVerb() {}

  /** Whether the time at {@code [start, end)}, introduced by {@code prep}, hangs on a past-tense verb. */
  static boolean times(String text, List<Sentence> sentences, int start, int end, String prep) {
    return pastVerb(text, sentences, start, end, prep).isPresent();
  }

  /**
   * Whether the time hangs on a past-tense verb with no common noun of that verb between them ("was
   * held on December 12", "met in Hanoi in February", "On Sept. 25 the board began talks"): the time
   * can then only be the verb's, so a date weeks ahead of the story is last year's. With a noun
   * between ("told them of a cutback in supplies in September") the parser may have hung the noun's
   * date on the verb, and the date keeps the reading ahead.
   */
  static boolean timesAlone(Candidate c, String text, List<Sentence> sentences, String prep) {
    if (c.kind() != Kind.MONTH && c.kind() != Kind.MONTH_DAY && c.kind() != Kind.DAY_MONTH) return false;
    // a bare month may be a misparsed subject: "I always thought June was right"
    if (c.kind() == Kind.MONTH && prep.isEmpty()) return false;
    // "March 31, 1987" needs no year; "to call a June election" dates the noun
    if (c.group("year") != null || TenseCue.determinerBefore(text, 0, c.start())) {
      return false;
    }
    int start = c.start();
    int end = c.end();
    Optional<int[]> found = pastVerb(text, sentences, start, end, prep);
    if (found.isEmpty()) return false;
    Sentence s = ClauseLocator.sentenceOf(sentences, new Span(start, end)).orElseThrow();
    int verb = found.get()[0];
    int head = found.get()[1];
    for (Arc arc : s.dependents(verb)) {
      int d = arc.dependent();
      if (d > verb && d < head && s.token(d).pos().matches("NNS?")) return false;
    }
    return true;
  }

  /** The past verb the time hangs on and the time's head token, if it hangs on one. */
  private static Optional<int[]> pastVerb(String text, List<Sentence> sentences, int start, int end, String prep) {
    if (BOUNDS.contains(prep) || BOUND_BEFORE.matcher(text).region(Math.max(0, start - 12), start).find()) {
      return Optional.empty();
    }
    Span span = new Span(start, end);
    Optional<Sentence> found = ClauseLocator.sentenceOf(sentences, span);
    if (found.isEmpty()) return Optional.empty();
    Sentence s = found.get();
    OptionalInt head = ClauseLocator.head(s, span);
    if (head.isEmpty()) return Optional.empty();
    OptionalInt verb = ClauseLocator.timeAdjunctOf(s, head.getAsInt());
    if (verb.isEmpty()) return Optional.empty();
    boolean past = s.token(verb.getAsInt()).isVerb() && TenseCue.verbTense(s, verb.getAsInt()) == TimeValueResolver.Tense.PAST;
    return past ? Optional.of(new int[] {verb.getAsInt(), head.getAsInt()}) : Optional.empty();
  }
}
