package parley.core.code;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parley.core.doc.Sentence;
import parley.core.lexicon.PlaceGazetteer;

/**
 * The countries an article points to, for reading a place name that several countries share:
 * "Victoria" in a story from Toronto that speaks of Canadian provinces is British Columbia's capital,
 * not the Australian state; "Punjab" in a story about Pakistan is Pakistan's. The evidence is the
 * dateline's country, the countries, capitals, adjectives and demonyms the article names, and the
 * places it names that only one country has. With no evidence for any of its countries, a place is
 * read as usual (the gazetteer's first country).
 */
final class ArticleCountries {
  /** The dateline counts as much as several mentions: it says where the story is. */
  private static final int DATELINE_WEIGHT = 3;

  private final Map<String, Integer> mentions;
  private final Optional<String> dateline;

  private ArticleCountries(Map<String, Integer> mentions, Optional<String> dateline) {
    this.mentions = Map.copyOf(mentions);
    this.dateline = dateline;
  }

  /** Reads the article's country names in {@code hits} and its one-country places in its sentences. */
  static ArticleCountries of(List<Sentence> sentences, List<NameHit[]> hits, PlaceGazetteer gazetteer,
      Optional<String> dateline) {
    Map<String, Integer> counts = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      NameHit[] sentenceHits = hits.get(s);
      for (int i = 0; i < sentenceHits.length; i++) {
        NameHit hit = sentenceHits[i];
        if (hit == null || hit.first() != i || !NounPhraseActors.COUNTRY_KINDS.contains(hit.entry().kind())) continue;
        counts.merge(ActorCodes.country(hit.entry().code()), 1, Integer::sum);
      }
      countOneCountryPlaces(sentences.get(s), sentenceHits, gazetteer, counts);
    }
    return new ArticleCountries(counts, dateline);
  }

  private static void countOneCountryPlaces(Sentence sentence, NameHit[] hits, PlaceGazetteer gazetteer,
      Map<String, Integer> counts) {
    List<String> words = NameSpotter.lowerWords(sentence);
    for (int i = 0; i < words.size(); i++) {
      if (hits[i] != null || !sentence.token(i).isProperNoun()) continue;
      Optional<PlaceGazetteer.PlaceMatch> place = gazetteer.match(words, i);
      if (place.isEmpty()) continue;
      boolean firm = FirmNamePlaces.opensFirmName(sentence, hits, new String[hits.length], i + place.get().length() - 1);
      if (place.get().countries().size() == 1 && !firm) counts.merge(place.get().country(), 1, Integer::sum);
      i += place.get().length() - 1;
    }
  }

  /**
   * The place read in the country the article points to most among those that have a place of its
   * name; the usual country when the article points to none of them, or to the usual one as much.
   */
  PlaceGazetteer.PlaceMatch choose(PlaceGazetteer.PlaceMatch place) {
    if (place.countries().size() < 2) return place;
    String best = place.country();
    int bestScore = score(best);
    for (String country : place.countries()) {
      int score = score(country);
      if (score > bestScore) {
        best = country;
        bestScore = score;
      }
    }
    return best.equals(place.country()) ? place : place.in(best);
  }

  /** How often the main country must be named, at least, to stand for a story with no dateline. */
  private static final int MAIN_COUNTRY_MENTIONS = 5;

  /**
   * The country a story with no dateline is about, standing in for the dateline's country: the one it
   * names most, at least five times and more than twice as often as any other ("Congress", "the
   * president" in a story full of American states and "U.S." are the United States'). None when the
   * story has a dateline, or names no country so clearly.
   */
  Optional<String> mainCountry() {
    if (dateline.isPresent()) return Optional.empty();
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : mentions.entrySet()) {
      int n = e.getValue();
      if (n > first || (n == first && best != null && e.getKey().compareTo(best) < 0)) {
        second = Math.max(second, first);
        first = n;
        best = e.getKey();
      } else if (n > second) {
        second = n;
      }
    }
    return best != null && first >= MAIN_COUNTRY_MENTIONS && first > 2 * second ? Optional.of(best) : Optional.empty();
  }

  private int score(String country) {
    int score = mentions.getOrDefault(country, 0);
    return dateline.filter(country::equals).isPresent() ? score + DATELINE_WEIGHT : score;
  }

  /** Whether the article names {@code country} (its name, capital, adjective or a place only it has). */
  boolean namedElsewhere(String country) {
    return mentions.getOrDefault(country, 0) > 0;
  }

  /**
   * Whether the article's text names {@code country} more often than {@code storyCountry} (the dateline's,
   * or the one it stands for; the dateline itself not counted): the story is more about it, as a foreign
   * bureau's story is ("Vietnam's parliament" under a Bangkok dateline).
   */
  boolean outweighs(String country, String storyCountry) {
    return mentions.getOrDefault(country, 0) > mentions.getOrDefault(storyCountry, 0);
  }
}
