package parley.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import parley.core.time.TimePatterns.Candidate;

/**
 * "The talks will continue into the new year": "new year" in lower case is a year, not the New Year
 * holiday; told in November or December it is the coming one, else the anchor's own.
 */
final class TheNewYear {
  private TheNewYear() {}

  static boolean is(Candidate c) {
    return "new year".equals(c.group("holiday"));
  }

  static Optional<String> value(LocalDate anchor) {
    return Optional.of(IsoValues.year(anchor.getYear() + (anchor.getMonth().compareTo(Month.NOVEMBER) >= 0 ? 1 : 0)));
  }
}
