package parley.core.time;

import java.time.LocalDate;
import java.util.Optional;
import parley.core.time.TimePatterns.Candidate;

/**
 * "In '98", "since '05": a year clipped to its last two digits after a preposition, the latest year
 * so ending not after the anchor ("in '98" told in 2019 is 1998, "since '05" 2005).
 */
final class ClippedYear {
  /** A preposition, an apostrophe and two digits, not a decade ("the '80s") nor a quoted number. */
  static final String PATTERN = "\\b(?<prep>in|since|by|until|till|from|through|before|after|during|of)\\s+['’‘](?<clipped>\\d\\d)"
      + "(?![\\w'’%-]|[.,]\\d)";

  private ClippedYear() {}

  static boolean apostropheBefore(CharSequence text, int start) {
    return start > 0 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’'
        || text.charAt(start - 1) == '‘');
  }

  static Optional<String> value(Candidate c, LocalDate anchor) {
    if (c.group("clipped") == null) return Optional.empty();
    int year = anchor.getYear() / 100 * 100 + Integer.parseInt(c.group("clipped"));
    if (year > anchor.getYear()) year -= 100;
    return Optional.of(IsoValues.year(year));
  }
}
