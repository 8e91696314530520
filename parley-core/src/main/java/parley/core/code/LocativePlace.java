package parley.core.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;

/**
 * The coded place where an act is done: a country or a place in one ("Tripoli" LBY) named by a
 * locative oblique of the predicate or of its object ("declared a ceasefire in Tripoli",
 * "mobilised its men to the area near Damascus", "released from captivity in Libya").
 *
 * <p>The convention (PETRARCH's and the PLOVER annotators'): an act done on a place with no actor
 * named to receive it is directed at that place, for the roots whose acts are done to a
 * territory and its people: aid (07), yielding (08), reducing relations (16), coercion (17),
 * force posture (15) and violence (18-20). Speech, appeals, meetings and protests (01-06, 09-14)
 * are not: their place is only where they happened ("condemned the plan in Paris").
 */
final class LocativePlace {
  /** CAMEO roots whose target may be the place they are done in. */
  static final Set<String> PLACE_TARGET_ROOTS = Set.of("07", "08", "15", "16", "17", "18", "19", "20");
  /** CAMEO roots whose unnamed agent, in a passive, is the authority of the place ("was arrested in Rwanda"). */
  static final Set<String> PLACE_AGENT_ROOTS = Set.of("08", "17");
  /**
   * CAMEO roots of force ("rockets were fired at Israel from Gaza", "shells fired from Syria"): the coded
   * place a passive's act of force came from, with no "by" phrase, is its author.
   */
  static final Set<String> PLACE_ORIGIN_ROOTS = Set.of("18", "19", "20");
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "to", "into", "across", "throughout",
      "inside", "within", "around");

  private final DependencyTree tree;
  private final ActorIndex actors;

  LocativePlace(DependencyTree tree, ActorIndex actors) {
    this.tree = tree;
    this.actors = actors;
  }

  /** The place of the predicate's (else its object's) locative oblique, including places nested in it. */
  Optional<ActorMention> of(int predicate, int object) {
    Optional<ActorMention> here = placeIn(predicate, true);
    if (here.isPresent() || object < 0) return here;
    return placeIn(object, false);
  }

  /** The place named inside a noun phrase ("families in Yemen", "the largest donor of aid in Iraq"). */
  Optional<ActorMention> inPhrase(int nominal) {
    Optional<ActorMention> here = placeIn(nominal, false);
    if (here.isPresent()) return here;
    for (int c : tree.children(nominal)) {
      if (tree.relation(c).startsWith("nmod") && tree.caseOf(c).equals("of")) {
        here = placeIn(c, false);
        if (here.isPresent()) return here;
      }
    }
    return Optional.empty();
  }

  /** A passive's places, also "from" ("released from captivity in Libya", "deported from Spain"). */
  Optional<ActorMention> ofPassive(int predicate) {
    return placeIn(predicate, true).or(() -> placeUnder(predicate, "from"));
  }

  /** The place an act came "from" ("was fired at it from the Gaza Strip"). */
  Optional<ActorMention> origin(int predicate) {
    return placeUnder(predicate, "from");
  }

  private Optional<ActorMention> placeIn(int head, boolean clause) {
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      boolean oblique = clause ? rel.startsWith("obl") : rel.startsWith("nmod") && !rel.equals("nmod:poss");
      // a nominal only: "took over to stabilise the country" is a clause the parser marked like a phrase
      if (!oblique || !tree.token(c).isNoun() || !LOCATIVE.contains(tree.caseOf(c)) || TimeWords.isTime(tree, c)) continue;
      Optional<ActorMention> place = firstPlace(c);
      if (place.isPresent()) return place;
    }
    return Optional.empty();
  }

  private Optional<ActorMention> placeUnder(int head, String preposition) {
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if (rel.startsWith("obl") && tree.token(c).isNoun() && tree.caseOf(c).equals(preposition)) {
        Optional<ActorMention> place = firstPlace(c);
        if (place.isPresent()) return place;
      }
    }
    return Optional.empty();
  }

  /** The first coded place in the phrase headed by {@code nominal} ("several areas near the capital Damascus"). */
  private Optional<ActorMention> firstPlace(int nominal) {
    for (int t : tree.subtree(nominal)) {
      if (!inPhrase(nominal, t)) continue;
      for (ActorMention m : actors.of(t)) {
        if (m.head() == t && isPlace(m)) return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code token} belongs to the noun phrase itself, not to a clause hanging from it. */
  private boolean inPhrase(int nominal, int token) {
    for (int t = token; t != nominal && t >= 0; t = tree.head(t)) {
      String rel = tree.relation(t);
      if (rel.startsWith("acl") || rel.startsWith("advcl") || rel.equals("parataxis") || rel.equals("ccomp")) return false;
    }
    return true;
  }

  /** A country code alone ("SYR"): a country, or a place the gazetteer puts in one. */
  static boolean isPlace(ActorMention m) {
    return m.actor().code().map(ActorCodes::isCountry).orElse(false);
  }
}
