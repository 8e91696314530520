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
 * morning", "the vote was expected Friday", "she was planning to hold a dinner on Thursday night".
 * The day lies after the moment told, which itself lies
 * before the publication date, mostly the day before it, so the day is the first such weekday from
 * the day before publication on (published on a Thursday, the Wednesday just gone; on a Monday,
 * the coming Friday).
 * Stateless.
 */
final class FutureInThePast {
  /** The last look-ahead word before the day, when it is told in the past. */
  private static final Pattern LOOK_AHEAD = Pattern.compile("(?i)\\b(?:(?<past>(?:was|were)\\s+(?:going|due|set|scheduled"
      + "|expected|supposed|slated|poised|planning|preparing|to)|would)|will|won['’]t|['’]ll|shall|(?:is|are|am)\\s+(?:going|due"
      + "|set|scheduled|expected|supposed|slated|poised|planning|preparing|to))\\b");

  private FutureInThePast() {}

  /** Whether the look-ahead nearest before {@code c} in the sentence is told in the past. */
  static boolean told(Candidate c, String text, int sentenceStart) {
    if (c.kind() != Kind.WEEKDAY || c.group("mod") != null) return false;
    Matcher m = LOOK_AHEAD.matcher(text).region(sentenceStart, c.start());
    boolean past = false;
    boolean any = false;
    while (m.find()) {
      any = true;
      past = m.group("past") != null;
    }
    return any && past;
  }

  static Optional<String> nearestWeekday(Candidate c, LocalDate published) {
    DayOfWeek wd = DayOfWeek.valueOf(c.group("wd").toUpperCase(Locale.ROOT));
    // the moment told is most often the day before publication or earlier: the day comes after it
    LocalDate d = published.minusDays(2).with(TemporalAdjusters.next(wd));
    return Optional.of(IsoValues.day(d) + IsoValues.partOfDay(c.group("part")));
  }
}
