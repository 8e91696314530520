package parley.core.time;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A day of the month written in words, as a cardinal or an ordinal ("July one, 1986", "June
 * twenty-first, 1990"): its number. Stateless.
 */
final class SpelledDays {
  private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen");
  private static final List<String> UNIT_ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
      "sixteenth", "seventeenth", "eighteenth", "nineteenth");

  /** The words of days 1 to 31, longest forms first. */
  static final String PATTERN = "(?:twenty[- ](?:one|two|three|four|five|six|seven|eight|nine"
      + "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[- ](?:one|first)"
      + "|twentieth|thirtieth|twenty|thirty|"
      + String.join("|", UNIT_ORDINALS) + "|" + String.join("|", UNITS) + ")";

  private SpelledDays() {}

  /** The day's number as digits, or "" when the words name none from 1 to 31. */
  static String number(String words) {
    String w = words.toLowerCase(Locale.ROOT).replace(' ', '-');
    OptionalInt cardinal = NumberWords.parse(w);
    int day = cardinal.isPresent() ? cardinal.getAsInt() : ordinal(w);
    return day >= 1 && day <= 31 ? Integer.toString(day) : "";
  }

  /** "first" to "thirty-first" as a number; 0 for other words. */
  private static int ordinal(String w) {
    if (w.equals("twentieth")) return 20;
    if (w.equals("thirtieth")) return 30;
    int tens = w.startsWith("twenty-") ? 20 : w.startsWith("thirty-") ? 30 : 0;
    int unit = UNIT_ORDINALS.indexOf(tens == 0 ? w : w.substring("twenty-".length())) + 1;
    return unit == 0 || (tens > 0 && unit > 9) ? 0 : tens + unit;
  }
}
