package parley.core.eval;

import java.util.Locale;
import java.util.Map;

/** Which event class a match must agree on: the CAMEO root, or the PLOVER type. */
public enum ClassScheme {
  CAMEO,
  PLOVER;

  private static final Map<String, String> PLOVER_SUCCESSORS = Map.of(
      "DEMAND", "REQUEST",
      "DISAPPROVE", "ACCUSE",
      "FIGHT", "ASSAULT",
      "CONCEDE", "YIELD",
      "RETREAT", "YIELD",
      "INVESTIGATE", "ACCUSE");

  /** A PLOVER 0.5 name read as its successor in the current manual. */
  public static String ploverName(String type) {
    String upper = type.toUpperCase(Locale.ROOT).trim();
    return PLOVER_SUCCESSORS.getOrDefault(upper, upper);
  }
}
