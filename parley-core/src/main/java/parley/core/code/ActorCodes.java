package parley.core.code;

import java.util.Set;

/** How CAMEO actor codes combine: a country or organisation code, then a role ({@code KOR}+{@code GOV}). */
final class ActorCodes {
  private static final Set<String> NON_STATE_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC", "UIS", "INT");

  private ActorCodes() {}

  static String combine(String base, String role) {
    if (role == null || role.isEmpty()) return base;
    if (base.length() > 3) return base;
    if (NON_STATE_PREFIXES.contains(base)) return base;
    return base + role;
  }
}
