package parley.core.code;

import java.util.Set;

/**
 * The auxiliaries of the future ("will", "'ll", "shall", and the "wo" of "won't"), and with them the
 * conditional "would" and "'d", which a reported future takes ("said it would").
 */
final class FutureAuxiliaries {
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo");
  private static final Set<String> CONDITIONAL = Set.of("would", "'d");
  /** The "wo" of "won't", as the tokenizer splits it ("wo", "n't"). */
  static final String WONT = "wo";

  private FutureAuxiliaries() {}

  /** "will", "'ll", "shall", "wo": an auxiliary of the future (lower case). */
  static boolean future(String aux) {
    return FUTURE.contains(aux);
  }

  /** A future auxiliary or the conditional "would", "'d" (lower case). */
  static boolean futureOrConditional(String aux) {
    return FUTURE.contains(aux) || CONDITIONAL.contains(aux);
  }
}
