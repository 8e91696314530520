package parley.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimeValueResolver.Tense;

/**
 * "Markets will reopen after the weekend", "protests are planned this weekend": a weekend without
 * "last" or "next" under a verb that looks ahead is the coming one (the anchor's own when the story
 * is told on a Saturday or Sunday), not the one just over that a Monday story's past verb means.
 */
final class WeekendAhead {
  private WeekendAhead() {}

  static boolean applies(Candidate c, Tense tense) {
    String mod = TimeValueResolver.lower(c.group("mod"));
    return (tense == Tense.FUTURE || tense == Tense.AHEAD) && c.group("edge") == null
        && "weekend".equalsIgnoreCase(c.group("unit")) && (mod.equals("the") || mod.equals("this"));
  }

  static Optional<String> value(LocalDate anchor) {
    LocalDate saturday = anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? anchor.minusDays(1)
        : anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    return Optional.of(IsoValues.week(saturday) + "-WE");
  }
}
