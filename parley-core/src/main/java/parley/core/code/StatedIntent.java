package parley.core.code;

import static parley.core.code.ConditionalClauses.conditional;
import static parley.core.code.ConditionalClauses.question;
import static parley.core.code.ConditionalClauses.underCondition;
import static parley.core.code.HypotheticalMarkers.MODALS;
import static parley.core.code.FutureAuxiliaries.future;
import static parley.core.code.FutureAuxiliaries.futureOrConditional;
import static parley.core.code.ModeClassifier.of;
import static parley.core.code.Negation.negated;

import java.util.Set;
import parley.core.doc.Mode;

/**
 * The subject's own stated intent: "vowed to retaliate", "is willing to withdraw", "Israel announced it
 * would free prisoners", made in a statement that was itself asserted.
 */
final class StatedIntent {
  private StatedIntent() {}

  /**
   * Verbs and adjectives by which the subject states its own will to act ("vowed to retaliate", "is
   * willing to withdraw", "wants to attack", "plans to free"); hopes, expectations and attempts do not.
   */
  private static final Set<String> OWN_INTENT = Set.of("vow", "pledge", "promise", "threaten", "decide", "offer",
      "agree", "ready", "willing", "refuse", "decline", "want", "plan", "intend", "determined", "prepared",
      "eager", "keen", "committed");
  /** Adjectives of readiness that name the subject's stance only after "be" ("is prepared to", not "prepared to"). */
  private static final Set<String> STANCE_PARTICIPLES = Set.of("prepared", "committed", "determined");
  /** Subjects of a reported clause that stand for the speaker ("X said it would"). */
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "we", "he", "she", "i");

  /** Verbs of speech that report an intent: ANNOUNCING and the plain reporting verbs. */
  static final Set<String> SPEECH = Set.of("say", "announce", "pledge", "vow", "promise", "declare",
      "state", "tell", "confirm", "insist", "add", "reiterate", "reaffirm", "assert", "affirm", "stress", "repeat",
      "indicate", "signal", "report", "claim", "warn", "threaten", "assure", "reassure");
  private static final Set<String> ANNOUNCING = Set.of("say", "announce", "pledge", "vow", "promise", "declare",
      "state", "tell", "confirm", "insist", "add", "reiterate", "reaffirm", "assert", "affirm", "stress", "repeat",
      "warn", "threaten", "assure", "reassure");

  static boolean statedIntent(DependencyTree tree, int predicate) {
    if (conditional(tree, predicate)) return false;
    for (int c : tree.children(predicate)) {
      if (!tree.relation(c).startsWith("aux")) continue;
      String aux = tree.token(c).lower();
      if ((future(aux) || aux.equals("would")) && reportedByItsAgent(tree, predicate)) return true;
      if (future(aux) && tree.head(predicate) < 0 && negated(tree, predicate)) return true; // "Israel will not free them"
    }
    if (tree.relation(predicate).equals("xcomp")) {
      int governor = tree.head(predicate);
      if (governor >= 0 && ownIntentWord(tree, governor) && tree.firstChild(governor, "obj") < 0) {
        return ownStatement(tree, governor);
      }
      // "the army said it was preparing to withdraw": preparations its agent announces are its stated intent
      if (governor >= 0 && tree.token(governor).lower().equals("preparing") && tree.firstChild(governor, "obj") < 0
          && reportedByItsAgent(tree, governor)) {
        return true;
      }
    }
    return false;
  }

  /** "vowed", "is willing", "wants": a word of the subject's own will; "prepared" only as "is prepared to". */
  private static boolean ownIntentWord(DependencyTree tree, int governor) {
    String word = tree.token(governor).lower();
    if (STANCE_PARTICIPLES.contains(word)) {
      return tree.children(governor).stream()
          .anyMatch(c -> tree.relation(c).equals("cop") || tree.relation(c).equals("aux:pass"));
    }
    return OWN_INTENT.contains(tree.lemma(governor)) && !word.equals("prepared") && !word.equals("preparing");
  }

  /**
   * The statement of intent itself was made: its verb is asserted, or a plain "would"/"will" of the
   * speaker ("would be willing to"); not negated ("did not agree to"), conditional, asked, or itself
   * expected or planned by others ("is expected to agree to").
   */
  static boolean ownStatement(DependencyTree tree, int verb) {
    if (negated(tree, verb) || underCondition(tree, verb) || question(tree, verb) || conditional(tree, verb)) {
      return false;
    }
    Mode mode = of(tree, verb);
    if (mode == Mode.ASSERTED) return true;
    if (mode != Mode.HYPOTHETICAL) return false;
    boolean willOrWould = false;
    for (int c : tree.children(verb)) {
      if (!tree.relation(c).startsWith("aux")) continue;
      String aux = tree.token(c).lower();
      if (MODALS.contains(aux) && !futureOrConditional(aux)) return false;
      willOrWould |= futureOrConditional(aux);
    }
    int head = tree.head(verb);
    return willOrWould && (head < 0 || (tree.relation(verb).equals("ccomp") && of(tree, head) == Mode.ASSERTED));
  }

  /**
   * "Israel announced it would free prisoners": reported future of the speaker's own act. The
   * statement was made ("did not say it would", "if Israel says it will" state nothing) and the
   * reported clause has a subject of its own, which the coder matches with the speaker.
   */
  private static boolean reportedByItsAgent(DependencyTree tree, int predicate) {
    int head = tree.head(predicate);
    if (head < 0 || !tree.relation(predicate).equals("ccomp") || !ANNOUNCING.contains(tree.lemma(head))) return false;
    return tree.firstChild(predicate, "nsubj") >= 0 && ownStatement(tree, head);
  }

  /** A reported subject that stands for the speaker: "it", "they", "we", "he", "she", "I". */
  static boolean speakerPronoun(DependencyTree tree, int subject) {
    return subject >= 0 && tree.token(subject).pos().equals("PRP")
        && SPEAKER_PRONOUNS.contains(tree.token(subject).lower());
  }
}
