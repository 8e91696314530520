package parley.core.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code published} field's date: ISO ({@code 2008-08-06}, or the date of an ISO timestamp
 * {@code 2008-08-06T10:00:00Z}), or compact digits {@code YYYYMMDD} ({@code 20080806}) and
 * {@code YYMMDD} ({@code 080806}; years 00-69 are 20xx, 70-99 are 19xx, as wire archives write them).
 */
public final class PublishedDate {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");
  private static final Pattern LONG = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern SHORT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})");

  private PublishedDate() {}

  /** The date the value names, or empty when it names none (or no real day). */
  public static Optional<LocalDate> parse(String value) {
    String v = value.strip();
    Matcher m = ISO.matcher(v);
    if (!m.matches()) m = LONG.matcher(v);
    if (m.matches()) return day(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
    m = SHORT.matcher(v);
    if (!m.matches()) return Optional.empty();
    int yy = Integer.parseInt(m.group(1));
    return day(yy < 70 ? 2000 + yy : 1900 + yy, m.group(2), m.group(3));
  }

  private static Optional<LocalDate> day(int year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
