package parley.core.doc;

/**
 * A dependency from a governor token to a dependent token (Universal Dependencies relation names,
 * e.g. {@code nsubj}, {@code obj}, {@code obl}, {@code nmod:poss}). The root has governor -1.
 */
public record Arc(int governor, int dependent, String relation) {
  public Arc {
    if (dependent < 0 || governor < -1) {
      throw new IllegalArgumentException("bad arc: " + governor + " -" + relation + "-> " + dependent);
    }
  }

  /** The relation without its subtype: {@code nmod:poss} gives {@code nmod}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
