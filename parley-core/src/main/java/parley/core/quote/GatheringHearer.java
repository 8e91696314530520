package parley.core.quote;

import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * "Park told a news conference to mark the end of his term": a speech verb whose hearer is a
 * gathering (a conference, briefing, meeting) takes an infinitive of purpose, the reason the
 * gathering was held, not what was said; "told reporters to leave" still reports an order.
 */
final class GatheringHearer {
  /** Gatherings that are events, not the people at them. */
  private static final Set<String> GATHERINGS = Set.of("conference", "briefing", "meeting", "session", "hearing",
      "summit", "forum", "seminar", "symposium", "ceremony", "convention", "congress", "gathering", "event");

  private GatheringHearer() {}

  /** True when {@code verb}'s object is a gathering, so its infinitive is a purpose. */
  static boolean isPurpose(Sentence sentence, int verb) {
    for (Arc arc : sentence.dependents(verb)) {
      if (arc.relation().equals("obj") && GATHERINGS.contains(sentence.token(arc.dependent()).lemma())) return true;
    }
    return false;
  }
}
