package parley.core.quote;

import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * A clause set beside reported content that is an attribution of its own ("... said it was great to
 * be home, a man yelled “Stay there!”": the parser hangs "yelled" on "home"): a speech verb with a
 * subject of its own, joined loosely (parataxis), is not part of what the first speaker said.
 */
final class OwnAttribution {
  private OwnAttribution() {}

  /** Whether the dependent of {@code arc} starts such an attribution of its own. */
  static boolean cuts(Sentence sentence, Arc arc) {
    if (!arc.baseRelation().equals("parataxis") || arc.dependent() < arc.governor()) return false;
    int verb = arc.dependent();
    return sentence.token(verb).isVerb() && SpeechVerbs.isSpeech(sentence.token(verb).lemma())
        && sentence.dependents(verb).stream().anyMatch(a -> a.relation().equals("nsubj")
            && a.dependent() < verb && a.dependent() > arc.governor());
  }
}
