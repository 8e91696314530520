package parley.core.code;

/**
 * "we'd meet them", "I’d ask anyone": a contracted "'d" (straight or curly apostrophe) before a verb's
 * base form is the conditional "would", before a participle ("we'd met") "had", whatever lemma the tagger
 * gave it; the conditional makes its predicate hypothetical as "would" does.
 */
final class ContractedWould {
  private ContractedWould() {}

  /** Whether the auxiliary {@code aux} of {@code predicate} is a contracted "would". */
  static boolean is(DependencyTree tree, int aux, int predicate) {
    String word = tree.token(aux).lower().replace('’', '\'');
    return word.equals("'d") && tree.token(predicate).pos().equals("VB");
  }
}
