package parley.core.code;

import static parley.core.code.HypotheticalMarkers.hypotheticalHere;
import static parley.core.code.ModeClassifier.of;
import static parley.core.code.ModeClassifier.toInfinitive;
import static parley.core.code.Negation.negated;

import java.util.Set;
import parley.core.doc.Mode;

/** A decision taken by the one who carries out the act: "Japan has decided to lift the sanctions". */
final class DecisionTaken {
  private DecisionTaken() {}

  /** What a decision may be taken to do without doing it yet: to seek, consider, ask, study or try. */
  private static final Set<String> UNDONE_BY_DECISION = Set.of("seek", "consider", "ask", "request", "study",
      "examine", "explore", "look", "review", "try", "attempt", "plan", "prepare", "propose", "weigh", "wait",
      "discuss", "think", "postpone", "delay", "defer", "appeal", "call", "demand", "urge", "hope", "aim", "want");
  private static final Set<String> PERFECT = Set.of("has", "have", "had", "'s", "'ve", "'d");

  /**
   * "Japan has decided to lift the sanctions": the decision was taken (past or perfect, active, its
   * statement asserted: not "did not decide", "if it decides", "would decide", "is expected to
   * decide") by the subject that carries out the act, which is a to-infinitive of "decide" (or a
   * conjunct of one: "decided to lift the curfew and release the prisoners") with no modal or negation
   * of its own, and not a further step of deliberation ("decided to seek", "to consider", "to ask").
   */
  static boolean decided(DependencyTree tree, int predicate) {
    int act = predicate;
    while (tree.relation(act).equals("conj") && tree.head(act) >= 0 && tree.firstChild(act, "nsubj") < 0) {
      if (negated(tree, act) || hypotheticalHere(tree, act)) return false;
      act = tree.head(act);
    }
    int decision = tree.head(act);
    if (decision < 0 || !tree.relation(act).equals("xcomp") || act < decision || !toInfinitive(tree, act)
        || !tree.lemma(decision).equals("decide") || tree.firstChild(decision, "nsubj") < 0
        || UNDONE_BY_DECISION.contains(tree.lemma(predicate)) || UNDONE_BY_DECISION.contains(tree.lemma(act))
        || negated(tree, act) || negated(tree, predicate) || hypotheticalHere(tree, act)
        || hypotheticalHere(tree, predicate)) {
      return false;
    }
    String pos = tree.token(decision).pos();
    boolean past = pos.equals("VBD") || (pos.equals("VBN") && tree.children(decision).stream()
        .anyMatch(c -> tree.relation(c).equals("aux") && PERFECT.contains(tree.token(c).lower())));
    return past && of(tree, decision) == Mode.ASSERTED;
  }
}
