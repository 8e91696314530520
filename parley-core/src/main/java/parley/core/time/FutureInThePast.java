package parley.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.time.TimePatterns.Candidate;
import parley.core.time.TimePatterns.Kind;

/**
 * A weekday ahead of a past moment: "he said he was going to go back to work on Wednesday
 * morning", "the vote was expected Friday", "she said she would leave on Monday". The day lies
 * after the moment told. When the sentence names that moment ("told reporters on Sunday he would
 * leave on Monday") the day is the first such weekday from it on. Otherwise a plan told as it stood
 * ("was expected", "was going to") mostly stood the day before publication, so the day is the first
 * such weekday from then on (published on a Thursday, the Wednesday just gone); while "would", the
 * reported "will" of someone speaking about when the story is told, looks ahead from the publication
 * date ("would leave on Monday" told on a Tuesday is the coming Monday, not yesterday).
 * Stateless.
 */
final class FutureInThePast {
  /** The last look-ahead word before the day, when it is told in the past. */
  private static final Pattern LOOK_AHEAD = Pattern.compile("(?i)\\b(?:(?<past>(?:was|were)\\s+(?:going|due|set|scheduled"
      + "|expected|supposed|slated|poised|planning|preparing|to)|would)|will|won['’]t|['’]ll|shall|(?:is|are|am)\\s+(?:going|due"
      + "|set|scheduled|expected|supposed|slated|poised|planning|preparing|to))\\b");

  private FutureInThePast() {}

  /** How the look-ahead nearest before a weekday is told. */
  enum LookAhead {
    /** Not told in the past, or no look-ahead at all. */
    NONE,
    /** A plan as it stood: "was expected", "was going to", "were scheduled". */
    PLAN,
    /** The reported "will" of someone speaking: "would". */
    WOULD
  }

  /** How the look-ahead nearest before {@code c} in the sentence is told. */
  static LookAhead told(Candidate c, String text, int sentenceStart) {
    if (c.kind() != Kind.WEEKDAY || c.group("mod") != null) return LookAhead.NONE;
    Matcher m = LOOK_AHEAD.matcher(text).region(sentenceStart, c.start());
    LookAhead last = LookAhead.NONE;
    while (m.find()) {
      last = m.group("past") == null ? LookAhead.NONE
          : m.group("past").toLowerCase(Locale.ROOT).equals("would") ? LookAhead.WOULD : LookAhead.PLAN;
    }
    return last;
  }

  /**
   * The weekday of {@code c} on or after the moment told: for "would", {@code saidOn} when the sentence
   * names it, else the publication date; for a plan, the day before publication.
   */
  static Optional<String> nearestWeekday(Candidate c, LocalDate published, LookAhead how, Optional<LocalDate> saidOn) {
    DayOfWeek wd = DayOfWeek.valueOf(c.group("wd").toUpperCase(Locale.ROOT));
    // only a reported "would" is dated by a day told before it ("told aides on Saturday she would"); a
    // plan's earlier day is another act's ("planned a rally on Saturday and were planning to ... on Monday")
    LocalDate from = how == LookAhead.WOULD ? saidOn.orElse(published) : published.minusDays(1);
    LocalDate d = from.with(TemporalAdjusters.nextOrSame(wd));
    return Optional.of(IsoValues.day(d) + IsoValues.partOfDay(c.group("part")));
  }
}
