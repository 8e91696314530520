package parley.core.code;

import java.util.Set;
import parley.core.doc.EventType;

/**
 * Acts that a decision of the one who carries them out puts into effect: "Japan has decided to lift
 * the sanctions", "the government decided to ease the curfew", "decided to expel the diplomats". A
 * taken decision to yield (08x), to investigate (09x), to reject (12x), to reduce relations or
 * sanction (16x), to impose restrictions (172x), to expel (174) or to recognise, forgive or
 * pardon (054, 056) is the act itself, as the codebook and the PLOVER coding read it. Acts that
 * need another party or happen later in the field (meetings, visits, aid, attacks, protests) stay
 * a stated intent ("decided to attack" is a threat, "decided to visit" an intent to meet).
 */
final class DecidedActs {
  private static final Set<String> EFFECTED = Set.of("08", "09", "12", "16", "172", "174", "054", "056");

  private DecidedActs() {}

  /** The decision puts an act of this type into effect. */
  static boolean effected(EventType type) {
    String code = type.code();
    for (int length = Math.min(code.length(), 3); length >= 2; length--) {
      if (EFFECTED.contains(code.substring(0, length))) return true;
    }
    return false;
  }
}
