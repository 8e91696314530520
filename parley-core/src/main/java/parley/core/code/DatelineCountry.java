package parley.core.code;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import parley.core.lexicon.ActorKind;
import parley.core.lexicon.ActorLexicon;

/** The country a dateline place implies ("ATHENS" gives GRC) when the place is a capital or country name. */
final class DatelineCountry {
  private final ActorLexicon lexicon;

  DatelineCountry(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Optional<String> of(String place) {
    String first = place.split(",")[0].trim().toLowerCase(Locale.ROOT);
    List<String> words = List.of(first.split("\\s+"));
    return lexicon.match(words, 0)
        .filter(m -> m.length() == words.size())
        .map(m -> m.entry())
        .filter(e -> e.kind() == ActorKind.COUNTRY || e.kind() == ActorKind.CAPITAL)
        .map(e -> e.code().substring(0, 3));
  }
}
