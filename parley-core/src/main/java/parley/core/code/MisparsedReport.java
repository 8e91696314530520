package parley.core.code;

import java.util.Set;

/**
 * "Israel announced it would free the prisoners" as the parser sometimes reads it: the reported verb
 * taken for the root, "announced" for its clausal subject and "it" for the object of "announced".
 * Read back, the speech verb reports the clause and the pronoun is the reported verb's subject.
 */
final class MisparsedReport {
  private static final Set<String> SPEECH = Set.of("announce", "say", "declare", "state", "confirm", "pledge",
      "vow", "promise");
  private static final Set<String> PRONOUNS = Set.of("it", "they", "we", "he", "she");

  private MisparsedReport() {}

  /** The speech verb misparsed as the clausal subject of {@code predicate}, or -1. */
  static int speech(DependencyTree tree, int predicate) {
    if (tree.firstChild(predicate, "nsubj") >= 0) return -1;
    boolean future = tree.children(predicate, "aux").stream()
        .anyMatch(a -> future(tree.token(a).lower()) && a < predicate);
    if (!future) return -1;
    for (int c : tree.children(predicate, "csubj")) {
      if (c > predicate || !SPEECH.contains(tree.lemma(c))) continue;
      int object = tree.firstChild(c, "obj");
      if (object > c && object < predicate && PRONOUNS.contains(tree.token(object).lower())) return c;
    }
    return -1;
  }

  /**
   * "Israel said a mortar bomb was fired at it" as the parser sometimes reads it: the reported passive
   * taken for the root, "said" for its clausal subject and the passive's subject for the object of
   * "said". The speech verb, or -1.
   */
  static int passiveSpeech(DependencyTree tree, int predicate) {
    if (tree.firstChild(predicate, "nsubj:pass") >= 0 || tree.firstChild(predicate, "aux:pass") < 0) return -1;
    for (int c : tree.children(predicate, "csubj:pass")) {
      if (c > predicate || !SPEECH.contains(tree.lemma(c))) continue;
      int object = tree.firstChild(c, "obj");
      if (object > c && object < predicate) return c;
    }
    return -1;
  }

  /** A future or conditional auxiliary, "wo" ("won't") excepted. */
  private static boolean future(String aux) {
    return FutureAuxiliaries.futureOrConditional(aux) && !aux.equals(FutureAuxiliaries.WONT);
  }

  /** The reported verb's subject: the pronoun misparsed as the speech verb's object, or -1. */
  static int subject(DependencyTree tree, int predicate) {
    int speech = speech(tree, predicate);
    return speech < 0 ? -1 : tree.firstChild(speech, "obj");
  }
}
