package parley.core.code;

/** Particles and idioms of a verb ("step down", "call on", "opened fire on"), however the parser attached them. */
final class VerbParticles {
  private final DependencyTree tree;

  VerbParticles(DependencyTree tree) {
    this.tree = tree;
  }

  /**
   * Whether a particle ("down" in "step down", "on" in "call on") attaches to the verb, or the
   * fixed noun of an idiom is its object ("fire" in "opened fire on", "finger" in "pointed the finger at").
   */
  boolean hasParticle(int verb, String particle) {
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (rel.equals("obj") && tree.lemma(c).equals(particle) && tree.token(c).isNoun()) return true;
      // "set free two journalists" parsed with "free" as an adjective of the object
      if (rel.equals("obj") && verb + 1 < c && tree.lemma(verb + 1).equals(particle) && tree.head(verb + 1) == c
          && tree.relation(verb + 1).equals("amod")) {
        return true;
      }
      if (markedClauseSubject(verb, particle) >= 0) return true;
      if ((rel.equals("compound:prt") || rel.equals("advmod")) && tree.lemma(c).equals(particle)) {
        boolean beforeTime = c + 1 < tree.size() && TimeWords.isTime(tree, c + 1); // "called X on Friday"
        if (!beforeTime) return true;
      }
      if ((rel.startsWith("obl") || rel.startsWith("nmod")) && tree.caseOf(c).equals(particle)
          && tree.firstChild(verb, "obj") < 0 && !TimeWords.isTime(tree, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parser's reading of "called on Japan to acknowledge": a clause marked by the particle whose
   * subject is the addressee. Returns that subject, or -1.
   */
  int markedClauseSubject(int verb, String particle) {
    for (int clause : tree.children(verb)) {
      String rel = tree.relation(clause);
      if (!(rel.startsWith("advcl") || rel.equals("ccomp"))) continue;
      int subject = tree.firstChild(clause, "nsubj");
      // "called X on Friday to express support": the day the parser made the clause's subject is no addressee
      if (subject < 0 || subject > clause || TimeWords.isTime(tree, subject)) continue;
      for (int m : tree.children(clause, "mark")) {
        if (tree.lemma(m).equals(particle) && m < subject) return subject;
      }
    }
    return -1;
  }
}
