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
      "charge", "counter", "demand", "estimate", "reveal", "indicate", "mention", "point", "question",
      "answer", "yell", "shout", "chant", "scream", "exclaim", "quip", "muse", "whisper", "lament", "retort", "proclaim",
      "clarify", "echo", "email", "disclose", "recite", "imply", "articulate", "rebut", "refute", "dispute",
      "hint", "swear", "fume", "scoff", "grumble", "confide", "plead", "beg", "implore", "brag",
      "concur", "assure", "express", "signal", "tease", "preach", "lecture", "forecast", "speculate", "retweet",
      "repeat", "remind", "chide", "deride", "underscore", "reminisce");

  /**
   * Lemmas of verbs that state a source's stance, wish or knowledge without reporting words:
   * "X supports Y", "X wants to run", "X fears that ...". They attribute their complement or object
   * (never frame a direct quote).
   */
  static final Set<String> STANCE = Set.of("support", "oppose", "endorse", "praise", "defend", "back",
      "favor", "favour", "prefer", "reject", "condemn", "denounce", "decry", "blame", "attack", "blast",
      "slam", "mock", "tout", "highlight", "want", "seek", "hope", "expect", "plan", "intend", "fear", "worry",
      "know", "see", "view", "consider", "feel", "doubt", "wonder", "seem", "appear", "decline", "refuse",
      "pledge", "threaten", "offer", "advocate", "welcome", "dismiss", "like", "dislike", "hate", "mean",
      "discuss", "address", "mention", "request", "understand", "remember", "forget", "realize",
      "realise", "recognize", "recognise", "accept", "regret", "applaud", "question", "challenge", "lament",
      "bemoan", "acknowledge", "assume", "guess", "imagine", "suspect", "insist", "talk", "speak", "refer",
      "point", "call", "push", "press", "pray", "vote",
      "envision", "embrace", "recommend", "ponder", "contest", "assail", "lambaste", "label", "dub", "brand",
      "characterize", "characterise", "portray", "hail", "laud", "invoke", "reference", "deem", "rail",
      "learn", "credit", "regard", "foresee", "champion", "thank", "compare", "project", "outline", "unveil");

  /** Verbs whose object is the hearer, not what is said: "told reporters", "asked him". */
  private static final Set<String> HEARER = Set.of("tell", "ask", "urge", "warn", "remind", "inform", "assure",
      "quote", "call", "push", "press", "thank", "see", "feel", "mean", "speak", "talk");

  /** Prepositions that introduce what a verb speaks of: "pointed to", "called for", "talked about". */
  private static final Set<String> TOPIC = Set.of("to", "for", "about", "on", "of", "against");

  private SpeechVerbs() {}

  /** Verbs of seeming: "Trump appears to lead" is the writer's hedge, attributed to no one. */
  private static final Set<String> SEEMING = Set.of("seem", "appear", "look", "sound");

  /** Stance verbs that attribute only an infinitive: "declined to comment", not "sales declined 3 percent". */
  private static final Set<String> INFINITIVE_ONLY = Set.of("decline", "refuse");

  static boolean onlyInfinitive(String lemma) {
    return INFINITIVE_ONLY.contains(lemma);
  }

  static boolean isSeeming(String lemma) {
    return SEEMING.contains(lemma);
  }

  /**
   * Nouns that report a source's words or stance when the source is their possessor: "Romney's
   * comment that ...", "Obama's call for ...", "her statement condemning ...".
   */
  private static final Set<String> NOUNS = Set.of("statement", "comment", "remark", "claim", "assertion", "call",
      "response", "criticism", "refusal", "promise", "pledge", "warning", "suggestion", "argument", "answer",
      "view", "position", "stance", "proposal", "message", "tweet", "post", "letter", "testimony", "speech",
      "announcement", "insistence", "denial", "accusation", "allegation", "demand", "vow", "decision",
      "opposition", "support", "endorsement", "praise", "attack", "complaint", "question", "belief", "plan");

  static boolean isSpeechNoun(String lemma) {
    return NOUNS.contains(lemma);
  }

  static boolean isStance(String lemma) {
    return STANCE.contains(lemma);
  }

  static boolean takesHearer(String lemma) {
    return HEARER.contains(lemma);
  }

  /** Whether "{@code lemma} {@code preposition} X" speaks of X ("pointed to", "called for", "voted against"). */
  static boolean takesTopic(String lemma, String preposition) {
    return TOPIC.contains(preposition) && (STANCE.contains(lemma) || LEMMAS.contains(lemma));
  }

  /**
   * Verbs that speak with their particle: "laid out a plan", "talked up his record", "fired back at
   * Smith", "walked back the remarks", "shrugged off the criticism", "spoke out against the war".
   */
  private static final Set<String> PHRASAL = Set.of("lay out", "spell out", "set out", "talk up", "play up",
      "play down", "talk down", "fire back", "hit back", "push back", "strike back", "walk back", "shrug off",
      "brush off", "laugh off", "speak out", "lash out", "weigh in", "chime in", "sound off", "open up",
      "point out", "rule out", "call out", "single out", "come out", "back away");

  /** Whether a verb with this particle speaks ("lay" with "out"). */
  static boolean isPhrasalSpeech(String lemma, String particle) {
    return PHRASAL.contains(lemma + " " + particle);
  }

  static boolean isSpeech(String lemma) {
    return LEMMAS.contains(lemma);
  }
}
