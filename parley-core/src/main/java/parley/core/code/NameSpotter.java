package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parley.core.doc.Sentence;
import parley.core.doc.Token;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.ActorMatch;
import parley.core.lexicon.PlaceGazetteer;

/**
 * Finds the names of countries, capitals, organisations and people in a sentence by longest match
 * against the actor lexicon. A name must start with a capital letter (or a lower-case Arabic article
 * before one: "al-Shabab"), and a short acronym must be all capitals ("US" is the United States, "Us"
 * and "us" are not).
 */
final class NameSpotter {
  private final ActorLexicon lexicon;

  NameSpotter(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * One entry per token: the hit covering it, or null. A longer place name starting at the same word
   * wins over a lexicon name ("Western Cape" is a South African province, not "Western" the region).
   */
  NameHit[] spot(Sentence sentence, PlaceGazetteer gazetteer) {
    List<String> words = new ArrayList<>(sentence.size());
    for (Token t : sentence.tokens()) words.add(acronymAware(t.text()));
    NameHit[] byToken = new NameHit[sentence.size()];
    for (int i = 0; i < words.size(); i++) {
      Token first = sentence.token(i);
      if (!startsUpper(first.text()) && !isArticleOfName(sentence, i)) continue;
      Optional<ActorMatch> match = lexicon.match(words, i);
      if (match.isEmpty() || isLowerCaseWordAsAcronym(first.text(), match.get())) continue;
      if (isTailOfLongerName(sentence, byToken, i, match.get())) continue;
      if (isStartOfLongerPlace(sentence, i, match.get(), gazetteer)) continue;
      int last = i + match.get().length() - 1;
      NameHit hit = new NameHit(i, last, match.get().entry());
      for (int k = i; k <= last; k++) byToken[k] = hit;
      i = last;
    }
    return byToken;
  }

  private static boolean isStartOfLongerPlace(Sentence sentence, int i, ActorMatch match, PlaceGazetteer gazetteer) {
    if (i + 1 >= sentence.size() || !sentence.token(i + 1).isProperNoun()) return false;
    List<String> words = lowerWords(sentence);
    return gazetteer.match(words, i).filter(place -> place.length() > match.length()).isPresent();
  }

  /** One entry per token: the country of a place name covering it ("Karachi" PAK), or null. */
  String[] places(Sentence sentence, NameHit[] hits, PlaceGazetteer gazetteer) {
    return places(sentence, hits, gazetteer, java.util.function.UnaryOperator.identity());
  }

  /**
   * As {@link #places(Sentence, NameHit[], PlaceGazetteer)}, with {@code choice} picking the country of
   * a name several countries' places share ("Victoria": AUS, CAN, ...).
   */
  String[] places(Sentence sentence, NameHit[] hits, PlaceGazetteer gazetteer,
      java.util.function.UnaryOperator<PlaceGazetteer.PlaceMatch> choice) {
    List<String> words = lowerWords(sentence);
    String[] out = new String[sentence.size()];
    for (int i = 0; i < words.size(); i++) {
      if (hits[i] != null || !startsUpper(sentence.token(i).text())) continue;
      Optional<PlaceGazetteer.PlaceMatch> match = gazetteer.match(words, i).map(choice);
      if (match.isEmpty()) continue;
      int last = i + match.get().length() - 1;
      // the tagger may call the first word of a place an adjective ("Western/JJ Cape/NNP")
      if (!sentence.token(i).isProperNoun() && (last == i || !sentence.token(last).isProperNoun())) continue;
      for (int k = i; k <= last; k++) out[k] = match.get().country();
      i = last;
    }
    return out;
  }

  /**
   * An acronym in capitals that the lexicon only knows with dots is read with dots ("US" as "u.s.",
   * "UN" as "u.n."); the lexicon itself never lists "us", which would be the pronoun.
   */
  private String acronymAware(String text) {
    String word = normalise(text);
    if (text.length() < 2 || text.length() > 4 || !text.chars().allMatch(Character::isUpperCase)) return word;
    if (lexicon.match(List.of(word), 0).isPresent()) return word;
    StringBuilder dotted = new StringBuilder();
    for (char c : word.toCharArray()) dotted.append(c).append('.');
    return dotted.toString();
  }

  /** A one-word name of up to three letters ("US", "UN", "EU") is an acronym only in capitals: "Us" is not. */
  private static boolean isLowerCaseWordAsAcronym(String text, ActorMatch match) {
    return match.length() == 1 && text.length() <= 3 && !text.equals(text.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * "Burundi's National Security Council" is not the UN's: an organisation's name right after a proper
   * noun that no other name covers is the end of a longer name the lexicon does not know.
   */
  private static boolean isTailOfLongerName(Sentence sentence, NameHit[] byToken, int i, ActorMatch match) {
    if (i == 0 || match.entry().kind() != parley.core.lexicon.ActorKind.ORGANISATION) return false;
    Token before = sentence.token(i - 1);
    return byToken[i - 1] == null && before.isProperNoun() && startsUpper(before.text());
  }

  private static final java.util.Set<String> ARABIC_ARTICLES = java.util.Set.of("al", "el", "ad", "ash", "as", "an", "ar");

  /**
   * "al-Shabab", "al Qaeda": the Arabic article is written in lower case, but the name it starts is
   * capitalised after it.
   */
  private static boolean isArticleOfName(Sentence sentence, int i) {
    if (!ARABIC_ARTICLES.contains(sentence.token(i).text())) return false;
    int next = i + 1;
    if (next < sentence.size() && sentence.token(next).text().equals("-")) next++;
    return next < sentence.size() && startsUpper(sentence.token(next).text());
  }

  /** The sentence's words as the gazetteer matches them. */
  static List<String> lowerWords(Sentence sentence) {
    List<String> words = new ArrayList<>(sentence.size());
    for (Token t : sentence.tokens()) words.add(normalise(t.text()));
    return words;
  }

  static String normalise(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return lower.replace('\u2019', '\'');
  }

  private static boolean startsUpper(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
