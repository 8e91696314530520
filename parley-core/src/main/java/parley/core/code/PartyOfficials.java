package parley.core.code;

import java.util.List;
import java.util.Set;

/**
 * "Democratic Party officials", "other GOP leaders", "Republican leaders", "opposition party leaders":
 * the officials, leaders and spokesmen of a political party are the party's (CAMEO PTY, or OPPPTY for an
 * opposition party), not the government's. Only generic titles: a party's senator or minister stays what
 * the office says, as do leaders an office qualifies ("the Senate's Republican leaders").
 */
final class PartyOfficials {
  /** Titles a party's people share with a government's. */
  private static final Set<String> GENERIC_TITLES = Set.of("official", "leader", "spokesman", "spokeswoman",
      "spokesperson", "chairman", "chairwoman", "member", "strategist", "activist", "leadership");
  /** Capitalised words that name a party by themselves. */
  private static final Set<String> PARTY_NAMES = Set.of("gop", "republican", "democratic", "democrat", "tory",
      "labour", "likud");

  private PartyOfficials() {}

  /** The role of title {@code h} ({@code role} as found): the party's when a party qualifies it. */
  static String roleOf(DependencyTree tree, int h, String role, String[] roleOf, List<Integer> phrase) {
    if (role == null || !role.equals("GOV") || !GENERIC_TITLES.contains(tree.lemma(h).toLowerCase(java.util.Locale.ROOT))) {
      return role;
    }
    String party = null;
    String office = null;
    for (int t : phrase) {
      if (t >= h) break;
      String word = tree.token(t).text();
      boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
      if (roleOf[t] != null && roleOf[t].endsWith("PTY")) party = roleOf[t];
      else if (capitalised && PARTY_NAMES.contains(word.toLowerCase(java.util.Locale.ROOT))) party = "PTY";
      else if (roleOf[t] != null && !roleOf[t].equals("GOV")) office = roleOf[t];
    }
    if (party == null) return role;
    // "the Senate's Democratic leaders", "Senate Republican leaders": an office qualifying them wins
    return office != null ? office : party;
  }
}
