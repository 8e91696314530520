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
    // "president" and "vice president", titles a firm's officers share with a government's; "officer",
    // a title a firm's share with an army's ("the company's officers", "officers of the bank")
    String lower = tree.token(h).lower();
    boolean shared = (role.equals("GOV") && lower.equals("president"))
        || (role.equals("MIL") && (lower.equals("officer") || lower.equals("officers")));
    if (!shared) return role;
    for (int c : tree.children(h)) {
      String rel = tree.relation(c);
      boolean ofPhrase = rel.startsWith("nmod") && tree.caseOf(c).equals("of");
      boolean owner = rel.equals("nmod:poss") || rel.equals("compound");
      if (!ofPhrase && !owner) continue;
      String word = tree.token(c).lower();
      boolean business = roleOf[c] != null && roleOf[c].equals("BUS");
      if (business || FIRM_WORDS.contains(word)) return "BUS";
    }
    return role;
  }

}
