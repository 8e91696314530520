package parley.core.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Pattern;
import parley.core.doc.Document;
import parley.core.doc.Sentence;

/**
 * A date told as after the publication day cannot be the time of an act the story tells in the past
 * ("has invited the Commission for talks next month", "proposed a meeting for next week"): it is the
 * time of the thing invited or proposed. Stateless.
 */
final class FutureDateOfPastAct {
  private FutureDateOfPastAct() {}

  /** Words that tell a time ahead of the publication day ("next month", "tomorrow", "the coming week"). */
  private static final Pattern AHEAD = Pattern.compile("(?i).*\\b(next|coming|upcoming|tomorrow)\\b.*");

  /**
   * {@code date} unless it starts after the publication day, told as ahead of it ("next month"; a
   * bare "Dec. 2" may have been given the wrong year), while {@code verb} is past or perfect.
   */
  static Optional<String> keep(Document doc, Sentence sentence, int verb, Optional<String> date) {
    if (date.isEmpty() || doc.published().isEmpty() || !sentence.token(verb).isVerb()) return date;
    if (!ClauseLocator.isSimplePast(sentence, verb) && !ClauseLocator.isPerfect(sentence, verb)) return date;
    boolean toldAhead = doc.times().stream().anyMatch(t -> sentence.span().contains(t.span())
        && t.value().equals(date) && AHEAD.matcher(t.text()).matches());
    return toldAhead && start(date.get()).filter(s -> s.isAfter(doc.published().get())).isPresent()
        ? Optional.empty() : date;
  }

  /** The first day of a year, month, week or day value; empty for other values. */
  private static Optional<LocalDate> start(String value) {
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.of(LocalDate.parse(value));
    if (value.matches("\\d{4}-\\d{2}")) return Optional.of(LocalDate.parse(value + "-01"));
    if (value.matches("\\d{4}")) return Optional.of(LocalDate.parse(value + "-01-01"));
    if (value.matches("\\d{4}-W\\d{2}")) {
      return Optional.of(LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
          .with(java.time.DayOfWeek.MONDAY));
    }
    return Optional.empty();
  }
}
