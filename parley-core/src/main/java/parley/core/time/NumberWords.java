package parley.core.time;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Small English cardinals as used in time expressions: "3", "three", "twenty-four", "a". */
final class NumberWords {
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
      Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a couple", 2),
      Map.entry("a couple of", 2), Map.entry("couple of", 2));

  private NumberWords() {}

  /** The value, or empty for vague amounts ("several", "a few", "many") and unreadable text. */
  static OptionalInt parse(String text) {
    if (text == null) return OptionalInt.empty();
    String t = text.toLowerCase(Locale.ROOT).trim();
    if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
      // "1.5", "1-1/2", "2 1/2": no whole number (the caller reads halves itself)
      if (!t.matches("\\d{1,6}")) return OptionalInt.empty();
      return OptionalInt.of(Integer.parseInt(t));
    }
    Integer whole = WORDS.get(t);
    if (whole != null) return OptionalInt.of(whole);
    String[] parts = t.split("[- ]");
    if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1])) {
      return OptionalInt.of(WORDS.get(parts[0]) + WORDS.get(parts[1]));
    }
    return OptionalInt.empty();
  }
}
