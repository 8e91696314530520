package parley.core.code;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.RoleMatch;

/**
 * Offices held no longer: "the former Japanese defense minister", "an ex-minister", "a retired
 * general", "Former prime minister David Cameron". The CAMEO actor codebook puts former government
 * and military officials among the elites (ELI) of their country, not in the government or army they
 * once served: JPNELI, not JPNGOVMIL. Other roles ("former rebels", "a former teacher") keep their code.
 */
final class FormerTitles {
  /** Words before a title that say its bearer left the office. */
  private static final Set<String> MARKERS = Set.of("former", "retired", "erstwhile", "ex");
  /** Role blocks of public office. */
  private static final Set<String> OFFICES = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
  static final String ELITE = "ELI";

  private FormerTitles() {}

  /** The role of title {@code t} ({@code role} as found): elites when a marker says the office is past. */
  static String roleOf(DependencyTree tree, int t, String role) {
    if (role == null || !isOffice(role) || !marked(tree, t)) return role;
    return ELITE;
  }

  /** Whether a role code (GOV, GOVMIL, MIL) is one of public office. */
  static boolean isOffice(String role) {
    return role.length() >= 3 && OFFICES.contains(role.substring(0, 3));
  }

  /** "former minister", "ex-minister", "retired general": a marker modifies title {@code t}, or prefixes it. */
  static boolean marked(DependencyTree tree, int t) {
    if (tree.token(t).lower().startsWith("ex-")) return true;
    for (int c : tree.children(t)) {
      String rel = tree.relation(c);
      if (!(rel.equals("amod") || rel.equals("advmod") || rel.equals("compound"))) continue;
      if (MARKERS.contains(tree.token(c).lower())) return true;
    }
    return false;
  }

  /** "ex-minister", "ex-President": the role of the title after "ex-", as one held no longer. */
  static Optional<String> exTitle(RoleLexicon roles, String lowerWord) {
    if (!lowerWord.startsWith("ex-") || lowerWord.length() <= 3) return Optional.empty();
    Optional<RoleMatch> match = roles.match(java.util.List.of(lowerWord.substring(3).toLowerCase(Locale.ROOT)), 0);
    return match.filter(m -> m.length() == 1 && isOffice(m.code())).map(m -> ELITE);
  }
}
