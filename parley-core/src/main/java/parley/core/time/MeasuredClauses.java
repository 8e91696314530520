package parley.core.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;
import parley.core.doc.Token;

/**
 * Dates the clause of a measured "after" or "before": in "Norway on Thursday urged talks, a day
 * after troops clashed", the clash was a day before Thursday. The governing clause must carry a
 * day; the measure must stand right before the subordinator and be counted in days or weeks.
 */
final class MeasuredClauses {
  private static final Pattern DAYS_OR_WEEKS = Pattern.compile("P(\\d+)([DW])");
  private static final int GAP = 2;

  private MeasuredClauses() {}

  static Optional<String> date(Document doc, Sentence sentence, int verb) {
    Optional<Token> mark = ClauseLocator.shiftingMark(sentence, verb);
    Optional<Matcher> measured = measure(doc, sentence, verb);
    if (mark.isEmpty() || measured.isEmpty()) return Optional.empty();
    String word = mark.get().lower();
    Matcher m = measured.get();
    Optional<Arc> up = sentence.head(verb);
    if (up.isEmpty() || up.get().governor() < 0) return Optional.empty();
    Optional<String> governorDate = EventDater.governing(sentence, up.get().governor(), EventDater.dates(doc, sentence));
    if (governorDate.isEmpty() || !governorDate.get().matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.empty();
    int days = Integer.parseInt(m.group(1)) * (m.group(2).equals("W") ? 7 : 1);
    LocalDate anchor = LocalDate.parse(governorDate.get());
    return Optional.of((word.equals("after") ? anchor.minusDays(days) : anchor.plusDays(days)).toString());
  }

  /**
   * Whether {@code verb} heads a clause measured before or after its governor ("four days after
   * gunmen attacked the embassy"): it took place then, not at the publication date, even when the
   * governor's clause carries no date to count from.
   */
  static boolean isMeasured(Document doc, Sentence sentence, int verb) {
    return measure(doc, sentence, verb).isPresent();
  }

  private static Optional<Matcher> measure(Document doc, Sentence sentence, int verb) {
    Optional<Token> mark = ClauseLocator.shiftingMark(sentence, verb);
    if (mark.isEmpty()) return Optional.empty();
    String word = mark.get().lower();
    if (!word.equals("after") && !word.equals("before")) return Optional.empty();
    Optional<TimeExpression> measure = doc.times().stream()
        .filter(t -> t.span().end() <= mark.get().span().start() && mark.get().span().start() - t.span().end() <= GAP)
        .findFirst();
    if (measure.isEmpty() || measure.get().value().isEmpty()) return Optional.empty();
    Matcher m = DAYS_OR_WEEKS.matcher(measure.get().value().get());
    return m.matches() ? Optional.of(m) : Optional.empty();
  }
}
