package parley.core.code;

import static parley.core.code.ModeClassifier.DEMANDING;
import static parley.core.code.ModeClassifier.toInfinitive;

import java.util.Set;
import parley.core.doc.Mode;

/**
 * Acts only proposed, asked for or refused: the infinitive of a noun of proposing or refusing ("a
 * proposal to ban", "the refusal to extradite") and the mandative "that" clause ("demanded that Iran
 * release them").
 */
final class ProposedActs {
  private ProposedActs() {}

  /**
   * Nouns whose infinitive is proposed, asked, argued for or attempted, not done ("a proposal to ban",
   * "advice to shun", "made the case to grant amnesty", "a campaign to free them", "the right to protest").
   */
  private static final Set<String> PROPOSING_NOUNS = Set.of("proposal", "plan", "advice", "call", "demand", "request",
      "appeal", "offer", "threat", "bid", "attempt", "effort", "plea", "recommendation", "suggestion", "invitation",
      "idea", "intention", "readiness", "willingness", "promise", "pledge", "vow", "ultimatum", "order", "decision",
      "push", "pressure", "initiative", "motion", "draft", "scheme", "move", "permission", "authorization",
      "authority", "mandate", "go-ahead", "opportunity", "chance", "case", "argument", "campaign", "drive",
      "hope", "wish", "desire", "need", "right");

  /** Nouns whose infinitive did not happen ("Sudan's refusal to extradite", "the failure to agree"). */
  private static final Set<String> NEGATING_NOUNS = Set.of("refusal", "failure");

  /** Verbs and nouns whose "that" clause states what is asked for: "demanded that Iran release them". */
  private static final Set<String> MANDATING = Set.of("demand", "urge", "ask", "request", "call", "propose",
      "recommend", "order", "require", "insist", "suggest", "plead", "appeal", "press", "proposal", "recommendation",
      "suggestion", "insistence", "requirement");
  /** Of those, the ones that also report facts ("insisted that Iran freed them"): only a true subjunctive asks. */
  private static final Set<String> ALSO_REPORTING = Set.of("insist", "suggest", "insistence", "suggestion");

  /**
   * A mandative clause: the "that" clause of a verb or noun of demanding or proposing whose verb is
   * a bare present with no auxiliary ("demanded that Iran release the sailors", "the demand that it
   * lift sanctions"); what it asks for is not done. After "insist" and "suggest" only the bare
   * subjunctive ("insisted that Iran free them") asks; "insisted that Iran frees them" reports.
   */
  static boolean mandated(DependencyTree tree, int clause, int governor) {
    int subject = tree.firstChild(clause, "nsubj");
    if (subject < 0) subject = tree.firstChild(clause, "nsubj:pass");
    if (!MANDATING.contains(tree.lemma(governor).toLowerCase()) || toInfinitive(tree, clause) || subject < 0
        || !tree.token(clause).pos().startsWith("VB")) {
      return false;
    }
    // the tagger often reads a bare "release" after a singular subject as "releases": trust the word, not the tag
    boolean bare = tree.token(clause).lower().equals(tree.lemma(clause).toLowerCase());
    for (int c : tree.children(clause)) {
      if (!tree.relation(c).startsWith("aux")) continue;
      if (!tree.token(c).lower().equals("be")) return false; // "demanded that he be released"
      bare = true;
    }
    if (!bare) return false;
    if (!ALSO_REPORTING.contains(tree.lemma(governor).toLowerCase())) return true;
    String subjectPos = tree.token(subject).pos(); // "insisted that Iran free them", not "that they free"
    return subjectPos.equals("NN") || subjectPos.equals("NNP")
        || Set.of("he", "she", "it").contains(tree.token(subject).lower());
  }

  /**
   * An infinitive that belongs to a noun of proposing or refusing: "a proposal to ban beef" (acl), or
   * misparsed onto the verb whose object is that noun ("said a proposal by Fischler to ban beef").
   */
  static Mode proposedByNoun(DependencyTree tree, int clause, int head, String base) {
    if (!toInfinitive(tree, clause)) return null;
    if (base.equals("acl")) {
      Mode mode = nounMode(tree.lemma(head).toLowerCase());
      return mode != null ? mode : askedOfObject(tree, head);
    }
    if (!base.equals("xcomp") || clause < head) return null;
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if (c > head && c < clause && (rel.equals("obj") || rel.equals("obl"))) {
        Mode mode = nounMode(tree.lemma(c).toLowerCase());
        if (mode != null) return mode;
      }
    }
    return null;
  }

  /** "pressured by Congress to help Iran", with the infinitive misparsed onto the actor asked. */
  private static Mode askedOfObject(DependencyTree tree, int noun) {
    String rel = tree.relation(noun);
    int verb = tree.head(noun);
    if (verb < 0 || !(rel.equals("obj") || rel.equals("obl") || rel.equals("iobj"))) return null;
    return DEMANDING.contains(tree.lemma(verb)) ? Mode.HYPOTHETICAL : null;
  }

  private static Mode nounMode(String noun) {
    if (PROPOSING_NOUNS.contains(noun)) return Mode.HYPOTHETICAL;
    if (NEGATING_NOUNS.contains(noun)) return Mode.NEGATED;
    return null;
  }
}
