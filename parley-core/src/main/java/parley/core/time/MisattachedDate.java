package parley.core.time;

import java.util.Optional;
import java.util.OptionalInt;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * A date the parser hung on a present-tense verb it follows, when it stands right before a past-tense
 * verb: in "The government, which accuses the rebels of terror, on Monday rejected their offer", "on
 * Monday" ends the relative clause for the parser but times the rejection. Stateless.
 */
final class MisattachedDate {
  private MisattachedDate() {}

  /**
   * The verb {@code time} (headed by {@code timeHead}) times: the past-tense verb right after it when
   * the parse hangs it on a present-tense verb before it; else its governor as parsed.
   */
  static OptionalInt verbOf(Sentence sentence, Span time, int timeHead) {
    Optional<Arc> arc = sentence.head(timeHead);
    if (arc.isEmpty() || arc.get().governor() < 0) return OptionalInt.empty();
    int governor = arc.get().governor();
    Token present = sentence.token(governor);
    if (!(present.pos().equals("VBZ") || present.pos().equals("VBP")) || present.span().end() > time.start()) {
      return OptionalInt.of(governor);
    }
    OptionalInt next = nextVerb(sentence, time);
    return next.isPresent() ? next : OptionalInt.of(governor);
  }

  /** The past-tense verb (or the verb of a past auxiliary) that starts right after {@code time}. */
  private static OptionalInt nextVerb(Sentence sentence, Span time) {
    for (Token t : sentence.tokens()) {
      if (t.span().start() < time.end()) continue;
      if (t.pos().equals("VBD") && sentence.head(t.index()).map(a -> !a.baseRelation().startsWith("aux")).orElse(true)) {
        return OptionalInt.of(t.index());
      }
      if (t.pos().equals("VBD") || t.pos().equals("MD")) {
        return sentence.head(t.index()).map(a -> OptionalInt.of(a.governor())).orElse(OptionalInt.empty());
      }
      return OptionalInt.empty();
    }
    return OptionalInt.empty();
  }
}
