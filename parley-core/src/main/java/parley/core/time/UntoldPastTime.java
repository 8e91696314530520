package parley.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;

/**
 * An act told with an untold past time ("had previously ruled it out", "has in the past rejected
 * it", "delivered it several weeks ago", "formerly backed him", "once supported it") took place at some earlier time the
 * story does not give: not on the publication day. "Recently", "lately", "earlier" and "then" are left
 * alone: news uses them for the days just told. Stateless.
 */
final class UntoldPastTime {
  /** Past references that name no time near the story's: the TimeML PAST_REF of these words. */
  private static final Pattern UNTOLD = Pattern.compile("(?i).*\\b(previously|formerly|in the past|ago)$");

  private UntoldPastTime() {}

  /**
   * Whether a past reference of that kind times the clause of {@code verb}, or trails the last of the
   * verbs it is coordinated with ("produced a draft and delivered it weeks ago").
   */
  static boolean times(Document doc, Sentence sentence, int verb) {
    if (onceBefore(sentence, verb)) return true;
    List<TimeExpression> untold = doc.times().stream().filter(t -> sentence.span().contains(t.span())
        && t.value().equals(Optional.of("PAST_REF")) && UNTOLD.matcher(t.text().toLowerCase(Locale.ROOT)).matches())
        .toList();
    for (TimeExpression t : untold) {
      OptionalInt head = ClauseLocator.head(sentence, t.span());
      if (head.isEmpty()) continue;
      Optional<Arc> arc = sentence.head(head.getAsInt());
      if (arc.isPresent() && EventDater.TEMPORAL.contains(arc.get().relation())
          && MisattachedDate.verbOf(sentence, t.span(), head.getAsInt()).equals(OptionalInt.of(verb))) {
        return true;
      }
    }
    return !untold.isEmpty() && CoordinatedVerbs.sharedTrailingDate(sentence, verb, untold).isPresent();
  }

  /**
   * "a deal she once supported": "once" before a past verb is "formerly" (after it, "met once", it counts
   * the times; as a conjunction, "once the deal is signed", it is a mark, not an adverb).
   */
  private static boolean onceBefore(Sentence sentence, int verb) {
    if (!sentence.token(verb).pos().equals("VBD")) return false;
    for (Arc arc : sentence.dependents(verb)) {
      if (arc.baseRelation().equals("advmod") && arc.dependent() < verb
          && sentence.token(arc.dependent()).text().equalsIgnoreCase("once")) {
        return true;
      }
    }
    return false;
  }
}
