package parley.core.quote;

import java.util.Set;
import parley.core.doc.Token;

/**
 * Verbs by which printed copy carries words: "“Stop the tax,” reads a sign", "“Choke!” blared the
 * front page". Printed right after a quote, such a verb speaks through the noun phrase after it, as
 * an inverted "said" does; elsewhere they report nothing ("read the bill").
 */
final class PrintedCopy {
  private PrintedCopy() {}

  private static final Set<String> LEMMAS = Set.of("read", "blare", "scream", "declare", "proclaim");

  /** Whether a token is such a verb in a finite form ("read", "reads", "blared"), not "read by". */
  static boolean reads(Token t) {
    String pos = t.pos();
    return LEMMAS.contains(t.lemma()) && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"));
  }
}
