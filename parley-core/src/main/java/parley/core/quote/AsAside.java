package parley.core.quote;

import parley.core.doc.Sentence;

/**
 * "Hawaii, as one of the president's advisers pointed out, rarely gets two storms", "If, as I have
 * suggested, the rules ...": an aside may open with "as" right after its comma, and its speaker
 * may be "one of" a group. Read for {@link AttributionAside}.
 */
final class AsAside {
  private AsAside() {}

  /** Whether {@code t} is an "as" right after the comma opening an aside. */
  static boolean opens(Sentence sentence, int t) {
    return t > 0 && sentence.token(t).lower().equals("as") && sentence.token(t - 1).text().equals(",");
  }

  /** Whether {@code t} is the "of" of "one of the advisers", inside a speaker phrase whose head is found. */
  static boolean partOf(Sentence sentence, int t, int head) {
    return head > t && sentence.token(t).lower().equals("of") && t > 0
        && (sentence.token(t - 1).lower().equals("one") || sentence.token(t - 1).pos().equals("CD")
            || sentence.token(t - 1).lower().equals("some") || sentence.token(t - 1).lower().equals("many"));
  }
}
