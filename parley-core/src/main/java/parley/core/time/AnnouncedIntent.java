package parley.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.EventDate;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;

/**
 * The date of an expressed intent or threat told by its future ("the office announced Friday that the
 * speaker will meet the envoy on Thursday", "Argentina said last month it would suspend payments"):
 * the intent was expressed when it was announced, Friday; the Thursday is the day of the meeting
 * intended, which has not happened. Without a reporting verb with a date, the publication date.
 * Stateless.
 */
final class AnnouncedIntent {
  private static final java.util.Set<String> REPORTED = java.util.Set.of("ccomp", "parataxis");

  private AnnouncedIntent() {}

  /** Whether events of CAMEO {@code code} are statements of what the actor will do: intents (03), threats (13). */
  static boolean statesIntent(String code) {
    return code.startsWith("03") || code.startsWith("13");
  }

  /** The date for an intent event whose clause is headed by {@code verb}; empty unless told by "will" or "would". */
  static Optional<EventDate> date(Document doc, Sentence sentence, int verb, List<TimeExpression> dates) {
    if (!sentence.token(verb).isVerb() || !future(sentence, verb)) return Optional.empty();
    Optional<Arc> up = sentence.head(verb);
    if (up.isPresent() && up.get().governor() >= 0 && REPORTED.contains(up.get().baseRelation())
        && sentence.token(up.get().governor()).isVerb()) {
      Optional<String> said = EventDater.governing(sentence, up.get().governor(), dates);
      if (said.isPresent()) return Optional.of(EventDate.fromValue(said.get()));
    }
    return Optional.of(EventDate.published(doc.published().map(Object::toString).orElse(null)));
  }

  private static boolean future(Sentence sentence, int verb) {
    for (Arc arc : sentence.dependents(verb)) {
      if (!arc.baseRelation().equals("aux")) continue;
      String word = sentence.token(arc.dependent()).text().toLowerCase(Locale.ROOT);
      if (word.equals("will") || word.equals("'ll") || word.equals("shall") || word.equals("wo")
          || word.equals("would") || word.equals("'d")) {
        return true;
      }
    }
    return false;
  }
}
