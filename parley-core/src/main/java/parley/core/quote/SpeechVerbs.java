package parley.core.quote;

import java.util.Set;

/**
 * Lemmas of verbs that attribute words or a stance to a source: speech ("said", "told", "warned",
 * "tweeted"), writing and reporting ("wrote", "reported"), findings of polls and studies ("the poll
 * found", "surveys show") and stated beliefs ("Trump believes that ...").
 */
final class SpeechVerbs {
  static final Set<String> LEMMAS = Set.of("say", "tell", "add", "state", "announce", "warn", "claim",
      "insist", "note", "explain", "declare", "stress", "reply", "write", "argue", "assert", "affirm",
      "acknowledge", "admit", "allege", "comment", "confirm", "deny", "emphasise", "emphasize",
      "maintain", "predict", "promise", "remark", "report", "respond", "reiterate", "urge", "quote",
      "caution", "complain", "contend", "observe", "continue", "ask", "suggest", "testify", "vow",
      "tweet", "post", "recall", "describe", "call", "cite", "criticize", "criticise", "accuse", "conclude",
      "find", "show", "believe", "think", "agree", "propose", "concede", "boast", "joke", "recount",
      "charge", "counter", "demand", "estimate", "reveal", "indicate", "mention", "point", "question");

  private SpeechVerbs() {}

  static boolean isSpeech(String lemma) {
    return LEMMAS.contains(lemma);
  }
}
