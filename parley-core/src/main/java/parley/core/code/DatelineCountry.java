package parley.core.code;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import parley.core.lexicon.ActorKind;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.PlaceGazetteer;

/** The country a dateline place implies ("ATHENS" gives GRC, "KARACHI" gives PAK): a country, capital or a place in the gazetteer. */
final class DatelineCountry {
  private final ActorLexicon lexicon;
  private final PlaceGazetteer places;

  DatelineCountry(ActorLexicon lexicon, PlaceGazetteer places) {
    this.lexicon = lexicon;
    this.places = places;
  }

  Optional<String> of(String place) {
    String first = place.split(",")[0].trim().toLowerCase(Locale.ROOT);
    List<String> words = List.of(first.split("\\s+"));
    return lexicon.match(words, 0)
        .filter(m -> m.length() == words.size())
        .map(m -> m.entry())
        .filter(e -> e.kind() == ActorKind.COUNTRY || e.kind() == ActorKind.CAPITAL)
        .map(e -> ActorCodes.country(e.code()))
        .or(() -> places.countryOf(first));
  }
}
