package parley.core.time;

import java.util.List;
import java.util.Locale;

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
    int tens = 0;
    if (w.startsWith("twenty")) {
      tens = 20;
      w = w.substring("twenty".length());
    } else if (w.startsWith("thirty")) {
      tens = 30;
      w = w.substring("thirty".length());
    } else if (w.equals("twentieth")) {
      return "20";
    } else if (w.equals("thirtieth")) {
      return "30";
    }
    if (w.startsWith("-")) w = w.substring(1);
    if (w.isEmpty() || w.equals("ieth")) return tens == 0 ? "" : Integer.toString(tens);
    int unit = UNITS.indexOf(w) >= 0 ? UNITS.indexOf(w) + 1 : UNIT_ORDINALS.indexOf(w) + 1;
    if (unit == 0 || (tens > 0 && unit > 9)) return "";
    int day = tens + unit;
    return day <= 31 ? Integer.toString(day) : "";
  }
}
