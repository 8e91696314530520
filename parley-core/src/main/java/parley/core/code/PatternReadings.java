package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbLexicon;
import parley.core.lexicon.VerbPattern;

/**
 * Readings of a matched pattern that its object or agents change: a staged strike a labour strike
 * (143), joint exercises military cooperation (062), forces sent to keep the peace protection (074), an
 * air strike a more specific kind of force (195); and the act a series noun counts ("a round of talks").
 * A verbal "attack" is read by {@link VerbalAttack}.
 */
final class PatternReadings {
  private final VerbLexicon verbs;

  PatternReadings(VerbLexicon verbs) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
  }

  /** The lexicon's event noun a compound names ("hunger strike", "air strike"), else empty. */
  List<VerbPattern> compoundNoun(DependencyTree tree, int object) {
    for (int c : tree.children(object, "compound")) {
      List<VerbPattern> nouns = verbs.forNoun(tree.lemma(c) + "-" + tree.lemma(object));
      if (!nouns.isEmpty()) return nouns;
    }
    return List.of();
  }

  /**
   * "launched air strikes on X": a force pattern whose object is a compound the lexicon codes as a more
   * specific kind of force (an air strike 195) takes that code.
   */
  VerbPattern kindOfAttack(DependencyTree tree, int object, VerbPattern pattern) {
    if (object < 0 || Integer.parseInt(pattern.code().substring(0, 2)) < 18) return pattern;
    for (VerbPattern noun : compoundNoun(tree, object)) {
      if (Integer.parseInt(noun.code().substring(0, 2)) >= 18 && EventCoder.refines(noun.code(), pattern.code())) {
        return pattern.withCode(noun.code(), pattern.name() + "+kind:" + noun.lemma());
      }
    }
    return pattern;
  }

  /** Light verbs that take a labour strike, not an armed one: "staged a strike", "joined the strike". */
  private static final Set<String> LABOUR_STRIKE_VERBS = Set.of("stage", "hold", "join", "begin", "start", "declare");

  /**
   * "nurses staged a strike against the ministry": one strike that is staged, held, joined, begun or
   * declared is a work stoppage (143); strikes that are launched or carried out are armed (190).
   */
  static VerbPattern labourStrike(DependencyTree tree, int verb, int object, VerbPattern pattern) {
    if (!tree.lemma(object).equals("strike") || !tree.token(object).pos().equals("NN")
        || !pattern.code().startsWith("19") || !LABOUR_STRIKE_VERBS.contains(tree.lemma(verb))) {
      return pattern;
    }
    return pattern.withCode("143", pattern.name() + "+labour");
  }

  /** Words that make a show of force a shared one: "a joint exercise", "combined patrols". */
  private static final Set<String> JOINT = Set.of("joint", "combined", "bilateral", "trilateral", "multilateral");

  /**
   * "held joint military exercises", "joint war games between X and Y": a show of force done together
   * with another armed force is military cooperation (062), not a posture against anyone.
   */
  static VerbPattern jointExercise(DependencyTree tree, int object, VerbPattern pattern) {
    if (object < 0 || !pattern.code().startsWith("15")) return pattern;
    for (int c : tree.children(object)) {
      String rel = tree.relation(c);
      if ((rel.equals("amod") || rel.equals("compound")) && JOINT.contains(tree.token(c).lower())) {
        // the partners are the other side ("with"), never the place or the neighbour it is held near
        return new VerbPattern("062", pattern.lemma(), pattern.particle(), pattern.objects(), pattern.complements(),
            List.of("with", "between"), pattern.nominal(), pattern.name() + "+joint", pattern.line());
      }
    }
    return pattern;
  }

  /** Nouns of a military exercise. */
  private static final Set<String> EXERCISES = Set.of("exercise", "drill", "game", "war-game", "maneuver",
      "manoeuvre", "wargame");

  /**
   * "Brazil and Argentina held war games", "the drill was staged by U.S. marines and Jordanian forces":
   * an exercise held by two or more forces together is one they hold with each other (062), whether or
   * not the text calls it joint, unless it is pointed at someone ("launched war games near Iran" stays 150).
   */
  static VerbPattern jointlyHeld(DependencyTree tree, int object, VerbPattern pattern, List<ActorMention> agents) {
    if (object < 0 || !pattern.code().startsWith("15") || !EXERCISES.contains(tree.lemma(object))) return pattern;
    long sides = agents.stream().map(m -> m.actor().code().orElse(m.actor().text())).distinct().count();
    if (sides < 2 || aimedAtSomeone(tree, object)) return pattern;
    return new VerbPattern("062", pattern.lemma(), pattern.particle(), pattern.objects(), pattern.complements(),
        List.of("with", "between"), pattern.nominal(), pattern.name() + "+jointly", pattern.line());
  }

  /** Prepositions that point a show of force at someone: "war games near Iran". */
  private static final Set<String> POINTED = Set.of("near", "off", "along", "against", "toward", "towards");

  /** Whether the exercise (or the verb holding it) is pointed at someone: "launched war games near Iran". */
  private static boolean aimedAtSomeone(DependencyTree tree, int object) {
    List<Integer> heads = new ArrayList<>(List.of(object));
    if (tree.head(object) >= 0) heads.add(tree.head(object));
    for (int head : heads) {
      for (int c : tree.children(head)) {
        if (POINTED.contains(tree.caseOf(c))) return true;
      }
    }
    return false;
  }

  /** Codes of moving forces or people somewhere: travel (042, 043), deployment (154), sending troops (070). */
  private static final Set<String> MOVES = Set.of("042", "043", "154", "070");

  /** Relations of a clause of its own, whose words say nothing of this act's forces. */
  private static final Set<String> OWN_CLAUSES = Set.of("ccomp", "advcl", "xcomp", "parataxis", "acl:relcl", "conj");

  /**
   * "peacekeepers arrived in Juba", "announced the deployment of 230 troops to Liberia on a peacekeeping
   * mission": forces sent or arriving to keep the peace are military protection (074), aid to the
   * place, not a show of force or a visit.
   */
  static VerbPattern peacekeeping(DependencyTree tree, int verb, int object, VerbPattern pattern) {
    if (!MOVES.contains(pattern.code())) return pattern;
    // a visit to peacekeepers ("visited peacekeeping troops") is still a visit: travel looks at who travels
    boolean travel = pattern.code().startsWith("04");
    List<Integer> heads = new ArrayList<>();
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (OWN_CLAUSES.contains(rel) || (travel && (rel.equals("obj") || rel.equals("iobj") || c == object))) continue;
      heads.add(c);
    }
    if (object >= 0 && !travel && !heads.contains(object)) heads.add(object);
    for (int head : heads) {
      for (int t : tree.subtree(head)) {
        if (tree.lemma(t).startsWith("peacekeep") && !insideClause(tree, head, t)) {
          return pattern.withCode("074", pattern.name() + "+peacekeeping");
        }
      }
    }
    return pattern;
  }

  private static boolean insideClause(DependencyTree tree, int head, int token) {
    for (int t = token; t != head && t >= 0; t = tree.head(t)) {
      if (OWN_CLAUSES.contains(tree.relation(t)) || tree.relation(t).startsWith("acl")) return true;
    }
    return false;
  }

  /** Nouns of one instalment of a series of acts: "a new round of talks", "a wave of air strikes". */
  private static final Set<String> SERIES = Set.of("round", "series", "wave", "spate", "string");

  /** The act a series noun counts ("a round of exercises": the exercises), else the noun itself. */
  static int seriesMember(DependencyTree tree, int object) {
    if (!SERIES.contains(tree.lemma(object))) return object;
    for (int c : tree.children(object)) {
      if (tree.relation(c).startsWith("nmod") && tree.caseOf(c).equals("of") && tree.token(c).isNoun()) return c;
    }
    return object;
  }
}
