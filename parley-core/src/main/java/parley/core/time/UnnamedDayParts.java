package parley.core.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * Parts of a day the words do not name: "in the morning", "overnight". They belong to the day the
 * story last talked about ("Shares fell Friday. Dealers bought in the morning" is Friday morning),
 * and "overnight" is the night before it (TimeML values a night by the day it starts on). With no
 * day told before, the publication date is that day. Stateless.
 */
final class UnnamedDayParts {
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");

  private UnnamedDayParts() {}

  static boolean applies(Candidate c) {
    return c.kind() == Kind.NAMED_DAY && (isOvernight(c) || c.group("inthe") != null);
  }

  /** The part of the day of {@code reference}, when the reference is a day. */
  static Optional<String> resolve(Candidate c, String reference) {
    Matcher m = DAY_VALUE.matcher(reference);
    if (!m.matches()) return Optional.empty();
    LocalDate day = LocalDate.parse(m.group(1));
    return Optional.of(isOvernight(c) ? IsoValues.day(day.minusDays(1)) + "TNI"
        : IsoValues.day(day) + IsoValues.partOfDay(c.group("part")));
  }

  private static boolean isOvernight(Candidate c) {
    return "overnight".equalsIgnoreCase(c.group("named"));
  }
}
