package parley.core.code;

import java.util.Set;

/**
 * A person's title that starts an organisation's name is no title: "General Accounting Office" and
 * "General Motors Corp" are no generals, "President Hotel" no president. The name after the title
 * ends in a word that names an institution or a firm, not a person's surname.
 */
final class TitleInOrganisationName {
  /** Roles used as a title before a person's name ("General Zia", "Secretary Shultz"). */
  private static final Set<String> TITLES = Set.of("general", "admiral", "colonel", "major", "captain",
      "lieutenant", "sergeant", "marshal", "commander", "president", "chairman", "secretary", "senator",
      "governor", "judge", "minister", "ambassador");
  /** Last words of organisations' names. */
  private static final Set<String> INSTITUTION_WORDS = Set.of("office", "agency", "administration", "assembly",
      "authority", "bank", "board", "bureau", "commission", "committee", "company", "co", "co.", "corp", "corp.",
      "corporation", "council", "department", "fund", "group", "inc", "inc.", "ltd", "ltd.", "plc", "institute",
      "institution", "service", "services", "society", "union", "university", "association", "foundation",
      "motors", "electric", "dynamics", "mills", "foods", "industries", "holdings", "electronics", "airlines",
      "airways", "hotel", "hospital", "school", "college", "academy", "instruments", "systems", "accounting",
      "communications", "chemical", "chemicals", "petroleum", "insurance", "trust", "partners");

  private TitleInOrganisationName() {}

  /**
   * Whether the title word at {@code title} starts an organisation's name running to {@code last}:
   * the title right before capitalised words, the last of them an institution's word.
   */
  static boolean startsOrganisationName(DependencyTree tree, int title, int last) {
    if (title >= last || !TITLES.contains(tree.token(title).lower())) return false;
    if (!Character.isUpperCase(tree.token(title).text().charAt(0))) return false;
    for (int t = title + 1; t <= last; t++) {
      if (!tree.token(t).pos().startsWith("NNP")) return false;
    }
    return INSTITUTION_WORDS.contains(tree.token(last).lower());
  }
}
