package parley.core.code;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Token;
import parley.core.lexicon.PlaceGazetteer;

/**
 * A country's name that is also a place of the story's own country is that place: in a story from
 * Washington or New York, or next to a party label ("Georgia Democrat"), "Georgia" is the US state.
 * It stays the country when the article names that country otherwise ("Tbilisi", "Georgian", a
 * Georgian official) or when the name owns a national office ("Georgia's president").
 */
final class DomesticPlaceNames {
  private static final Set<String> PARTY_LABELS = Set.of("democrat", "democrats", "republican", "republicans");
  /** Offices and bodies only a country has: "Georgia's president" is the country's. */
  private static final Set<String> NATIONAL_OFFICES = Set.of("president", "prime", "premier", "foreign", "defence",
      "defense", "army", "military", "troops", "forces", "parliament", "embassy", "ambassador", "border");

  private final PlaceGazetteer gazetteer;
  private final Set<String> namedCountries;

  private DomesticPlaceNames(PlaceGazetteer gazetteer, Set<String> namedCountries) {
    this.gazetteer = gazetteer;
    this.namedCountries = namedCountries;
  }

  /**
   * Reads the article's names once: the countries it names by a name that is not also a place
   * elsewhere ("Tbilisi", "Georgian", "Armenia").
   */
  static DomesticPlaceNames of(List<Sentence> sentences, List<NameHit[]> hits, PlaceGazetteer gazetteer) {
    Set<String> named = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      NameHit[] sentenceHits = hits.get(s);
      for (int i = 0; i < sentenceHits.length; i++) {
        NameHit hit = sentenceHits[i];
        if (hit == null || hit.first() != i || CountryNamedPlace.otherCountry(sentences.get(s), hit, gazetteer).isPresent()) continue;
        named.add(ActorCodes.country(hit.entry().code()));
      }
    }
    return new DomesticPlaceNames(gazetteer, named);
  }

  /**
   * Turns such country hits into places of the story's country (its dateline's), in {@code hits} and
   * {@code placeCountries}.
   */
  void readAsPlaces(Sentence sentence, NameHit[] hits, String[] placeCountries, Optional<String> storyCountry) {
    for (int i = 0; i < hits.length; i++) {
      NameHit hit = hits[i];
      if (hit == null || hit.first() != i) continue;
      Optional<String> place = CountryNamedPlace.otherCountry(sentence, hit, gazetteer);
      if (place.isEmpty() || namedCountries.contains(ActorCodes.country(hit.entry().code()))) continue;
      if (ownsNationalOffice(sentence, hit.last())) continue;
      if (!place.equals(storyCountry) && !nextToPartyLabel(sentence, hit)) continue;
      CountryNamedPlace.readAsPlace(hit, place.get(), hits, placeCountries);
    }
  }

  private static boolean ownsNationalOffice(Sentence sentence, int last) {
    if (last + 2 >= sentence.size() || !sentence.token(last + 1).pos().equals("POS")) return false;
    for (int k = last + 2; k < Math.min(sentence.size(), last + 4); k++) {
      if (NATIONAL_OFFICES.contains(sentence.token(k).lower())) return true;
    }
    return false;
  }

  /** "Georgia Democrat", "Republican of Georgia", "a Democrat from Georgia". */
  private static boolean nextToPartyLabel(Sentence sentence, NameHit hit) {
    if (hit.last() + 1 < sentence.size() && isPartyLabel(sentence.token(hit.last() + 1))) return true;
    int before = hit.first() - 1;
    if (before >= 0 && Set.of("of", "from").contains(sentence.token(before).lower())) before--;
    return before >= 0 && isPartyLabel(sentence.token(before));
  }

  private static boolean isPartyLabel(Token t) {
    return PARTY_LABELS.contains(t.lower());
  }
}
