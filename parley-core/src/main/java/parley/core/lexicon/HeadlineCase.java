package parley.core.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Restores a sentence's normal case when it is written in Title Case ("U.S. Wants Japan To Lift
 * Curbs On Exports") or in capitals ("JAPAN TO CUT TARIFFS"), as wire headlines are: a tagger reads
 * every capitalised word as a proper noun, so the parse comes out flat. Words the actor lexicon or
 * the place gazetteer knows as a name, months and weekdays keep a capital ("Japan", "Vienna",
 * "June"), as does an acronym of a Title Case sentence ("NATO"); every other word is lower-cased,
 * and the first word starts with a capital as any sentence does. Sentences in normal case (most
 * words that are not names in lower case) are left alone. Only the words change: the caller keeps
 * the original text and its offsets. Immutable, thread-safe.
 */
public final class HeadlineCase {
  /** Fewest words (not names, not short function words) a sentence needs to be judged. */
  private static final int MIN_JUDGED_WORDS = 2;
  /** Prepositions and conjunctions of four letters or more that Title Case may leave small. */
  private static final Set<String> SMALL_WORDS = Set.of("with", "from", "into", "onto", "over", "upon",
      "than", "that", "amid", "after", "about", "near", "against", "without", "versus", "till", "until");
  /** Articles, conjunctions and prepositions of three letters or fewer that Title Case leaves small. */
  private static final Set<String> SHORT_SMALL_WORDS = Set.of("a", "an", "the", "and", "but", "or", "nor", "for",
      "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "out", "de", "la",
      "le", "du", "al", "el", "von", "van", "der", "den", "di", "da", "bin", "ibn", "abu");
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
      "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");

  /** Small words inside names, written in lower case: "the Kremlin", "al Qaeda", "Bank of England". */
  private static final Set<String> PARTICLES = Set.of("the", "of", "for", "and", "in", "al", "el", "de");

  private final ActorLexicon actors;
  private final PlaceGazetteer places;

  public HeadlineCase(ActorLexicon actors, PlaceGazetteer places) {
    this.actors = actors;
    this.places = places;
  }

  /** The sentence's words in normal case, or empty when it is not in Title Case or capitals. */
  public Optional<List<String>> restore(List<String> words) {
    List<String> lower = new ArrayList<>(words.size());
    for (String w : words) lower.add(w.toLowerCase(Locale.ROOT));
    boolean[] named = names(words, lower);
    if (!isCapitalised(words, named)) return Optional.empty();
    boolean allCaps = isAllCaps(words);
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String restored;
      if (!hasLetter(word) || hasDot(word) || hasDigit(word)) {
        restored = word;
      } else if (CALENDAR.contains(lower.get(i))) {
        restored = capitalised(word);
      } else if (named[i] && PARTICLES.contains(lower.get(i))) {
        restored = lower.get(i);
      } else if (named[i]) {
        restored = allCaps && (word.length() > 4 || isInLongerName(named, i)) ? capitalised(word) : word;
      } else if (!allCaps && isUpper(word) && word.length() > 1) {
        restored = word;
      } else {
        restored = lower.get(i);
      }
      out.add(out.isEmpty() ? upperFirst(restored) : restored);
    }
    return Optional.of(out);
  }

  /**
   * A sentence whose words other than names, function words and the first word are all capitalised,
   * at least {@value #MIN_JUDGED_WORDS} of them. Names are set aside because a normal sentence can be
   * full of them and of titles ("Chinese President Xi Jinping meets German Chancellor Angela Merkel"),
   * but it still has a verb or a common noun in lower case; function words because Title Case often
   * keeps "to", "of", "with" small.
   */
  private static boolean isCapitalised(List<String> words, boolean[] named) {
    int judged = 0;
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (named[i] || !isWord(w) || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
      // Title Case capitalises short verbs and nouns too: "Iran met Obama and Putin" is a normal sentence
      if (w.length() < 4) {
        if (!Character.isUpperCase(w.charAt(0)) && w.length() > 1 && !SHORT_SMALL_WORDS.contains(w)) return false;
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) return false;
      judged++;
    }
    return judged >= MIN_JUDGED_WORDS;
  }

  /** No word of the sentence has a lower-case letter. */
  private static boolean isAllCaps(List<String> words) {
    return words.stream().filter(HeadlineCase::hasLetter).allMatch(HeadlineCase::isUpper);
  }

  /**
   * Which words belong to a name the actor lexicon or the gazetteer knows (longest match); a short
   * word in capitals may be an acronym the lexicon writes with dots ("US" as "u.s.").
   */
  private boolean[] names(List<String> words, List<String> lower) {
    boolean[] named = new boolean[lower.size()];
    for (int i = 0; i < lower.size(); i++) {
      int actor = actors.match(lower, i).map(ActorMatch::length).orElse(0);
      if (actor > 0 && actors.isWrittenInLowerCase(lower.subList(i, i + actor))) actor = 0;
      int length = Math.max(actor, places.match(lower, i).map(PlaceGazetteer.PlaceMatch::length).orElse(0));
      if (length == 0 && isAcronym(words.get(i)) && actors.match(List.of(dotted(lower.get(i))), 0).isPresent()) {
        length = 1;
      }
      for (int k = i; k < i + length; k++) named[k] = true;
      if (length > 0) i += length - 1;
    }
    return named;
  }

  /** A word of a name of several words ("NEW YORK"): capitalised, not read as an acronym. */
  private static boolean isInLongerName(boolean[] named, int i) {
    return (i > 0 && named[i - 1]) || (i + 1 < named.length && named[i + 1]);
  }

  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(Character::isUpperCase);
  }

  private static String dotted(String lower) {
    StringBuilder out = new StringBuilder();
    for (char c : lower.toCharArray()) out.append(c).append('.');
    return out.toString();
  }

  private static boolean isWord(String w) {
    return w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
  }

  private static boolean hasLetter(String w) {
    return w.chars().anyMatch(Character::isLetter);
  }

  private static boolean hasDigit(String w) {
    return w.chars().anyMatch(Character::isDigit);
  }

  private static boolean hasDot(String w) {
    return w.indexOf('.') >= 0;
  }

  private static boolean isUpper(String w) {
    return w.chars().noneMatch(Character::isLowerCase);
  }

  /** "talks" -> "Talks", "U.S." stays. */
  private static String upperFirst(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** "JAPAN" -> "Japan", "al-SHABAB" -> "Al-shabab": the first letter up, the rest down. */
  private static String capitalised(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    int first = 0;
    while (first < lower.length() && !Character.isLetter(lower.charAt(first))) first++;
    if (first == lower.length()) return w;
    return lower.substring(0, first) + Character.toUpperCase(lower.charAt(first)) + lower.substring(first + 1);
  }
}
