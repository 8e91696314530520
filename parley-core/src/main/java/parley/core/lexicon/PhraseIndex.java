package parley.core.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Phrases of lower-case words indexed by their first word, each list longest first, so a
 * longest match costs one hash look-up and a few array comparisons. Immutable once built.
 */
final class PhraseIndex<V> {
  record Phrase<V>(String[] words, V value) {}

  record Hit<V>(V value, int length) {}

  private final Map<String, List<Phrase<V>>> byFirstWord;
  private final int size;

  private PhraseIndex(Map<String, List<Phrase<V>>> byFirstWord, int size) {
    this.byFirstWord = byFirstWord;
    this.size = size;
  }

  Optional<Hit<V>> match(List<String> words, int from) {
    if (from < 0 || from >= words.size()) return Optional.empty();
    List<Phrase<V>> candidates = byFirstWord.get(words.get(from));
    if (candidates == null) return Optional.empty();
    for (Phrase<V> phrase : candidates) {
      if (matchesAt(phrase.words(), words, from)) return Optional.of(new Hit<>(phrase.value(), phrase.words().length));
    }
    return Optional.empty();
  }

  int size() {
    return size;
  }

  /** The lower-case words of a phrase as written ("Kim Jong-un" -> kim, jong-un). */
  static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    for (String word : phrase.trim().split("\\s+")) {
      if (word.isEmpty()) continue;
      String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      // The tokenizer splits hyphenated words ("Eui-yong" -> Eui, -, yong); phrases follow it.
      if (lower.length() > 2 && lower.indexOf('-') > 0 && lower.indexOf('-') < lower.length() - 1) {
        String[] parts = lower.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) words.add("-");
          if (!parts[i].isEmpty()) words.add(parts[i]);
        }
      } else {
        words.add(lower);
      }
    }
    return words;
  }

  private static boolean matchesAt(String[] phrase, List<String> words, int from) {
    if (from + phrase.length > words.size()) return false;
    for (int i = 1; i < phrase.length; i++) {
      if (!phrase[i].equals(words.get(from + i))) return false;
    }
    return true;
  }

  /** Collects phrases; the first value given for a phrase is kept. */
  static final class Builder<V> {
    private final Map<String, V> values = new HashMap<>();
    private final Map<String, List<Phrase<V>>> byFirstWord = new HashMap<>();

    /** The value already stored for these words, if any. */
    Optional<V> get(List<String> words) {
      return Optional.ofNullable(values.get(String.join(" ", words)));
    }

    /** Adds a phrase; false (and nothing changed) when the phrase is already there. */
    boolean add(List<String> words, V value) {
      if (words.isEmpty()) throw new IllegalArgumentException("empty phrase");
      if (values.putIfAbsent(String.join(" ", words), value) != null) return false;
      byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
          .add(new Phrase<>(words.toArray(String[]::new), value));
      return true;
    }

    PhraseIndex<V> build() {
      Map<String, List<Phrase<V>>> index = new HashMap<>();
      Comparator<Phrase<V>> longestFirst = Comparator.comparingInt(p -> -p.words().length);
      byFirstWord.forEach((word, phrases) -> index.put(word, phrases.stream().sorted(longestFirst).toList()));
      return new PhraseIndex<>(Map.copyOf(index), values.size());
    }
  }
}
