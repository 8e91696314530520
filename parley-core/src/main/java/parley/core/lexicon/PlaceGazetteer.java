package parley.core.lexicon;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cities and regions with the country they lie in ({@code places.tsv}): a place name implies a
 * country without naming an actor ("KARACHI (Reuters) -", "Kabul police"). The file lists ISO 3166
 * codes; the gazetteer answers with the CAMEO actor code of the country, which differs for a few
 * ("Cluj" is ROM like "Romanian", not ISO's ROU). Immutable, thread-safe.
 */
public final class PlaceGazetteer {
  private final PhraseIndex<List<String>> places;

  /** Countries whose CAMEO actor code (as in {@code actors.txt}) is not their ISO 3166 alpha-3 code. */
  private static final Map<String, String> CAMEO_CODES = Map.of(
      "ROU", "ROM", "TLS", "TMP", "MNE", "MTN", "IMN", "IMY", "XKX", "KSV");

  private PlaceGazetteer(PhraseIndex<List<String>> places) {
    this.places = places;
  }

  public static PlaceGazetteer fromResource() {
    return read(LexiconLines.resource("places.tsv"));
  }

  public static PlaceGazetteer load(Path file) {
    return read(LexiconLines.read(file));
  }

  /** The country of the longest place name starting at word {@code from}, and its length in words. */
  public Optional<PlaceMatch> match(List<String> lowerWords, int from) {
    return places.match(lowerWords, from).map(hit -> new PlaceMatch(hit.value().get(0), hit.length(), hit.value()));
  }

  /** The country of a place named in full ("Karachi" -> PAK). */
  public Optional<String> countryOf(String placeName) {
    List<String> words = PhraseIndex.words(placeName);
    return match(words, 0).filter(m -> m.length() == words.size()).map(PlaceMatch::country);
  }

  public int size() {
    return places.size();
  }

  /**
   * A place found in a sentence: its country and how many words its name takes; {@code countries}
   * lists every country with a place of that name, the usual one ({@code country}) first.
   */
  public record PlaceMatch(String country, int length, List<String> countries) {
    public PlaceMatch {
      countries = List.copyOf(countries);
    }

    /** The same place read as the one in {@code other}, one of its countries. */
    public PlaceMatch in(String other) {
      return new PlaceMatch(other, length, countries);
    }
  }

  /**
   * Words that name a part of any country: a region called only by them ("Central", "West",
   * "Far North", "Nord-Est") is found in every story that says "Central Bank" or "the West", so it
   * implies no country ("Eastern Cape" still does).
   */
  private static final java.util.Set<String> DIRECTION_WORDS = java.util.Set.of(
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
      "southern", "eastern", "western", "central", "centre", "center", "centro", "nord", "sud", "est", "ouest",
      "norte", "sur", "este", "oeste", "far", "upper", "lower", "middle", "islands", "lakes", "littoral",
      "plateau", "coast", "capital");

  static boolean isDirectionOnly(String name) {
    for (String word : name.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
      if (!word.isEmpty() && !DIRECTION_WORDS.contains(word)) return false;
    }
    return true;
  }

  private static PlaceGazetteer read(List<LexiconLines.Line> lines) {
    // a name's countries in the order of their lines: the first is the usual reading
    Map<List<String>, List<String>> countries = new java.util.LinkedHashMap<>();
    for (LexiconLines.Line line : LexiconLines.content(lines)) {
      String[] fields = line.text().split("\t");
      if (fields.length != 2 || !fields[1].matches("[A-Z]{3}")) {
        throw line.error("expected 'place<TAB>ISO3 country code'");
      }
      List<String> words = PhraseIndex.words(fields[0]);
      if (words.isEmpty() || isDirectionOnly(fields[0])) continue;
      List<String> known = countries.computeIfAbsent(words, w -> new java.util.ArrayList<>());
      String country = CAMEO_CODES.getOrDefault(fields[1], fields[1]);
      if (!known.contains(country)) known.add(country);
    }
    PhraseIndex.Builder<List<String>> builder = new PhraseIndex.Builder<>();
    countries.forEach((words, of) -> builder.add(words, List.copyOf(of)));
    return new PlaceGazetteer(builder.build());
  }
}
