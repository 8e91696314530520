package parley.core.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.time.TimeValueResolver.Tense;

/**
 * Guesses whether an underspecified expression ("on Friday", "in April") points back or ahead from
 * the words nearest to it in its sentence: "will", "is to", "scheduled" point ahead; "said",
 * "was", "had" point back. Without either, news reports the past.
 */
final class TenseCue {
  private static final Pattern FUTURE = Pattern.compile("\\b(?:will|won't|'ll|shall|would|going to|"
      + "plans? to|planned|scheduled|expected to|expects? to|due to|due|is to|are to|to be held|"
      + "intends? to|aims? to|hopes? to|set to|upcoming|until|before|by)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PAST = Pattern.compile("\\b(?:said|says|was|were|had|did|told|"
      + "met|held|gave|took|went|came|made|saw|began|won|lost|left|sent|led|fought|fell|rose|spoke|wrote|"
      + "broke|chose|drew|drove|ate|flew|forgot|froze|got|grew|hit|hid|knew|lay|meant|paid|put|ran|"
      + "sat|sold|shot|stood|struck|swore|thought|threw|understood|woke|wore|became|brought|bought|"
      + "caught|felt|found|heard|kept|built|ago|earlier|since|[a-z]{3,}ed)\\b", Pattern.CASE_INSENSITIVE);

  private TenseCue() {}

  /** The tense for an expression at {@code [start, end)} inside sentence {@code [from, to)}. */
  static Tense of(String text, int from, int to, int start, int end) {
    int future = nearest(FUTURE.matcher(text), from, to, start, end);
    int past = nearest(PAST.matcher(text), from, to, start, end);
    if (future < past) return Tense.FUTURE;
    return past < Integer.MAX_VALUE ? Tense.PAST : Tense.UNKNOWN;
  }

  private static int nearest(Matcher m, int from, int to, int start, int end) {
    int best = Integer.MAX_VALUE;
    m.region(from, to);
    while (m.find()) {
      int distance = m.end() <= start ? start - m.end() : m.start() >= end ? m.start() - end : 0;
      if (m.start() >= end) distance += 10;
      best = Math.min(best, distance);
    }
    return best;
  }
}
