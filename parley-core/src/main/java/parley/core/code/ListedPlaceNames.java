package parley.core.code;

import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.lexicon.PlaceGazetteer;

/**
 * A country's name that is also a place of another country is that place when it is listed with
 * other places of that country: "won Virginia, Georgia and Alabama" and "voters in Georgia and South
 * Carolina" name the US state, "Georgia and Armenia" the country.
 */
final class ListedPlaceNames {
  private final Sentence sentence;
  private final PlaceGazetteer gazetteer;

  ListedPlaceNames(Sentence sentence, PlaceGazetteer gazetteer) {
    this.sentence = sentence;
    this.gazetteer = gazetteer;
  }

  /** Turns such country hits into places of the other country, in {@code hits} and {@code placeCountries}. */
  void readAsPlaces(NameHit[] hits, String[] placeCountries) {
    for (int i = 0; i < hits.length; i++) {
      NameHit hit = hits[i];
      if (hit == null || hit.first() != i) continue;
      Optional<String> country = CountryNamedPlace.otherCountry(sentence, hit, gazetteer);
      if (country.isEmpty() || !listedWithPlaceOf(hit, country.get(), placeCountries)) continue;
      CountryNamedPlace.readAsPlace(hit, country.get(), hits, placeCountries);
    }
  }

  private boolean listedWithPlaceOf(NameHit hit, String country, String[] placeCountries) {
    int list = firstConjunct(hit.last());
    for (int j = 0; j < placeCountries.length; j++) {
      if (hit.covers(j) || !country.equals(placeCountries[j])) continue;
      if (firstConjunct(j) == list) return true;
    }
    return false;
  }

  /** The first member of the coordination a token's phrase belongs to (itself when none). */
  private int firstConjunct(int token) {
    int t = token;
    while (true) {
      Optional<Arc> arc = sentence.head(t);
      if (arc.isEmpty() || arc.get().governor() < 0) return t;
      String rel = arc.get().relation();
      if (rel.equals("conj")) {
        t = arc.get().governor();
      } else if (rel.equals("compound") || rel.equals("flat")) {
        t = arc.get().governor(); // "South" in "South Carolina" hangs on "Carolina"
      } else {
        return t;
      }
    }
  }
}
