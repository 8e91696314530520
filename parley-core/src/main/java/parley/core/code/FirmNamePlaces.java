package parley.core.code;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Sentence;

/**
 * "Delta Air Lines", "Windsor Holding Co": a place that opens a firm's name (a run of capitalised words
 * ending in a firm's word) names the firm, not the place. It gives no country unless the article speaks
 * of that country elsewhere or it is the story's own ("Karachi Stock Exchange" and "Houston Post" are no
 * firms by their last word and keep theirs).
 */
final class FirmNamePlaces {
  /** Words that end a firm's name. */
  private static final Set<String> FIRM_ENDINGS = Set.of("co", "co.", "corp", "corp.", "corporation", "inc", "inc.",
      "ltd", "ltd.", "plc", "lines", "airlines", "airways", "holding", "holdings", "industries", "enterprises",
      "inc.,", "llc", "company");

  private FirmNamePlaces() {}

  /** Clears in {@code placeCountries} the places that open a firm's name. */
  static void clear(Sentence sentence, NameHit[] hits, String[] placeCountries, Optional<String> storyCountry,
      ArticleCountries countries) {
    PlaceRuns.clearWhere(placeCountries, (first, last) -> {
      String country = placeCountries[first];
      boolean ownOrNamed = storyCountry.equals(Optional.of(country)) || countries.namedElsewhere(country);
      return !ownOrNamed && opensFirmName(sentence, hits, placeCountries, last);
    });
  }

  /** Whether the capitalised words after token {@code last} run on to a firm's word ("Air Lines", "Holding Co"). */
  static boolean opensFirmName(Sentence sentence, NameHit[] hits, String[] places, int last) {
    for (int k = last + 1; k < sentence.size(); k++) {
      String text = sentence.token(k).text();
      if (text.isEmpty() || !Character.isUpperCase(text.charAt(0)) || hits[k] != null || places[k] != null) return false;
      if (FIRM_ENDINGS.contains(text.toLowerCase(java.util.Locale.ROOT))) return true;
    }
    return false;
  }
}
