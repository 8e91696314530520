package parley.core.code;

import java.util.Set;

/**
 * "Jose Arrojo, a vice president of a Windsor subsidiary", "the president of the company": a
 * government's title held in a firm is the firm's (BUS), not the government's. The firm is the
 * of-phrase of the title: a business word ("company", "bank") or a name ending in a firm's word
 * ("Apex Oil Corp").
 */
final class FirmOfficers {
  /** Words that end a firm's name or name a firm. */
  private static final Set<String> FIRM_WORDS = Set.of("corp", "corp.", "corporation", "co", "co.", "inc", "inc.",
      "ltd", "ltd.", "plc", "ag", "sa", "nv", "subsidiary", "unit", "affiliate");

  private FirmOfficers() {}

  /** The role of title {@code h} ({@code role} as the lexicon gives it): BUS when it is a firm's. */
  static String roleOf(DependencyTree tree, int h, String role, String[] roleOf) {
    // "president" and "vice president", titles a firm's officers share with a government's
    if (!role.equals("GOV") || !tree.token(h).lower().equals("president")) return role;
    for (int c : tree.children(h)) {
      if (!tree.relation(c).startsWith("nmod") || !tree.caseOf(c).equals("of")) continue;
      String word = tree.token(c).lower();
      boolean business = roleOf[c] != null && roleOf[c].equals("BUS");
      if (business || FIRM_WORDS.contains(word)) return "BUS";
    }
    return role;
  }
}
