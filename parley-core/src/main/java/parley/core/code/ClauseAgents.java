package parley.core.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who acts in a clause: its subject, followed up through controlled, coordinated and reported
 * clauses, relative pronouns, "by" phrases of passives, and the issuers of texts.
 */
final class ClauseAgents {
  private static final Set<String> OBJECT_CONTROL = Set.of("persuade", "urge", "ask", "order", "force",
      "tell", "allow", "invite", "call", "press", "encourage", "help", "request", "compel", "pressure",
      "permit", "advise", "warn", "instruct", "lead", "prompt", "want", "wish", "need", "expect", "appeal");

  /**
   * Texts and instruments whose participle clause is the act of whoever issues or signs them:
   * "released a statement criticising the raids", "signed a decree granting citizenship", "filed a
   * lawsuit accusing the cartel".
   */
  static final Set<String> INSTRUMENTS = Set.of("statement", "letter", "report", "communique",
      "declaration", "message", "note", "resolution", "motion", "speech", "address", "post", "tweet", "video",
      "editorial", "op-ed", "interview", "remark", "comment", "decree", "order", "edict", "directive",
      "ordinance", "proclamation", "lawsuit", "suit", "complaint", "petition");

  private final DependencyTree tree;
  private final ClauseArguments args;

  ClauseAgents(DependencyTree tree, ClauseArguments args) {
    this.tree = tree;
    this.args = args;
  }

  /** The tokens that act as the agent of {@code verb}. */
  List<Integer> agents(int verb) {
    if (args.isPassive(verb)) return args.byPhrase(verb);
    int t = verb;
    for (int depth = 0; depth < 6; depth++) {
      List<Integer> own = ownAgents(t, t == verb);
      if (!own.isEmpty()) return own;
      int head = tree.head(t);
      if (head < 0) return List.of();
      int sibling = coordinatedInfinitive(t, head);
      if (sibling >= 0) {
        t = sibling;
        continue;
      }
      Optional<List<Integer>> inherited = agentsFromHead(t, head);
      if (inherited.isPresent()) return inherited.get();
      t = head;
    }
    return List.of();
  }

  /**
   * The agents a clause names itself: its subjects (a relative pronoun standing for its noun), a
   * subject the parser misread, or, for the verb itself, the noun a participle qualifies (a text's
   * issuer when the text is an instrument that names no author); empty when it names none.
   */
  private List<Integer> ownAgents(int t, boolean isVerb) {
    List<Integer> subjects = tree.children(t, "nsubj");
    subjects.removeIf(s -> tree.relation(s).equals("nsubj:pass"));
    // "was due on Friday to meet": the parser may take the day for the infinitive's subject
    if (tree.isToInfinitive(t)) subjects.removeIf(s -> TimeWords.isTime(tree, s));
    subjects = StraySubjects.dropped(tree, subjects, t);
    if (!subjects.isEmpty()) return subjects.stream().map(s -> antecedent(s)).toList();
    int misread = MisparsedReport.subject(tree, t); // "Israel announced it would free them" misparsed
    if (misread >= 0) return List.of(misread);
    int qualified = isVerb ? args.participleHeadSubject(t) : -1;
    if (qualified >= 0 && INSTRUMENTS.contains(tree.lemma(qualified)) && !namesItsAuthor(qualified)) {
      // "a report released by the UN alleged ...", "a report released in Kigali alleged ...": its issuer
      int issuer = issuerOfReleased(tree.head(t));
      if (issuer >= 0) return List.of(issuer);
    }
    if (qualified >= 0) return List.of(qualified);
    return List.of();
  }

  /**
   * "prompted the US to charge that the Colombians were breaking it and to propose sanctions": an
   * infinitive the parser joined to a finite clause is coordinated with the infinitive above it; -1 for
   * any other clause.
   */
  private int coordinatedInfinitive(int t, int head) {
    return tree.relation(t).equals("conj") && tree.isToInfinitive(t) ? infinitiveAbove(head) : -1;
  }

