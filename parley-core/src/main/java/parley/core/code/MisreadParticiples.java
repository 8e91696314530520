package parley.core.code;

import static parley.core.code.ClauseAgents.INSTRUMENTS;

import java.util.List;
import java.util.Set;

/**
 * Nominals the parser hung on a participle it misread as a clause of its own ("rejected a government
 * put forward by the prime minister"): the participle's "subject" is the verb's object or subject.
 */
final class MisreadParticiples {
  private final DependencyTree tree;
  private final ClauseArguments args;

  MisreadParticiples(DependencyTree tree, ClauseArguments args) {
    this.tree = tree;
    this.args = args;
  }

  /**
   * "issued arrest warrants for two men sought in the killing": the parser may read an object and the
   * past form that qualifies it as a clause complement ("warrants" the subject of "sought"). The
   * subject of such a complement after the verb (a past form with no object, auxiliary, marker or
   * copula), or -1. Only a candidate object: a caller takes it when a pattern's object words name it.
   */
  int pastFormClauseSubject(int verb) {
    for (int clause : tree.children(verb)) {
      String rel = tree.relation(clause);
      String pos = tree.token(clause).pos();
      if (!(rel.equals("ccomp") || rel.equals("dep")) || clause < verb || !(pos.equals("VBN") || pos.equals("VBD"))) continue;
      boolean finite = false;
      for (int c : tree.children(clause)) {
        String r = tree.relation(c);
        finite |= r.startsWith("aux") || r.equals("mark") || r.equals("cop") || r.equals("obj");
      }
      List<Integer> subjects = tree.children(clause, "nsubj");
      // one subject only: "rejected the appeal of X, her lawyer said" hangs two on the reporting verb
      int subject = subjects.size() == 1 ? subjects.get(0) : -1;
      if (!finite && subject > verb && subject < clause) return subject;
    }
    return -1;
  }

  /**
   * "The prisoners held for protesting were freed by the king": the parser may read the subject and
   * the participle that qualifies it as a clausal subject of the passive ("held" csubj:pass, with
   * "prisoners" its subject). A past participle with a subject before it and no auxiliary, marker or
   * copula heads no clause, so its "subject" is the passive's. Returns that nominal, or -1.
   */
  int reducedClausalSubject(int verb) {
    int clause = tree.firstChild(verb, "csubj:pass");
    if (clause < 0 || clause > verb || !tree.token(clause).pos().equals("VBN")) return -1;
    for (int c : tree.children(clause)) {
      String r = tree.relation(c);
      if (r.startsWith("aux") || r.equals("mark") || r.equals("cop") || r.equals("obj")) return -1;
    }
    int subject = tree.firstChild(clause, "nsubj");
    return subject >= 0 && subject < clause ? subject : -1;
  }

  /**
   * "rejected a new government put forward by the prime minister", "arrested the leader of a network
   * linked to al-Qaeda": the parser may read an object and the participle that qualifies it as a
   * clause of their own (ccomp or dep). A past participle with a subject but no auxiliary heads no
   * finite clause, so its "subject" is the verb's object. Returns that nominal, or -1.
   */
  int misreadParticipleSubject(int verb) {
    for (int c : tree.children(verb)) {
      int subject = misreadParticipleSubjectOf(verb, c);
      if (subject >= 0) return subject;
    }
    return -1;
  }

  /** The participle {@code clause} misread as a clause of {@code verb} with its nominal as subject, or -1. */
  private int misreadParticipleSubjectOf(int verb, int clause) {
    String rel = tree.relation(clause);
    if (!(rel.equals("ccomp") || rel.equals("dep")) || clause < verb) return -1;
    String pos = tree.token(clause).pos();
    // "put forward by": a past form with a "by" phrase and no object is a passive participle too
    boolean participle = pos.equals("VBN") || (pos.equals("VBD") && !args.byPhrase(clause).isEmpty());
    if (!participle || tree.firstChild(clause, "obj") >= 0) return -1;
    for (int c : tree.children(clause)) {
      String r = tree.relation(c);
      if (r.startsWith("aux") || r.equals("mark") || r.equals("cop")) return -1;
    }
    int subject = tree.firstChild(clause, "nsubj");
    return subject > verb && subject < clause ? subject : -1;
  }

  /**
   * "The missiles fired by the army struck the depot", "warplanes supported by Russia pounded the
   * town": the parser may make the participle on the subject the sentence's head and the verb its
   * loose dependent. A past participle with a "by" phrase and no auxiliary qualifies its "subject",
   * which is the verb's. Returns that nominal, or -1.
   */
  int participleHeadSubject(int verb) {
    int head = tree.head(verb);
    if (head < 0 || head > verb || !tree.relation(verb).equals("dep") || !tree.token(verb).isVerb()
        || !tree.token(head).pos().equals("VBN") || tree.firstChild(head, "obj") >= 0) {
      return -1;
    }
    if (args.byPhrase(head).isEmpty()) {
      // "A report released on Tuesday in Kigali alleged that ...": a text's participle needs no "by"
      int subject = tree.firstChild(head, "nsubj");
      if (subject < 0 || !INSTRUMENTS.contains(tree.lemma(subject)) || !FINITE.contains(tree.token(verb).pos())) return -1;
    }
    for (int c : tree.children(head)) {
      String r = tree.relation(c);
      if (r.startsWith("aux") || r.equals("mark") || r.equals("cop")) return -1;
    }
    int subject = tree.firstChild(head, "nsubj");
    return subject >= 0 && subject < head ? subject : -1;
  }

  /** Finite verb forms: the real main verb of a sentence whose subject's participle the parser made its head. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /**
   * The participle that qualifies {@code nominal} where the parser made the nominal its subject
   * ("quashed orders passed by the commissioner"), or -1.
   */
  int misreadParticipleOf(int nominal) {
    int clause = tree.head(nominal);
    if (clause < 0 || !tree.relation(nominal).equals("nsubj")) return -1;
    int verb = tree.head(clause);
    return verb >= 0 && misreadParticipleSubjectOf(verb, clause) == nominal ? clause : -1;
  }
}
