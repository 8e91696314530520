package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the arguments of a predicate in the dependency tree: its agent (following controlled and
 * coordinated clauses up to a subject, and "by" phrases of passives), its object, and the nominal
 * marked by a given preposition.
 */
final class ClauseArguments {
  private final DependencyTree tree;
  private final ClauseAgents clauseAgents;
  private final MisreadParticiples participles;
  private final VerbParticles particles;

  ClauseArguments(DependencyTree tree) {
    this.tree = tree;
    this.clauseAgents = new ClauseAgents(tree, this);
    this.participles = new MisreadParticiples(tree, this);
    this.particles = new VerbParticles(tree);
  }

  boolean isPassive(int verb) {
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (rel.equals("nsubj:pass") || rel.equals("aux:pass")) return true;
    }
    return false;
  }

  /** The tokens that act as the agent of {@code verb} ({@link ClauseAgents}). */
  List<Integer> agents(int verb) {
    return clauseAgents.agents(verb);
  }

  /** Verbs whose object a small clause names or rates: "which Kenya had called a disaster". */
  private static final Set<String> NAMING = Set.of("call", "name", "label", "brand", "dub", "term", "declare",
      "deem", "consider", "describe", "make", "elect", "appoint", "proclaim");

  /** Relative pronouns that can be the object of their clause: "the rebels whom troops attacked". */
  private static final Set<String> RELATIVE_OBJECTS = Set.of("whom", "who", "which", "that");

  /**
   * "the rebels whom Turkish forces attacked", "the move that officials criticised": a relative pronoun
   * object stands for the noun its clause qualifies. Any other object stands for itself.
   */
  private int relativeObject(int verb, int obj) {
    String pos = tree.token(obj).pos();
    boolean relative = (pos.equals("WP") || pos.equals("WDT")) && RELATIVE_OBJECTS.contains(tree.token(obj).lower());
    if (!relative || !tree.relation(verb).equals("acl:relcl")) return obj;
    // "the agreement, which Kenya had called a disaster": a small clause says what it is, not what was done to it
    boolean smallClause = tree.children(verb, "obj").size() > 1 || tree.firstChild(verb, "xcomp") >= 0;
    if (smallClause && NAMING.contains(tree.lemma(verb))) return obj;
    int noun = tree.head(verb);
    return noun >= 0 && tree.token(noun).isNoun() ? noun : obj;
  }

  /** The "by X" phrase of a passive verb. */
  List<Integer> byPhrase(int verb) {
    List<Integer> out = new ArrayList<>(1);
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if ((rel.startsWith("obl") || rel.startsWith("nmod")) && tree.caseOf(c).equals("by")) out.add(c);
    }
    return out;
  }

  /** The direct object; for a passive, its subject. */
  int object(int verb) {
    if (isPassive(verb)) {
      int subject = tree.firstChild(verb, "nsubj:pass");
      if (subject >= 0) return subject;
      int qualified = participles.reducedClausalSubject(verb);
      if (qualified >= 0) return qualified;
    }
    int obj = tree.firstChild(verb, "obj");
    if (obj < 0 && tree.relation(verb).startsWith("acl")) {
      return -1;
    }
    // The parser sometimes takes a lone object for an indirect one ("met Mauritania's President ...").
    if (obj >= 0) return relativeObject(verb, obj);
    int iobj = tree.firstChild(verb, "iobj");
    if (iobj >= 0) return iobj;
    int shared = SharedObject.of(tree, verb); // "met and praised Sweden"
    if (shared >= 0) return shared;
    int reduced = misreadParticipleSubject(verb);
    if (reduced >= 0) return reduced;
    // A small clause: "found Nielsen guilty", "declared him persona non grata".
    // The parser also hangs an object on a following participle: "released [the mayor ...] jailed a year ago".
    int clause = tree.firstChild(verb, "xcomp");
    if (clause < 0) return -1;
    int subject = tree.firstChild(clause, "nsubj");
    return !tree.token(clause).isVerb() || (subject > verb && subject < clause) ? subject : -1;
  }

  /** A subject the parser gave a past form it read as the verb's clause, or -1 ({@link MisreadParticiples}). */
  int pastFormClauseSubject(int verb) {
    return participles.pastFormClauseSubject(verb);
  }

  /** The object the parser made a misread participle's subject, or -1 ({@link MisreadParticiples}). */
  int misreadParticipleSubject(int verb) {
    return participles.misreadParticipleSubject(verb);
  }

  /** The subject of a participle the parser made the sentence's head, or -1 ({@link MisreadParticiples}). */
  int participleHeadSubject(int verb) {
    return participles.participleHeadSubject(verb);
  }

  /** The participle the parser made {@code nominal} the subject of, or -1 ({@link MisreadParticiples}). */
  int misreadParticipleOf(int nominal) {
    return participles.misreadParticipleOf(nominal);
  }

  int indirectObject(int verb) {
    return tree.firstChild(verb, "iobj");
  }

  /** A nominal attached to {@code head} by {@code preposition} ("on" in "curbs on Japan"). */
  int prepositional(int head, String preposition) {
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if ((rel.startsWith("obl") || rel.startsWith("nmod")) && !rel.equals("nmod:poss")
          && tree.caseOf(c).equals(preposition) && !TimeWords.isTime(tree, c)) {
        return c;
      }
    }
    return forToSubject(head, preposition);
  }

  /**
   * "support for Kenya's efforts to end the war", read by the parser as a clause ("for X to V") on
   * the noun: the subject of that clause is the nominal the preposition marks.
   */
  private int forToSubject(int head, String preposition) {
    if (!tree.token(head).isNoun()) return -1;
    for (int clause : tree.children(head)) {
      if (!tree.relation(clause).startsWith("acl") || tree.relation(clause).equals("acl:relcl")) continue;
      int subject = tree.firstChild(clause, "nsubj");
      // "called X on Friday to express support": the day the parser made the clause's subject is no addressee
      if (subject < 0 || subject > clause || TimeWords.isTime(tree, subject)) continue;
      for (int m : tree.children(clause, "mark")) {
        if (tree.lemma(m).equals(preposition) && m < subject) return subject;
      }
    }
    return -1;
  }

  /** Whether a particle or an idiom's fixed noun attaches to the verb ({@link VerbParticles}). */
  boolean hasParticle(int verb, String particle) {
    return particles.hasParticle(verb, particle);
  }

  /** The subject of a clause marked by the particle ("called on Japan to"), or -1 ({@link VerbParticles}). */
  int markedClauseSubject(int verb, String particle) {
    return particles.markedClauseSubject(verb, particle);
  }

  /** Whether one of {@code lemmas} occurs in the verb's complements (to-clauses, objects' modifiers, obliques). */
  boolean complementHas(int verb, Set<String> lemmas) {
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (rel.startsWith("nsubj") || rel.equals("punct") || rel.startsWith("aux") || rel.equals("parataxis")) continue;
      boolean clause = rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("advcl");
      boolean oblique = rel.startsWith("obl") || rel.startsWith("nmod");
      boolean object = rel.equals("obj");
      if (!(clause || oblique || object)) continue;
      for (int t : tree.subtree(c)) {
        if (object && t == c) continue;
        if (lemmas.contains(tree.lemma(t))) return true;
      }
    }
    return false;
  }
}
