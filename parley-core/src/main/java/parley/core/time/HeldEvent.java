package parley.core.time;

import java.util.Locale;
import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * "New Jersey holds its primary Tuesday", "the state hosts caucuses on Saturday": the simple
 * present of "hold" or "host" with an event as its object is a timetable, so a day it names lies
 * ahead ("holds a lead", "holds the record" state a fact and decide nothing). Stateless.
 */
final class HeldEvent {
  private static final Set<String> HOLDING = Set.of("hold", "host", "stage");
  private static final Set<String> EVENTS = Set.of("primary", "primaries", "caucus", "caucuses", "election",
      "elections", "vote", "referendum", "runoff", "meeting", "summit", "talks", "conference", "convention",
      "rally", "hearing", "hearings", "debate", "ceremony", "session", "congress", "contest", "poll", "ballot",
      "celebration", "festival", "parade", "march", "forum", "event");

  private HeldEvent() {}

  static boolean isHeldEvent(Sentence s, int verb) {
    if (!HOLDING.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) return false;
    // the object right after the verb, read from the words since the parser may take "primary" for an adjective
    for (int i = verb + 1; i < s.size() && i <= verb + 5; i++) {
      Token t = s.token(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (EVENTS.contains(w)) return true;
      boolean modifier = t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("POS") || t.pos().equals("CD")
          || t.pos().startsWith("JJ") || t.pos().equals("NNP") || t.pos().equals("RB");
      if (!modifier) return false;
    }
    return false;
  }
}
