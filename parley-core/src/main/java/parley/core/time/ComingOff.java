package parley.core.time;

import java.util.Locale;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * "The governor is coming off a strong debate Thursday night": "coming off" (as "fresh off") tells
 * what has just happened, so the progressive looks back, not ahead. Stateless.
 */
final class ComingOff {
  private ComingOff() {}

  static boolean isComingOff(Sentence s, int verb) {
    if (!s.token(verb).lemma().toLowerCase(Locale.ROOT).equals("come")) return false;
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().startsWith("compound:prt") && s.token(arc.dependent()).text().equalsIgnoreCase("off")) {
        return true;
      }
    }
    return false;
  }
}
