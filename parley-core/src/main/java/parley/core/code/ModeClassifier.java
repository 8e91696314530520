package parley.core.code;

import java.util.Set;
import parley.core.doc.Mode;

/**
 * Decides whether a predicate is asserted, negated or hypothetical from its clause: negation
 * ("did not agree", "never"), modals and future ("would", "will", "may"), conditions ("if",
 * "unless"), and governing verbs of intent, refusal or denial ("plans to", "refused to", "denied").
 */
final class ModeClassifier {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "will",
      "'ll", "shall", "must", "can", "ca", "wo");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "once");
  private static final Set<String> INTENT = Set.of("want", "plan", "intend", "hope", "seek", "expect",
      "propose", "consider", "prepare", "aim", "wish", "threaten", "vow", "pledge", "promise", "offer",
      "agree", "decide", "ready", "willing", "able", "likely", "possible", "need", "demand", "urge", "ask",
      "call", "attempt", "going", "set", "due", "about", "fail", "refuse", "decline", "reject");
  private static final Set<String> NEGATING_GOVERNORS = Set.of("deny", "refuse", "decline", "fail", "reject");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo");
  /** Verbs that commit their subject to the act ("vowed to retaliate"); plans and wishes do not. */
  private static final Set<String> OWN_INTENT = Set.of("vow", "pledge", "promise", "threaten", "decide", "offer",
      "agree", "ready", "willing", "refuse", "decline");
  private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "advcl", "conj", "csubj", "acl");

  private ModeClassifier() {}

  /** The mode, and whether it is the subject's own stated intent or refusal. */
  static Modality modality(DependencyTree tree, int predicate) {
    Mode mode = of(tree, predicate);
    if (mode == Mode.ASSERTED) return Modality.ASSERTED;
    return new Modality(mode, statedIntent(tree, predicate));
  }

  private static boolean statedIntent(DependencyTree tree, int predicate) {
    if (conditional(tree, predicate)) return false;
    for (int c : tree.children(predicate)) {
      if (!tree.relation(c).startsWith("aux")) continue;
      String aux = tree.token(c).lower();
      if ((FUTURE.contains(aux) || aux.equals("would")) && reportedByItsAgent(tree, predicate)) return true;
      if (FUTURE.contains(aux) && tree.head(predicate) < 0 && negated(tree, predicate)) return true; // "Israel will not free them"
    }
    if (tree.relation(predicate).equals("xcomp")) {
      int governor = tree.head(predicate);
      if (governor >= 0 && OWN_INTENT.contains(tree.lemma(governor)) && tree.firstChild(governor, "obj") < 0) {
        return !conditional(tree, governor);
      }
    }
    return false;
  }

  /** "The two sides failed to reach agreement": the act is the complement of "fail". */
  static boolean failed(DependencyTree tree, int predicate) {
    int governor = tree.head(predicate);
    return governor >= 0 && tree.relation(predicate).equals("xcomp") && tree.lemma(governor).equals("fail")
        && !negated(tree, governor);
  }

  /**
   * "Putin will meet Erdogan in Ankara on Friday": a plain future in a main or reported clause, not
   * negated and not conditional. For meetings and visits the codebook reads it as a commitment to meet.
   */
  static boolean scheduled(DependencyTree tree, int predicate) {
    if (negated(tree, predicate) || conditional(tree, predicate)) return false;
    String rel = tree.relation(predicate);
    if (!(tree.head(predicate) < 0 || rel.equals("ccomp") || rel.equals("conj"))) return false;
    for (int c : tree.children(predicate)) {
      if (tree.relation(c).startsWith("aux") && FUTURE.contains(tree.token(c).lower())) return true;
    }
    return false;
  }

  private static final Set<String> ANNOUNCING = Set.of("say", "announce", "pledge", "vow", "promise", "declare",
      "state", "tell", "confirm", "insist", "add", "reiterate", "reaffirm", "assert", "affirm", "stress", "repeat");

  /** "Israel announced it would free prisoners": reported future of the speaker's own act. */
  private static boolean reportedByItsAgent(DependencyTree tree, int predicate) {
    int head = tree.head(predicate);
    return head >= 0 && tree.relation(predicate).equals("ccomp") && ANNOUNCING.contains(tree.lemma(head));
  }

  static Mode of(DependencyTree tree, int predicate) {
    if (negated(tree, predicate)) return Mode.NEGATED;
    if (hypotheticalHere(tree, predicate)) return Mode.HYPOTHETICAL;
    int t = predicate;
    for (int depth = 0; depth < 6; depth++) {
      int head = tree.head(t);
      if (head < 0) break;
      String rel = tree.relation(t);
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      if (!CLAUSE_LINKS.contains(base)) break;
      if (base.equals("conj") && tree.firstChild(t, "nsubj") >= 0) break; // a clause of its own
      String governor = tree.lemma(head);
      if (base.equals("xcomp") || base.equals("ccomp")) {
        // A complement follows its verb; a clause before it ("X accused Y, charges she has denied") is not its content.
        if (NEGATING_GOVERNORS.contains(governor) && t > head) return Mode.NEGATED;
        if (base.equals("xcomp") && INTENT.contains(governor)) return Mode.HYPOTHETICAL;
      }
      if (base.equals("advcl") && (conditional(tree, t) || purpose(tree, t))) return Mode.HYPOTHETICAL;
      if (!base.equals("conj") && (hypotheticalHere(tree, head))) return Mode.HYPOTHETICAL;
      if (base.equals("conj") && negated(tree, head)) return Mode.NEGATED;
      t = head;
    }
    return Mode.ASSERTED;
  }

  private static boolean negated(DependencyTree tree, int predicate) {
    for (int c : tree.children(predicate)) {
      String rel = tree.relation(c);
      String word = tree.token(c).lower();
      if ((rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(word)) return true;
      if (rel.equals("obj") || rel.startsWith("nsubj")) {
        for (int d : tree.children(c, "det")) {
          if (tree.token(d).lower().equals("no")) return true;
        }
      }
    }
    return false;
  }

  private static boolean hypotheticalHere(DependencyTree tree, int predicate) {
    for (int c : tree.children(predicate)) {
      String rel = tree.relation(c);
      if (rel.startsWith("aux") && MODALS.contains(tree.token(c).lower())) return true;
      if (rel.equals("aux") && tree.lemma(c).equals("go") ) return true;
    }
    return conditional(tree, predicate) && !tree.relation(predicate).equals("root");
  }

  /** "flew to Belgrade to meet Milosevic": an infinitive of purpose states an aim, not a fact. */
  private static boolean purpose(DependencyTree tree, int clause) {
    if (!tree.token(clause).pos().equals("VB")) return false;
    for (int c : tree.children(clause, "mark")) {
      String word = tree.token(c).lower();
      if (word.equals("to") || word.equals("order")) return true;
    }
    return false;
  }

  private static boolean conditional(DependencyTree tree, int clause) {
    for (int c : tree.children(clause, "mark")) {
      if (CONDITIONS.contains(tree.token(c).lower())) return true;
    }
    return false;
  }
}
