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
  private static final Set<String> OBJECT_CONTROL = Set.of("persuade", "urge", "ask", "order", "force",
      "tell", "allow", "invite", "call", "press", "encourage", "help", "request", "compel", "pressure",
      "permit", "advise", "warn", "instruct", "lead", "prompt", "want", "wish", "need", "expect", "appeal");

  /**
   * Texts and instruments whose participle clause is the act of whoever issues or signs them:
   * "released a statement criticising the raids", "signed a decree granting citizenship", "filed a
   * lawsuit accusing the cartel".
   */
  private static final Set<String> INSTRUMENTS = Set.of("statement", "letter", "report", "communique",
      "declaration", "message", "note", "resolution", "motion", "speech", "address", "post", "tweet", "video",
      "editorial", "op-ed", "interview", "remark", "comment", "decree", "order", "edict", "directive",
      "ordinance", "proclamation", "lawsuit", "suit", "complaint", "petition");

  private final DependencyTree tree;

  ClauseArguments(DependencyTree tree) {
    this.tree = tree;
  }

  boolean isPassive(int verb) {
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (rel.equals("nsubj:pass") || rel.equals("aux:pass")) return true;
    }
    return false;
  }

  /** The tokens that act as the agent of {@code verb}. */
  List<Integer> agents(int verb) {
    if (isPassive(verb)) return byPhrase(verb);
    int t = verb;
    for (int depth = 0; depth < 6; depth++) {
      List<Integer> subjects = tree.children(t, "nsubj");
      subjects.removeIf(s -> tree.relation(s).equals("nsubj:pass"));
      // "was due on Friday to meet": the parser may take the day for the infinitive's subject
      if (tree.isToInfinitive(t)) subjects.removeIf(s -> TimeWords.isTime(tree, s));
      if (!subjects.isEmpty()) return subjects.stream().map(s -> antecedent(s)).toList();
      int misread = MisparsedReport.subject(tree, t); // "Israel announced it would free them" misparsed
      if (misread >= 0) return List.of(misread);
      int qualified = t == verb ? participleHeadSubject(t) : -1;
      if (qualified >= 0 && INSTRUMENTS.contains(tree.lemma(qualified)) && !namesItsAuthor(qualified)) {
        // "a report released by the UN alleged ...", "a report released in Kigali alleged ...": its issuer
        int issuer = issuerOfReleased(tree.head(t));
        if (issuer >= 0) return List.of(issuer);
      }
      if (qualified >= 0) return List.of(qualified);
      int head = tree.head(t);
      if (head < 0) return List.of();
      String rel = tree.relation(t);
      if (rel.equals("conj") && tree.isToInfinitive(t)) {
        // "prompted the US to charge that the Colombians were breaking it and to propose sanctions": an
        // infinitive the parser joined to a finite clause is coordinated with the infinitive above it
        int sibling = infinitiveAbove(head);
        if (sibling >= 0) {
          t = sibling;
          continue;
        }
      }
      if (rel.equals("xcomp") || subjectlessInfinitive(t, rel)) {
        int object = tree.firstChild(head, "obj");
        if (object < 0) object = appealedTo(head); // "called on Iran on Friday to free them", "on" read as a preposition
        boolean callersPurpose = TelephoneCall.callersPurpose(tree, t); // "called X to congratulate him"
        if (object >= 0 && OBJECT_CONTROL.contains(tree.lemma(head)) && !callersPurpose) return List.of(object);
        // "Iran was set (scheduled, expected, forced, asked) to meet Iraq": the passive's subject is the
        // infinitive's, whether raised or the controlled object of the active verb.
        int passiveSubject = tree.firstChild(head, "nsubj:pass");
        if (object < 0 && passiveSubject >= 0) return List.of(passiveSubject);
        rel = "xcomp";
      } else if (rel.startsWith("acl") && tree.token(t).pos().equals("VBN")) {
        // "people evacuated from Haiti by the U.S.": a passive participle's noun is its patient
        return byPhrase(t);
      } else if (rel.startsWith("acl")) {
        // "provided assistance to support refugees": an infinitive on an object acts for the object's agent
        int governor = tree.head(head);
        if (tree.isToInfinitive(t) && governor >= 0 && tree.relation(head).equals("obj") && tree.token(governor).isVerb()) {
          return agents(governor);
        }
        // "issued a statement condemning the raid", "signed a decree granting citizenship": the one who
        // issues or signs a text does what it says, unless the text names its own author
        boolean participle = tree.token(t).pos().equals("VBG") && !rel.equals("acl:relcl");
        String slot = tree.relation(head);
        if (participle && INSTRUMENTS.contains(tree.lemma(head)) && governor >= 0 && tree.token(governor).isVerb()
            && (slot.equals("obj") || slot.startsWith("obl")) && !namesItsAuthor(head)) {
          return agents(governor);
        }
        // "Norway has been the biggest donor, giving aid to Yemen": a participle on a predicate noun is
        // done by the copula's subject, not by the role it is said to hold
        List<Integer> copulaSubjects = tree.children(head, "nsubj");
        if (tree.firstChild(head, "cop") >= 0 && !copulaSubjects.isEmpty() && !tree.relation(t).equals("acl:relcl")) {
          return copulaSubjects;
        }
        return List.of(head);
      } else if (rel.startsWith("advcl")) {
        String pos = tree.token(t).pos();
        if (!(pos.equals("VBG") || pos.equals("VBN"))) return List.of();
        int object = tree.firstChild(head, "obj");
        if (object >= 0 && tree.markedBy(t, "of", "for")) return List.of(object);
      } else if (!rel.equals("conj")) {
        return List.of();
      } else {
        int misreadSubject = MisreadTimeClause.subject(tree, head, t); // "after the man, armed ..., killed"
        if (misreadSubject >= 0) return List.of(misreadSubject);
      }
      if (isPassive(head) && !rel.equals("xcomp")) return byPhrase(head);
      t = head;
    }
    return List.of();
  }

  /**
   * The to-infinitive whose reported clause {@code clause} is, when {@code clause} is a finite clause
   * with its own subject ("to charge [that they were breaking it]"); -1 otherwise.
   */
  private int infinitiveAbove(int clause) {
    if (tree.isToInfinitive(clause) || tree.firstChild(clause, "nsubj") < 0) return -1;
    int up = clause;
    for (int step = 0; step < 3 && tree.head(up) >= 0; step++) {
      if (!tree.relation(up).equals("ccomp")) return -1;
      up = tree.head(up);
      if (tree.isToInfinitive(up)) return up;
    }
    return -1;
  }

  /** Relative pronouns that stand for the noun their clause qualifies. */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

  /**
   * "Netanyahu, who held talks with Abbas", "Hamas, which signed the truce": the relative pronoun subject
   * of a relative clause stands for the noun the clause qualifies: any noun for "who", a name for "which"
   * and "that" (an "attack that killed ..." is no actor; its owner and its target are found elsewhere). Any
   * other subject stands for itself.
   */
  private int antecedent(int subject) {
    int clause = tree.head(subject);
    String pos = tree.token(subject).pos();
    String word = tree.token(subject).lower();
    boolean relative = (pos.equals("WP") || pos.equals("WDT")) && RELATIVE_PRONOUNS.contains(word);
    if (!relative || clause < 0 || !tree.relation(clause).equals("acl:relcl")) return subject;
    int noun = tree.head(clause);
    if (noun < 0 || !(word.equals("who") || tree.token(noun).isProperNoun())) return subject;
    return noun;
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

  /** "the Security Council resolution", "Moscow's decree": the instrument names whose it is. */
  private boolean namesItsAuthor(int decree) {
    for (int c : tree.children(decree)) {
      String rel = tree.relation(c);
      if ((rel.equals("nmod:poss") || rel.equals("compound")) && tree.token(c).isProperNoun()) return true;
    }
    return false;
  }

  /**
   * A to-infinitive with no subject of its own that the parser did not make an xcomp: "Iran is due to
   * meet Iraq" (ccomp), "Iran was set on Friday to meet Iraq" (advcl, the day taken for a subject).
   */
  private boolean subjectlessInfinitive(int clause, String rel) {
    if (!(rel.equals("ccomp") || rel.startsWith("advcl")) || !tree.token(clause).pos().equals("VB")) return false;
    for (int s : tree.children(clause, "nsubj")) {
      if (!TimeWords.isTime(tree, s)) return false;
    }
    return tree.isToInfinitive(clause);
  }

  /**
   * Whom an appeal with a preposition asks to act: "called on X", "appealed to X", where the parser
   * took the particle for a preposition; -1 for other verbs.
   */
  private int appealedTo(int verb) {
    return switch (tree.lemma(verb)) {
      case "call" -> Math.max(prepositional(verb, "on"), prepositional(verb, "upon"));
      case "appeal" -> prepositional(verb, "to");
      default -> -1;
    };
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
      int qualified = reducedClausalSubject(verb);
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
    int reduced = misreadParticipleSubject(verb);
    if (reduced >= 0) return reduced;
    // A small clause: "found Nielsen guilty", "declared him persona non grata".
    // The parser also hangs an object on a following participle: "released [the mayor ...] jailed a year ago".
    int clause = tree.firstChild(verb, "xcomp");
    if (clause < 0) return -1;
    int subject = tree.firstChild(clause, "nsubj");
    return !tree.token(clause).isVerb() || (subject > verb && subject < clause) ? subject : -1;
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
  private int reducedClausalSubject(int verb) {
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
    boolean participle = pos.equals("VBN") || (pos.equals("VBD") && !byPhrase(clause).isEmpty());
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
    if (byPhrase(head).isEmpty()) {
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
  /** Prepositions of the place where a text is released ("released in Kigali"). */
  private static final Set<String> RELEASED_AT = Set.of("in", "at");

  /**
   * Who issued a text, from its participle: the "by" phrase ("a report released by the UN"), else the
   * place it was released in ("released in the Rwandan capital"), which speaks for its country; or -1.
   */
  private int issuerOfReleased(int participle) {
    List<Integer> by = byPhrase(participle);
    if (!by.isEmpty()) return by.get(0);
    for (int c : tree.children(participle)) {
      if (tree.relation(c).startsWith("obl") && tree.token(c).isNoun() && RELEASED_AT.contains(tree.caseOf(c))
          && !TimeWords.isTime(tree, c)) {
        return c;
      }
    }
    return -1;
  }

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
