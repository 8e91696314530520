package parley.core.time;

import java.util.Locale;
import java.util.Set;

/**
 * Verbs whose past is spelled as their present ("burst", "cut", "hit", "put"): tagged as a plural
 * present (VBP) in a news report ("tensions burst into public view Tuesday") they are more often
 * the past, so they set no timetable. Stateless.
 */
final class SamePastForm {
  private static final Set<String> SAME = Set.of("burst", "cut", "hit", "put", "shut", "split", "spread", "cast",
      "cost", "hurt", "let", "quit", "beat", "bet", "bid", "broadcast", "forecast", "upset", "thrust", "shed", "read",
      "struck", "slit", "rid");

  private SamePastForm() {}

  static boolean isSameAsPast(String word) {
    return SAME.contains(word.toLowerCase(Locale.ROOT));
  }
}
