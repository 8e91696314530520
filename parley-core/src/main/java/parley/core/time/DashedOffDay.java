package parley.core.time;

import java.util.Optional;
import java.util.OptionalInt;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * A day set off by a dash from the noun the parser hangs it on: in "the race entered a new phase
 * Wednesday - a delicate minuet that leaders hope will soothe tensions", "Wednesday" ends the
 * clause before the dash and times its verb ("entered"), not the clause after it. Stateless.
 */
final class DashedOffDay {
  private DashedOffDay() {}

  /** The verb of the words before the day, when a dash follows the day and the parse hangs it past the dash. */
  static OptionalInt verbBefore(Sentence s, Span time, int timeHead) {
    Optional<Arc> arc = s.head(timeHead);
    if (arc.isEmpty() || arc.get().governor() < 0) return OptionalInt.empty();
    int governor = arc.get().governor();
    int after = -1;
    int before = -1;
    for (Token t : s.tokens()) {
      if (t.span().end() <= time.start()) before = t.index();
      if (after < 0 && t.span().start() >= time.end()) after = t.index();
    }
    if (after < 0 || before < 0 || governor <= after || !isDash(s.token(after).text())) return OptionalInt.empty();
    int current = before;
    for (int steps = 0; steps < s.size(); steps++) {
      if (s.token(current).isVerb()) return OptionalInt.of(current);
      Optional<Arc> up = s.head(current);
      if (up.isEmpty() || up.get().governor() < 0) return OptionalInt.empty();
      current = up.get().governor();
    }
    return OptionalInt.empty();
  }

  private static boolean isDash(String w) {
    return w.equals("-") || w.equals("--") || w.equals("—") || w.equals("–");
  }
}
