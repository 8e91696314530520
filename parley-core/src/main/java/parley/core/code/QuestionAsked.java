package parley.core.code;

import java.util.Set;

/**
 * "Ask" as a question, not a request: the codebook's appeals (02) ask for an act or a thing ("asked
 * Japan to lift tariffs", "asked for aid"); asking whether something is so, asking "a question",
 * asking about a matter or asking someone to comment is no appeal. Nor is the reporter's question
 * that opens a story's answer ("Asked about the strike, the minister said ..."): the participle has
 * no asker, and the one asked is the main clause's subject.
 */
final class QuestionAsked {
  /** Words that make a clause a question: "whether", "if", and the wh-words. */
  private static final Set<String> QUESTION_MARKS = Set.of("whether", "if");
  private static final Set<String> WH_TAGS = Set.of("WP", "WRB", "WDT", "WP$");
  /** What one is asked to say, not to do: "asked to comment". */
  private static final Set<String> COMMENTING = Set.of("comment", "elaborate", "speculate", "respond");

  private QuestionAsked() {}

  /** Whether {@code verb}, a form of "ask", asks a question rather than for an act. */
  static boolean isQuestion(DependencyTree tree, ClauseArguments args, int verb) {
    if (!tree.lemma(verb).equals("ask")) return false;
    if (tree.firstChild(verb, "compound:prt") >= 0) return false; // "asked for", "asked out" are other verbs
    int object = tree.firstChild(verb, "obj");
    if (object >= 0 && tree.lemma(object).equals("question")) return true;
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if ((rel.equals("ccomp") || rel.equals("advcl")) && questionClause(tree, c)) return true;
      if (rel.equals("xcomp") && COMMENTING.contains(tree.lemma(c))) return true;
      if (rel.startsWith("obl") && tree.caseOf(c).equals("about")) return true;
    }
    return reportersQuestion(tree, args, verb);
  }

  /** "whether the plan would work", "if he supported it", "who pays for this", "Will it work?". */
  static boolean questionClause(DependencyTree tree, int clause) {
    if (tree.markedBy(clause, QUESTION_MARKS.toArray(String[]::new))) return true;
    for (int c : tree.children(clause)) {
      if (c < clause && WH_TAGS.contains(tree.token(c).pos())) return true;
      if (tree.token(c).text().equals("?")) return true; // a quoted question: "Does that fly?" he asked
    }
    return false;
  }

  /** "Asked whether ..., the minister said": a bare participle before a clause, with no "by" asker. */
  private static boolean reportersQuestion(DependencyTree tree, ClauseArguments args, int verb) {
    return tree.token(verb).pos().equals("VBN") && (tree.relation(verb).startsWith("advcl") || tree.relation(verb).equals("advmod"))
        && tree.firstChild(verb, "nsubj") < 0 && args.byPhrase(verb).isEmpty();
  }
}
