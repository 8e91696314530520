package parley.core.code;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * A digest's item that opens a paragraph with its own dateline ("BELFAST - Police said ...",
   * "PEKING, April 8 - ...") moves the story there: the country of that dateline's place.
   */
  Optional<String> ofItemOpening(String text, parley.core.doc.Sentence sentence) {
    // the sentence splitter may join an item's opening to the end of the item before it
    for (parley.core.doc.Token token : sentence.tokens()) {
      Optional<String> country = ofItemOpening(text, token.span().start());
      if (country.isPresent()) return country;
    }
    return Optional.empty();
  }

  private Optional<String> ofItemOpening(String text, int start) {
    if (!opensParagraph(text, start)) return Optional.empty();
    Matcher m = ITEM_DATELINE.matcher(text).region(start, Math.min(text.length(), start + 80));
    return m.lookingAt() ? of(m.group(1)) : Optional.empty();
  }

  /** A place in capitals, an optional date, an optional "(Reuters)", then a dash. */
  private static final Pattern ITEM_DATELINE = Pattern.compile(
      "([A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,3})(?:, [A-Z][a-z]+\\.? \\d{1,2})?\\s*(?:\\(Reuters\\))?\\s+--?\\s");

  private static boolean opensParagraph(String text, int start) {
    for (int k = start - 1; k >= 0; k--) {
      char c = text.charAt(k);
      if (c == '\n') return true;
      if (c != ' ' && c != '\t') return false;
    }
    return false; // the story's own dateline is read from the document
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
