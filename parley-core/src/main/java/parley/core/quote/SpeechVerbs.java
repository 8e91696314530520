package parley.core.quote;

import java.util.Set;

/** Lemmas of verbs that introduce speech: "said", "told", "warned", "insisted". */
final class SpeechVerbs {
  static final Set<String> LEMMAS = Set.of("say", "tell", "add", "state", "announce", "warn", "claim",
      "insist", "note", "explain", "declare", "stress", "reply", "write", "argue", "assert", "affirm",
      "acknowledge", "admit", "allege", "comment", "confirm", "deny", "emphasise", "emphasize",
      "maintain", "predict", "promise", "remark", "report", "respond", "reiterate", "urge", "quote",
      "caution", "complain", "contend", "observe", "continue", "ask", "suggest", "testify", "vow");

  private SpeechVerbs() {}

  static boolean isSpeech(String lemma) {
    return LEMMAS.contains(lemma);
  }
}