  /**
   * The agents a clause takes from the clause or noun it hangs on, by its relation to it: present when
   * that decides them (an empty list when the clause has none), empty to look up at {@code head}.
   */
  private Optional<List<Integer>> agentsFromHead(int t, int head) {
    String rel = tree.relation(t);
    boolean controlled = rel.equals("xcomp") || subjectlessInfinitive(t, rel);
    Optional<List<Integer>> found;
    if (controlled) {
      found = controllers(t, head);
    } else if (rel.startsWith("acl")) {
      return Optional.of(agentsOfQualifiedNoun(t, head, rel));
    } else if (rel.startsWith("advcl")) {
      found = agentsOfAdverbialParticiple(t, head);
    } else if (!rel.equals("conj")) {
      return Optional.of(List.of());
    } else {
      int misreadSubject = MisreadTimeClause.subject(tree, head, t); // "after the man, armed ..., killed"
      found = misreadSubject >= 0 ? Optional.of(List.of(misreadSubject)) : Optional.empty();
      List<Integer> shared = ActiveConjunctSubject.of(tree, args, t, head); // "was committed to peace and wanted"
      if (found.isEmpty() && !shared.isEmpty()) found = Optional.of(shared);
    }
    if (found.isPresent()) return found;
    if (args.isPassive(head) && !controlled) return Optional.of(args.byPhrase(head));
    return Optional.empty();
  }

  /**
   * Who controls an infinitive with no subject of its own: the object of a verb of object control, else
   * the subject of a passive head; empty to look up at the head.
   */
  private Optional<List<Integer>> controllers(int t, int head) {
    int object = tree.firstChild(head, "obj");
    if (object < 0) object = appealedTo(head); // "called on Iran on Friday to free them", "on" read as a preposition
    boolean callersPurpose = TelephoneCall.callersPurpose(tree, t); // "called X to congratulate him"
    if (object >= 0 && OBJECT_CONTROL.contains(tree.lemma(head)) && !callersPurpose) return Optional.of(List.of(object));
    // "Iran was set (scheduled, expected, forced, asked) to meet Iraq": the passive's subject is the
    // infinitive's, whether raised or the controlled object of the active verb.
    int passiveSubject = tree.firstChild(head, "nsubj:pass");
    if (object < 0 && passiveSubject >= 0) return Optional.of(List.of(passiveSubject));
    return Optional.empty();
  }

  /** Who acts in a clause on a noun ({@code rel} an acl relation), the noun being {@code head}. */
  private List<Integer> agentsOfQualifiedNoun(int t, int head, String rel) {
    // "people evacuated from Haiti by the U.S.": a passive participle's noun is its patient
    if (tree.token(t).pos().equals("VBN")) return args.byPhrase(t);
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
  }

  /**
   * Who acts in an adverbial participle: none unless it is a participle; the head's object when it is
   * marked "of" or "for"; empty to look up at the head.
   */
  private Optional<List<Integer>> agentsOfAdverbialParticiple(int t, int head) {
    String pos = tree.token(t).pos();
    if (!(pos.equals("VBG") || pos.equals("VBN"))) return Optional.of(List.of());
    int object = tree.firstChild(head, "obj");
    if (object >= 0 && tree.markedBy(t, "of", "for")) return Optional.of(List.of(object));
    return Optional.empty();
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
      case "call" -> Math.max(args.prepositional(verb, "on"), args.prepositional(verb, "upon"));
      case "appeal" -> args.prepositional(verb, "to");
      default -> -1;
    };
  }

  /** Prepositions of the place where a text is released ("released in Kigali"). */
  private static final Set<String> RELEASED_AT = Set.of("in", "at");

  /**
   * Who issued a text, from its participle: the "by" phrase ("a report released by the UN"), else the
   * place it was released in ("released in the Rwandan capital"), which speaks for its country; or -1.
   */
  private int issuerOfReleased(int participle) {
    List<Integer> by = args.byPhrase(participle);
    if (!by.isEmpty()) return by.get(0);
    for (int c : tree.children(participle)) {
      if (tree.relation(c).startsWith("obl") && tree.token(c).isNoun() && RELEASED_AT.contains(tree.caseOf(c))
          && !TimeWords.isTime(tree, c)) {
        return c;
      }
    }
    return -1;
  }
}
