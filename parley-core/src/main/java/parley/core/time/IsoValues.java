package parley.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/** ISO 8601 / TimeML value strings for days, weeks, months, quarters and seasons. */
final class IsoValues {
  private static final String[] SEASONS = {"WI", "SP", "SU", "FA"};

  private IsoValues() {}

  static String day(LocalDate date) {
    return date.toString();
  }

  static String month(YearMonth month) {
    return month.toString();
  }

  static String year(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  static String week(LocalDate date) {
    return String.format(Locale.ROOT, "%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR),
        date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String quarter(int year, int quarter) {
    return year(year) + "-Q" + quarter;
  }

  static int quarterOf(LocalDate date) {
    return date.get(IsoFields.QUARTER_OF_YEAR);
  }

  /** A valid date or empty ("February 30" is empty). */
  static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }

  /** 1-12 from "Jan", "January", "Sept.", or 0 when not a month. */
  static int monthNumber(String name) {
    if (name == null || name.length() < 3) return 0;
    String m = name.substring(0, 3).toLowerCase(Locale.ROOT);
    String all = "janfebmaraprmayjunjulaugsepoctnovdec";
    int i = all.indexOf(m);
    return i >= 0 && i % 3 == 0 ? i / 3 + 1 : 0;
  }

  /** TimeML season code for a season word: SP, SU, FA, WI. */
  static String seasonCode(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "spring" -> "SP";
      case "summer" -> "SU";
      case "fall", "autumn" -> "FA";
      default -> "WI";
    };
  }

  /** Index of a season in the year: WI 0 (Dec-Feb, counted with the year of its January), SP 1, SU 2, FA 3. */
  static int seasonIndex(String code) {
    for (int i = 0; i < SEASONS.length; i++) {
      if (SEASONS[i].equals(code)) return i;
    }
    return 0;
  }

  static int seasonIndexOf(LocalDate date) {
    int m = date.getMonthValue();
    if (m == 12 || m <= 2) return 0;
    return m <= 5 ? 1 : m <= 8 ? 2 : 3;
  }

  static String season(int year, String code) {
    return year(year) + "-" + code;
  }

  /** TimeML suffix for a part of the day: "morning" gives "TMO". */
  static String partOfDay(String part) {
    if (part == null) return "";
    return switch (part.toLowerCase(Locale.ROOT)) {
      case "morning", "dawn", "daybreak", "sunrise" -> "TMO";
      case "afternoon" -> "TAF";
      case "evening", "dusk", "sunset", "nightfall" -> "TEV";
      default -> "TNI";
    };
  }
}
