package parley.core.code;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "Democrat Joe Manchin", "Republican Senator Tom Cotton", "Senate Democrats", "Democratic lawmakers": the
 * capitalised labels of the two US parties name American politicians, so a phrase with no other country
 * is the United States'. Only read when the story gives no country of its own (no dateline, no main
 * country): elsewhere "Republican" may be an Irish nationalist and "Democrats" a party of another land.
 * A label qualified by another name word ("Christian Democrats", "Liberal Democrats", "Republican Guard")
 * is some other party or body.
 */
final class UsPartyLabels {
  private static final Set<String> LABELS = Set.of("democrat", "democrats", "republican", "republicans", "gop");
  /** Capitalised words that may stand before a US party label ("Senate Democrats", "House Republicans"). */
  private static final Set<String> US_QUALIFIERS = Set.of("senate", "house", "congressional", "top", "the");
  /** Names after a label that make it another body's ("Republican Guard", "Democratic Unionist"). */
  private static final Set<String> OTHER_BODIES = Set.of("guard", "guards", "army", "unionist", "unionists",
      "front", "league", "movement", "union", "alliance", "forces", "republic");

  private UsPartyLabels() {}

  /** "USA" when {@code phrase} carries a US party label and the story has no country of its own. */
  static Optional<String> country(DependencyTree tree, List<Integer> phrase, Optional<String> storyCountry) {
    if (storyCountry.isPresent()) return Optional.empty();
    for (int i = 0; i < phrase.size(); i++) {
      int t = phrase.get(i);
      String word = tree.token(t).text();
      String lower = word.toLowerCase(Locale.ROOT);
      if (!Character.isUpperCase(word.charAt(0))) continue;
      boolean label = LABELS.contains(lower) || (lower.equals("democratic") && nextIsLowerCaseOrParty(tree, t));
      if (!label || qualifiedByAnotherName(tree, t) || namesAnotherBody(tree, t)) continue;
      return Optional.of("USA");
    }
    return Optional.empty();
  }

  /** "Democratic lawmakers", "Democratic Party": the party, not "Democratic Republic of ...". */
  private static boolean nextIsLowerCaseOrParty(DependencyTree tree, int t) {
    if (t + 1 >= tree.size()) return false;
    String next = tree.token(t + 1).text();
    return next.equals("Party") || (!next.isEmpty() && Character.isLowerCase(next.charAt(0)));
  }

  private static boolean qualifiedByAnotherName(DependencyTree tree, int t) {
    if (t == 0) return false;
    String before = tree.token(t - 1).text();
    if (before.isEmpty() || !Character.isUpperCase(before.charAt(0))) return false;
    return !US_QUALIFIERS.contains(before.toLowerCase(Locale.ROOT)) && !before.endsWith(".")
        && !tree.token(t - 1).pos().equals("POS");
  }

  private static boolean namesAnotherBody(DependencyTree tree, int t) {
    return t + 1 < tree.size() && OTHER_BODIES.contains(tree.token(t + 1).text().toLowerCase(Locale.ROOT));
  }
}
