package parley.core.code;

import java.util.Optional;
import parley.core.doc.Sentence;
import parley.core.lexicon.ActorKind;
import parley.core.lexicon.PlaceGazetteer;

/**
 * A country's name that the gazetteer also knows as a place of another country ("Georgia": the US
 * state). `ListedPlaceNames` and `DomesticPlaceNames` decide when such a name is the place; this class
 * finds the other country and turns the name into that place.
 */
final class CountryNamedPlace {
  private CountryNamedPlace() {}

  /** The other country a country's name is a place of ("Georgia": USA), when the hit is a country's whole name. */
  static Optional<String> otherCountry(Sentence sentence, NameHit hit, PlaceGazetteer gazetteer) {
    if (hit.entry().kind() != ActorKind.COUNTRY) return Optional.empty();
    Optional<PlaceGazetteer.PlaceMatch> place = gazetteer.match(NameSpotter.lowerWords(sentence), hit.first());
    if (place.isEmpty() || place.get().length() != hit.last() - hit.first() + 1) return Optional.empty();
    String country = place.get().country();
    return country.equals(ActorCodes.country(hit.entry().code())) ? Optional.empty() : Optional.of(country);
  }

  /** Reads the hit's words as a place of {@code country}: no name hit, a place country instead. */
  static void readAsPlace(NameHit hit, String country, NameHit[] hits, String[] placeCountries) {
    for (int k = hit.first(); k <= hit.last(); k++) {
      hits[k] = null;
      placeCountries[k] = country;
    }
  }
}
