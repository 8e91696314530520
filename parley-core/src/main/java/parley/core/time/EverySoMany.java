package parley.core.time;

import java.util.List;
import java.util.Locale;

/** "Every other week" (P2W), "every two years" (P2Y), "every 10 days" (P10D): a set repeating after so many units. */
final class EverySoMany {
  private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten");
  /** The count after "every": "other", a number word up to ten, or digits. */
  static final String COUNT = "(?:other|two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})";

  private EverySoMany() {}

  static boolean applies(String set) {
    return set.toLowerCase(Locale.ROOT).matches("every\\s+" + COUNT + "\\s+\\w+");
  }

  static String value(String set) {
    String[] words = set.toLowerCase(Locale.ROOT).trim().split("\\s+");
    int i = NUMBERS.indexOf(words[1]);
    String count = words[1].equals("other") ? "2" : i >= 0 ? Integer.toString(i + 2) : words[1];
    return "P" + count + Character.toUpperCase(words[2].charAt(0));
  }
}
