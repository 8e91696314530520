package parley.core.code;

import java.util.Set;

/** How CAMEO actor codes combine: a country or organisation code, then a role ({@code KOR}+{@code GOV}). */
final class ActorCodes {
  private static final Set<String> NON_STATE_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC", "UIS", "INT");

  private ActorCodes() {}

  /**
   * The country part of a code ({@code KORGOV} gives {@code KOR}); an international or non-state
   * code ({@code IGOUNO}) is kept whole, since its first letters name no country.
   */
  static String country(String code) {
    if (code.length() <= 3 || NON_STATE_PREFIXES.contains(code.substring(0, 3))) return code;
    return code.substring(0, 3);
  }

  /** A bare country code ({@code LBY}), not a country with a role nor an international or non-state code. */
  static boolean isCountry(String code) {
    return code.length() == 3 && !NON_STATE_PREFIXES.contains(code);
  }

  static String combine(String base, String role) {
    if (role == null || role.isEmpty()) return base;
    if (base.length() > 3) return base;
    if (NON_STATE_PREFIXES.contains(base)) return base;
    return base + role;
  }
}
