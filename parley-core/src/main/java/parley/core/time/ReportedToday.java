package parley.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;

/**
 * "Today" in reported speech is the day of speaking: in "the senator said on Thursday he delivered
 * a letter today", the letter went on Thursday, not on the day the story was published. Only a
 * "today" on the verb of a clause reported by a verb dated to an earlier day is read so. Stateless.
 */
final class ReportedToday {
  private ReportedToday() {}

  /** The day of speaking when {@code verb}'s own date is a "today" inside speech dated earlier. */
  static Optional<String> speechDay(Sentence sentence, int verb, List<TimeExpression> dates) {
    Optional<Arc> up = sentence.head(verb);
    if (up.isEmpty() || up.get().governor() < 0 || !up.get().baseRelation().equals("ccomp")) return Optional.empty();
    boolean today = false;
    for (TimeExpression t : dates) {
      OptionalInt head = ClauseLocator.head(sentence, t.span());
      if (head.isEmpty() || !t.text().toLowerCase(Locale.ROOT).matches("(?:on |for )?today")) continue;
      Optional<Arc> arc = sentence.head(head.getAsInt());
      if (arc.isPresent() && arc.get().governor() == verb) today = true;
    }
    if (!today) return Optional.empty();
    List<TimeExpression> others = dates.stream()
        .filter(t -> !t.text().toLowerCase(Locale.ROOT).contains("today")).toList();
    Optional<String> said = EventDater.governing(sentence, up.get().governor(), others);
    return said.filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
  }
}
