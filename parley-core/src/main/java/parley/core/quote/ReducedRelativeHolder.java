package parley.core.quote;

import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * The verb whose subject must meet a deadline named with a reduced relative: "Iran has until the
 * April 17 deadline set by Washington", "Iran must meet the deadline set by Washington". The parser
 * makes the deadline the participle's subject and hangs the participle on that verb ("has" with
 * "until", or "meet"/"miss"/"beat").
 */
final class ReducedRelativeHolder {
  private ReducedRelativeHolder() {}

  /**
   * The verb above participle {@code participle} (on deadline {@code noun}) when it is "have" with
   * "until" or a verb of meeting; else empty.
   */
  static Optional<Integer> of(Sentence s, int noun, int participle) {
    Optional<Arc> up = s.head(participle);
    if (up.isEmpty() || up.get().governor() < 0) return Optional.empty();
    int verb = up.get().governor();
    String lemma = s.token(verb).lemma();
    boolean until = untilOn(s, participle) || untilOn(s, noun);
    if (lemma.equals("have") && until || DeadlineNouns.MEETING.contains(lemma)) return Optional.of(verb);
    return Optional.empty();
  }

  private static boolean untilOn(Sentence s, int token) {
    return s.dependents(token).stream().anyMatch(a -> s.token(a.dependent()).text().equalsIgnoreCase("until"));
  }
}
