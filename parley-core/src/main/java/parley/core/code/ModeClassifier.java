package parley.core.code;

import java.util.Set;
import parley.core.doc.Mode;

/**
 * Decides whether a predicate is asserted, negated or hypothetical from its clause: negation
 * ("did not agree", "never"), modals and future ("would", "will", "may"), conditions ("if",
 * "unless"), and governing verbs of intent, refusal or denial ("plans to", "refused to", "denied").
 */
final class ModeClassifier {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "will",
      "'ll", "shall", "must", "can", "ca", "wo");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "once");
  private static final Set<String> INTENT = Set.of("want", "plan", "intend", "hope", "seek", "expect",
      "propose", "consider", "prepare", "aim", "wish", "threaten", "vow", "pledge", "promise", "offer",
      "agree", "decide", "ready", "willing", "able", "likely", "possible", "need", "demand", "urge", "ask",
      "call", "attempt", "going", "set", "due", "about", "fail", "refuse", "decline", "reject", "determined",
      "eager", "keen", "prepared", "committed");
  /** Verbs that ask or push another actor to act: what they ask for is not done ("pressured X to help Y"). */
  private static final Set<String> DEMANDING = Set.of("pressure", "press", "push", "encourage", "order", "instruct",
      "advise", "invite", "warn", "tell", "request", "appeal", "beg", "implore", "exhort", "challenge", "urge", "ask",
      "call", "demand");
  /** Verbs of sending forces or people somewhere: their to-infinitive is a purpose. */
  private static final Set<String> SENDING = Set.of("deploy", "send", "dispatch", "mobilise", "mobilize", "station",
      "post", "rush", "fly", "airlift", "bring");
  private static final Set<String> NEGATING_GOVERNORS = Set.of("deny", "refuse", "decline", "fail", "reject");
  private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo");
  /**
   * Verbs and adjectives by which the subject states its own will to act ("vowed to retaliate", "is
   * willing to withdraw", "wants to attack", "plans to free"); hopes, expectations and attempts do not.
   */
  private static final Set<String> OWN_INTENT = Set.of("vow", "pledge", "promise", "threaten", "decide", "offer",
      "agree", "ready", "willing", "refuse", "decline", "want", "plan", "intend", "determined", "prepared",
      "eager", "keen", "committed");
  /** Adjectives of readiness that name the subject's stance only after "be" ("is prepared to", not "prepared to"). */
  private static final Set<String> STANCE_PARTICIPLES = Set.of("prepared", "committed", "determined");
  /** Subjects of a reported clause that stand for the speaker ("X said it would"). */
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "they", "we", "he", "she", "i");
  private static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "advcl", "conj", "csubj", "acl");
  /** "was due to meet", "is set to visit": a scheduled act, whatever the parser made of "due to". */
  private static final Set<String> SCHEDULING = Set.of("due", "set", "expected", "scheduled", "slated", "poised",
      "about", "going", "likely", "unlikely", "supposed", "planned");
  private static final Set<String> BE_FORMS = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m");
  /**
   * Nouns whose infinitive is proposed, asked, argued for or attempted, not done ("a proposal to ban",
   * "advice to shun", "made the case to grant amnesty", "a campaign to free them", "the right to protest").
   */
  private static final Set<String> PROPOSING_NOUNS = Set.of("proposal", "plan", "advice", "call", "demand", "request",
      "appeal", "offer", "threat", "bid", "attempt", "effort", "plea", "recommendation", "suggestion", "invitation",
      "idea", "intention", "readiness", "willingness", "promise", "pledge", "vow", "ultimatum", "order", "decision",
      "push", "pressure", "initiative", "motion", "draft", "scheme", "move", "permission", "authorization",
      "authority", "mandate", "go-ahead", "opportunity", "chance", "case", "argument", "campaign", "drive",
      "hope", "wish", "desire", "need", "right");
  private static final Set<String> FACTIVE_MARKS = Set.of("because", "since", "although", "though", "whereas");
  /** Nouns whose infinitive did not happen ("Sudan's refusal to extradite", "the failure to agree"). */
  private static final Set<String> NEGATING_NOUNS = Set.of("refusal", "failure");

  private ModeClassifier() {}

  /** The mode, and whether it is the subject's own stated intent or refusal. */
  static Modality modality(DependencyTree tree, int predicate) {
    Mode mode = of(tree, predicate);
    if (mode == Mode.ASSERTED) return Modality.ASSERTED;
    int misread = MisparsedReport.speech(tree, predicate);
    if (misread >= 0) {
      return ownStatement(tree, misread) && !conditional(tree, predicate)
          ? new Modality(mode, true, misread, MisparsedReport.subject(tree, predicate)) : new Modality(mode, false);
    }
    if (!statedIntent(tree, predicate)) return new Modality(mode, false);
    int clause = tree.relation(predicate).equals("xcomp") ? tree.head(predicate) : predicate;
    int speech = tree.relation(clause).equals("ccomp") && SPEECH.contains(tree.lemma(tree.head(clause)))
        ? tree.head(clause) : -1;
    return new Modality(mode, true, speech, speech >= 0 ? tree.firstChild(clause, "nsubj") : -1);
  }

  private static boolean statedIntent(DependencyTree tree, int predicate) {
    if (conditional(tree, predicate)) return false;
    for (int c : tree.children(predicate)) {
      if (!tree.relation(c).startsWith("aux")) continue;
      String aux = tree.token(c).lower();
      if ((FUTURE.contains(aux) || aux.equals("would")) && reportedByItsAgent(tree, predicate)) return true;
      if (FUTURE.contains(aux) && tree.head(predicate) < 0 && negated(tree, predicate)) return true; // "Israel will not free them"
    }
    if (tree.relation(predicate).equals("xcomp")) {
      int governor = tree.head(predicate);
      if (governor >= 0 && ownIntentWord(tree, governor) && tree.firstChild(governor, "obj") < 0) {
        return ownStatement(tree, governor);
      }
      // "the army said it was preparing to withdraw": preparations its agent announces are its stated intent
      if (governor >= 0 && tree.token(governor).lower().equals("preparing") && tree.firstChild(governor, "obj") < 0
          && reportedByItsAgent(tree, governor)) {
        return true;
      }
    }
    return false;
  }

  /** "vowed", "is willing", "wants": a word of the subject's own will; "prepared" only as "is prepared to". */
  private static boolean ownIntentWord(DependencyTree tree, int governor) {
    String word = tree.token(governor).lower();
    if (STANCE_PARTICIPLES.contains(word)) {
      return tree.children(governor).stream()
          .anyMatch(c -> tree.relation(c).equals("cop") || tree.relation(c).equals("aux:pass"));
    }
    return OWN_INTENT.contains(tree.lemma(governor)) && !word.equals("prepared") && !word.equals("preparing");
  }

  /**
   * The statement of intent itself was made: its verb is asserted, or a plain "would"/"will" of the
   * speaker ("would be willing to"); not negated ("did not agree to"), conditional, asked, or itself
   * expected or planned by others ("is expected to agree to").
   */
  private static boolean ownStatement(DependencyTree tree, int verb) {
    if (negated(tree, verb) || underCondition(tree, verb) || question(tree, verb) || conditional(tree, verb)) {
      return false;
    }
    Mode mode = of(tree, verb);
    if (mode == Mode.ASSERTED) return true;
    if (mode != Mode.HYPOTHETICAL) return false;
    boolean willOrWould = false;
    for (int c : tree.children(verb)) {
      if (!tree.relation(c).startsWith("aux")) continue;
      String aux = tree.token(c).lower();
      if (MODALS.contains(aux) && !(FUTURE.contains(aux) || aux.equals("would") || aux.equals("'d"))) return false;
      willOrWould |= FUTURE.contains(aux) || aux.equals("would") || aux.equals("'d");
    }
    int head = tree.head(verb);
    return willOrWould && (head < 0 || (tree.relation(verb).equals("ccomp") && of(tree, head) == Mode.ASSERTED));
  }

  /** What a decision may be taken to do without doing it yet: to seek, consider, ask, study or try. */
  private static final Set<String> UNDONE_BY_DECISION = Set.of("seek", "consider", "ask", "request", "study",
      "examine", "explore", "look", "review", "try", "attempt", "plan", "prepare", "propose", "weigh", "wait",
      "discuss", "think", "postpone", "delay", "defer", "appeal", "call", "demand", "urge", "hope", "aim", "want");
  private static final Set<String> PERFECT = Set.of("has", "have", "had", "'s", "'ve", "'d");

  /**
   * "Japan has decided to lift the sanctions": the decision was taken (past or perfect, active, its
   * statement asserted: not "did not decide", "if it decides", "would decide", "is expected to
   * decide") by the subject that carries out the act, which is a to-infinitive of "decide" (or a
   * conjunct of one: "decided to lift the curfew and release the prisoners") with no modal or negation
   * of its own, and not a further step of deliberation ("decided to seek", "to consider", "to ask").
   */
  static boolean decided(DependencyTree tree, int predicate) {
    int act = predicate;
    while (tree.relation(act).equals("conj") && tree.head(act) >= 0 && tree.firstChild(act, "nsubj") < 0) {
      if (negated(tree, act) || hypotheticalHere(tree, act)) return false;
      act = tree.head(act);
    }
    int decision = tree.head(act);
    if (decision < 0 || !tree.relation(act).equals("xcomp") || act < decision || !toInfinitive(tree, act)
        || !tree.lemma(decision).equals("decide") || tree.firstChild(decision, "nsubj") < 0
        || UNDONE_BY_DECISION.contains(tree.lemma(predicate)) || UNDONE_BY_DECISION.contains(tree.lemma(act))
        || negated(tree, act) || negated(tree, predicate) || hypotheticalHere(tree, act)
        || hypotheticalHere(tree, predicate)) {
      return false;
    }
    String pos = tree.token(decision).pos();
    boolean past = pos.equals("VBD") || (pos.equals("VBN") && tree.children(decision).stream()
        .anyMatch(c -> tree.relation(c).equals("aux") && PERFECT.contains(tree.token(c).lower())));
    return past && of(tree, decision) == Mode.ASSERTED;
  }

  /** "The two sides failed to reach agreement": the act is the complement of "fail". */
  static boolean failed(DependencyTree tree, int predicate) {
    int governor = tree.head(predicate);
    return governor >= 0 && tree.relation(predicate).equals("xcomp") && tree.lemma(governor).equals("fail")
        && !negated(tree, governor);
  }

  /**
   * "Putin will meet Erdogan in Ankara on Friday": a plain future in a main or reported clause, not
   * negated and not conditional. For meetings and visits the codebook reads it as a commitment to meet.
   */
  static boolean scheduled(DependencyTree tree, int predicate) {
    if (negated(tree, predicate) || conditional(tree, predicate)) return false;
    String rel = tree.relation(predicate);
    if (onTimetable(tree, predicate)) return true;
    if (!(tree.head(predicate) < 0 || rel.equals("ccomp") || rel.equals("conj") || reportMisparsedAsDep(tree, predicate))) {
      return false;
    }
    for (int c : tree.children(predicate)) {
      if (tree.relation(c).startsWith("aux") && FUTURE.contains(tree.token(c).lower())) return true;
    }
    return false;
  }

  /**
   * "X will meet Y in Washington on Tuesday for talks on ..., X's office said": the reported clause
   * the parser left as a loose dependent of the speech verb, with a subject of its own.
   */
  private static boolean reportMisparsedAsDep(DependencyTree tree, int predicate) {
    int head = tree.head(predicate);
    String rel = tree.relation(predicate);
    return head >= 0 && (rel.equals("dep") || rel.equals("parataxis")) && SPEECH.contains(tree.lemma(head))
        && tree.firstChild(predicate, "nsubj") >= 0 && of(tree, head) == Mode.ASSERTED;
  }

  /** "Putin is due (set, scheduled, slated) to meet Erdogan": arranged, as a plain future is; not "likely to". */
  private static final Set<String> TIMETABLED = Set.of("due", "set", "scheduled", "slated");

  /**
   * The predicate is the to-infinitive of "be due/set/scheduled/slated" in a main or reported clause,
   * also where a time comes between them ("was set on Friday to meet", parsed as an adverbial clause).
   */
  private static boolean onTimetable(DependencyTree tree, int predicate) {
    int governor = tree.head(predicate);
    String rel = tree.relation(predicate);
    if (governor < 0 || predicate < governor || !toInfinitive(tree, predicate)
        || !(rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("advcl"))
        || !TIMETABLED.contains(tree.token(governor).lower())) {
      return false;
    }
    boolean be = tree.children(governor).stream()
        .anyMatch(c -> tree.relation(c).equals("cop") || tree.relation(c).equals("aux:pass"));
    if (!be || negated(tree, governor) || conditional(tree, governor) || hypotheticalHere(tree, governor)) return false;
    String governorRel = tree.relation(governor);
    return tree.head(governor) < 0 || governorRel.equals("ccomp") || governorRel.equals("conj");
  }

  /** Verbs of speech that report an intent: ANNOUNCING and the plain reporting verbs. */
  private static final Set<String> SPEECH = Set.of("say", "announce", "pledge", "vow", "promise", "declare",
      "state", "tell", "confirm", "insist", "add", "reiterate", "reaffirm", "assert", "affirm", "stress", "repeat",
      "indicate", "signal", "report", "claim", "warn", "threaten");
  private static final Set<String> ANNOUNCING = Set.of("say", "announce", "pledge", "vow", "promise", "declare",
      "state", "tell", "confirm", "insist", "add", "reiterate", "reaffirm", "assert", "affirm", "stress", "repeat",
      "warn", "threaten");

  /**
   * "Israel announced it would free prisoners": reported future of the speaker's own act. The
   * statement was made ("did not say it would", "if Israel says it will" state nothing) and the
   * reported clause has a subject of its own, which the coder matches with the speaker.
   */
  private static boolean reportedByItsAgent(DependencyTree tree, int predicate) {
    int head = tree.head(predicate);
    if (head < 0 || !tree.relation(predicate).equals("ccomp") || !ANNOUNCING.contains(tree.lemma(head))) return false;
    return tree.firstChild(predicate, "nsubj") >= 0 && ownStatement(tree, head);
  }

  /** A reported subject that stands for the speaker: "it", "they", "we", "he", "she", "I". */
  static boolean speakerPronoun(DependencyTree tree, int subject) {
    return subject >= 0 && tree.token(subject).pos().equals("PRP")
        && SPEAKER_PRONOUNS.contains(tree.token(subject).lower());
  }

  static Mode of(DependencyTree tree, int predicate) {
    // The contract's hypothetical covers conditions: "if Sudan fails to extradite them", "if Khartoum does not".
    if (underCondition(tree, predicate) || question(tree, predicate)) return Mode.HYPOTHETICAL;
    if (negated(tree, predicate)) return Mode.NEGATED;
    if (hypotheticalHere(tree, predicate)) return Mode.HYPOTHETICAL;
    int t = predicate;
    for (int depth = 0; depth < 6; depth++) {
      if (notYetDone(tree, t) || noMeansTo(tree, t)) return Mode.NEGATED;
      if (ForSubjectClause.irrealis(tree, t)) return Mode.HYPOTHETICAL; // "the way out is for X to talk"
      int head = tree.head(t);
      if (head < 0) break;
      String rel = tree.relation(t);
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      if (!CLAUSE_LINKS.contains(base)) break;
      if (TelephoneCall.performed(tree, t)) break; // "called X on Friday to congratulate him"
      if (base.equals("conj") && tree.firstChild(t, "nsubj") >= 0) break; // a clause of its own
      if (base.equals("advcl") && factive(tree, t)) break; // "will cut ties because it shelters militants"
      if (base.equals("csubj") && finiteWithSubject(tree, t)) break; // "X lashed out ... and said Y would be": a misparse
      String governor = tree.lemma(head);
      Mode proposed = proposedByNoun(tree, t, head, base);
      if (proposed != null) return proposed;
      if ((base.equals("ccomp") || base.equals("acl")) && t > head && mandated(tree, t, head)) return Mode.HYPOTHETICAL;
      if (base.equals("xcomp") || base.equals("ccomp")) {
        // A complement follows its verb; a clause before it ("X accused Y, charges she has denied") is not its content.
        if (NEGATING_GOVERNORS.contains(governor) && t > head) return Mode.NEGATED;
        if (base.equals("xcomp") && (INTENT.contains(governor) || DEMANDING.contains(governor))) return Mode.HYPOTHETICAL;
        // "troops were deployed to stop the attacks": what the forces sent are to do is a purpose, not yet done
        if (base.equals("xcomp") && SENDING.contains(governor) && tree.isToInfinitive(t)
            && (passive(tree, head) || tree.firstChild(head, "obj") < 0)) { // "troops deployed to stop"
          return Mode.HYPOTHETICAL;
        }
        // "was not scheduled (forced) to meet", "does not seem to have attacked": the governor's negation is the act's
        if (base.equals("xcomp") && negated(tree, head)) return Mode.NEGATED;
      }
      if (base.equals("advcl") && (conditional(tree, t) || purpose(tree, t))) return Mode.HYPOTHETICAL;
      if (!base.equals("conj") && (hypotheticalHere(tree, head))) return Mode.HYPOTHETICAL;
      if (base.equals("conj") && negated(tree, head)) return Mode.NEGATED;
      // "must ensure security and provide amenities": a bare conjunct shares its head's modal
      if (base.equals("conj") && sharesModal(tree, t, head)) return Mode.HYPOTHETICAL;
      t = head;
    }
    return Mode.ASSERTED;
  }

  /** "had no capacity to carry out attacks", "there is no plan to attack": the noun the infinitive hangs on is denied. */
  private static boolean noMeansTo(DependencyTree tree, int clause) {
    if (!toInfinitive(tree, clause)) return false;
    int head = tree.head(clause);
    if (head < 0 || head > clause) return false;
    String rel = tree.relation(clause);
    if (rel.equals("acl")) return deniedByNo(tree, head);
    if (!(rel.equals("xcomp") || rel.equals("ccomp"))) return false;
    int object = tree.firstChild(head, "obj");
    return object > head && object < clause && deniedByNo(tree, object);
  }

  private static boolean deniedByNo(DependencyTree tree, int noun) {
    return tree.token(noun).isNoun() && tree.children(noun, "det").stream().anyMatch(d -> tree.token(d).lower().equals("no"));
  }

  private static boolean passive(DependencyTree tree, int verb) {
    return tree.children(verb).stream().anyMatch(c -> tree.relation(c).equals("aux:pass") || tree.relation(c).equals("nsubj:pass"));
  }

  /**
   * "announced the plan without consulting X", "has yet to endorse", "is yet to meet": a clause marked
   * by "without", or a to-infinitive of "have"/"be" with "yet", states an act not done.
   */
  private static boolean notYetDone(DependencyTree tree, int clause) {
    if (!tree.token(clause).isVerb()) return false;
    for (int m : tree.children(clause, "mark")) {
      if (tree.lemma(m).equals("without")) return true;
    }
    int governor = tree.head(clause);
    if (governor < 0 || !tree.isToInfinitive(clause) || clause < governor) return false;
    String verb = tree.lemma(governor);
    if (!(verb.equals("have") || verb.equals("be"))) return false;
    for (int t : new int[] {clause, governor}) {
      for (int a : tree.children(t, "advmod")) {
        if (tree.lemma(a).equals("yet") && a < clause) return true;
      }
    }
    return false;
  }

  /**
   * A conjunct verb with no subject, auxiliary or tense of its own ("may ensure security and provide
   * aid", "will lift the ban and release them") falls under its head's modal; a finite conjunct
   * ("will meet X and has sent Y") states its own fact.
   */
  private static boolean sharesModal(DependencyTree tree, int conjunct, int head) {
    String pos = tree.token(conjunct).pos();
    if (!(pos.equals("VB") || pos.equals("VBN") || pos.equals("VBG")) || tree.firstChild(conjunct, "nsubj") >= 0
        || tree.firstChild(conjunct, "nsubj:pass") >= 0
        || tree.children(conjunct).stream().anyMatch(c -> tree.relation(c).startsWith("aux"))) {
      return false;
    }
    return tree.children(head).stream()
        .anyMatch(c -> tree.relation(c).startsWith("aux") && MODALS.contains(tree.token(c).lower()));
  }

  /** Verbs and nouns whose "that" clause states what is asked for: "demanded that Iran release them". */
  private static final Set<String> MANDATING = Set.of("demand", "urge", "ask", "request", "call", "propose",
      "recommend", "order", "require", "insist", "suggest", "plead", "appeal", "press", "proposal", "recommendation",
      "suggestion", "insistence", "requirement");
  /** Of those, the ones that also report facts ("insisted that Iran freed them"): only a true subjunctive asks. */
  private static final Set<String> ALSO_REPORTING = Set.of("insist", "suggest", "insistence", "suggestion");

  /**
   * A mandative clause: the "that" clause of a verb or noun of demanding or proposing whose verb is
   * a bare present with no auxiliary ("demanded that Iran release the sailors", "the demand that it
   * lift sanctions"); what it asks for is not done. After "insist" and "suggest" only the bare
   * subjunctive ("insisted that Iran free them") asks; "insisted that Iran frees them" reports.
   */
  private static boolean mandated(DependencyTree tree, int clause, int governor) {
    int subject = tree.firstChild(clause, "nsubj");
    if (subject < 0) subject = tree.firstChild(clause, "nsubj:pass");
    if (!MANDATING.contains(tree.lemma(governor).toLowerCase()) || toInfinitive(tree, clause) || subject < 0
        || !tree.token(clause).pos().startsWith("VB")) {
      return false;
    }
    // the tagger often reads a bare "release" after a singular subject as "releases": trust the word, not the tag
    boolean bare = tree.token(clause).lower().equals(tree.lemma(clause).toLowerCase());
    for (int c : tree.children(clause)) {
      if (!tree.relation(c).startsWith("aux")) continue;
      if (!tree.token(c).lower().equals("be")) return false; // "demanded that he be released"
      bare = true;
    }
    if (!bare) return false;
    if (!ALSO_REPORTING.contains(tree.lemma(governor).toLowerCase())) return true;
    String subjectPos = tree.token(subject).pos(); // "insisted that Iran free them", not "that they free"
    return subjectPos.equals("NN") || subjectPos.equals("NNP")
        || Set.of("he", "she", "it").contains(tree.token(subject).lower());
  }

  /**
   * An infinitive that belongs to a noun of proposing or refusing: "a proposal to ban beef" (acl), or
   * misparsed onto the verb whose object is that noun ("said a proposal by Fischler to ban beef").
   */
  private static Mode proposedByNoun(DependencyTree tree, int clause, int head, String base) {
    if (!toInfinitive(tree, clause)) return null;
    if (base.equals("acl")) {
      Mode mode = nounMode(tree.lemma(head).toLowerCase());
      return mode != null ? mode : askedOfObject(tree, head);
    }
    if (!base.equals("xcomp") || clause < head) return null;
    for (int c : tree.children(head)) {
      String rel = tree.relation(c);
      if (c > head && c < clause && (rel.equals("obj") || rel.equals("obl"))) {
        Mode mode = nounMode(tree.lemma(c).toLowerCase());
        if (mode != null) return mode;
      }
    }
    return null;
  }

  /** "pressured by Congress to help Iran", with the infinitive misparsed onto the actor asked. */
  private static Mode askedOfObject(DependencyTree tree, int noun) {
    String rel = tree.relation(noun);
    int verb = tree.head(noun);
    if (verb < 0 || !(rel.equals("obj") || rel.equals("obl") || rel.equals("iobj"))) return null;
    return DEMANDING.contains(tree.lemma(verb)) ? Mode.HYPOTHETICAL : null;
  }

  private static Mode nounMode(String noun) {
    if (PROPOSING_NOUNS.contains(noun)) return Mode.HYPOTHETICAL;
    if (NEGATING_NOUNS.contains(noun)) return Mode.NEGATED;
    return null;
  }

  private static boolean toInfinitive(DependencyTree tree, int clause) {
    return tree.token(clause).pos().startsWith("VB") && tree.isToInfinitive(clause);
  }

  /** A clause of reason or concession states its own fact, whatever the mode of the clause it explains. */
  private static boolean factive(DependencyTree tree, int clause) {
    for (int c : tree.children(clause, "mark")) {
      if (FACTIVE_MARKS.contains(tree.token(c).lower())) return true;
    }
    return false;
  }

  /** A finite verb with its own subject and no subordinator states its own fact. */
  private static boolean finiteWithSubject(DependencyTree tree, int clause) {
    String pos = tree.token(clause).pos();
    boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
        // "X is hosting the summit and leaders will be there": a tensed auxiliary makes the clause finite
        || tree.children(clause).stream().anyMatch(c -> tree.relation(c).startsWith("aux")
            && TENSED.contains(tree.token(c).pos()));
    return finite && tree.firstChild(clause, "nsubj") >= 0 && tree.children(clause, "mark").isEmpty();
  }

  private static final Set<String> TENSED = Set.of("VBD", "VBZ", "VBP");

  /** The predicate or a clause it belongs to is a condition ("if", "unless", "once"). */
  private static boolean underCondition(DependencyTree tree, int predicate) {
    int t = predicate;
    for (int depth = 0; depth < 6; depth++) {
      int head = tree.head(t);
      if (head < 0) return false;
      String rel = tree.relation(t);
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      if (base.equals("advcl") && conditional(tree, t)) return true;
      if (!CLAUSE_LINKS.contains(base) || base.equals("advcl") || base.equals("acl")) return false;
      if (base.equals("conj") && tree.firstChild(t, "nsubj") >= 0) return false;
      t = head;
    }
    return false;
  }

  private static final Set<String> CLOSERS = Set.of("\"", "''", "'", "\u201d", "\u2019", ")", "-RRB-");

  /** "Will Russia attack?", "Did Iran fund them?": a question asserts nothing of its main clause. */
  private static boolean question(DependencyTree tree, int predicate) {
    int last = tree.size() - 1;
    while (last >= 0 && CLOSERS.contains(tree.token(last).text())) last--;
    if (last < 0 || !tree.token(last).text().equals("?")) return false;
    for (int t = predicate; t >= 0; t = tree.head(t)) {
      String rel = tree.relation(t);
      if (rel.equals("acl:relcl") || rel.equals("acl") || rel.equals("advcl")) return false;
    }
    return true;
  }

  /** "Kim is to visit Beijing": be + to-infinitive states what is arranged or required, not done. */
  private static boolean beTo(DependencyTree tree, int predicate) {
    if (!tree.token(predicate).pos().equals("VB") || !toInfinitive(tree, predicate)) return false;
    for (int c : tree.children(predicate, "aux")) {
      if (tree.lemma(c).equals("be") && c < predicate) return true;
    }
    return false;
  }

  /**
   * "Japan to cut tariffs", "Shultz likely to visit Moscow": a headline's main clause made of a subject
   * and a to-infinitive, the "is" left out, announces what is planned or expected, not what was done.
   */
  private static boolean headlineTo(DependencyTree tree, int predicate) {
    if (tree.head(predicate) >= 0 || !tree.token(predicate).pos().equals("VB") || !toInfinitive(tree, predicate)) {
      return false;
    }
    int subject = tree.firstChild(predicate, "nsubj");
    return subject >= 0 && subject < predicate
        && tree.children(predicate).stream().noneMatch(c -> tree.relation(c).startsWith("aux"));
  }

  /** "He was due to head to Banja Luka to meet ...": be + due/set/expected/... + to + the predicate. */
  private static boolean scheduledFrame(DependencyTree tree, int predicate) {
    if (predicate < 3 || !tree.token(predicate - 1).lower().equals("to")) return false;
    return SCHEDULING.contains(tree.token(predicate - 2).lower())
        && BE_FORMS.contains(tree.token(predicate - 3).lower());
  }

  private static boolean negated(DependencyTree tree, int predicate) {
    for (int c : tree.children(predicate)) {
      String rel = tree.relation(c);
      String word = tree.token(c).lower();
      if ((rel.equals("advmod") || rel.equals("neg")) && NEGATORS.contains(word)) return true;
      if (rel.equals("obj") || rel.startsWith("nsubj")) {
        for (int d : tree.children(c, "det")) {
          if (tree.token(d).lower().equals("no")) return true;
        }
      }
    }
    return false;
  }

  private static boolean hypotheticalHere(DependencyTree tree, int predicate) {
    for (int c : tree.children(predicate)) {
      String rel = tree.relation(c);
      if (rel.startsWith("aux") && FUTURE.contains(tree.token(c).lower()) && NoEventFrames.declaredBreak(tree, predicate)) {
        continue; // "will have nothing more to do with X": the break is declared now, as "will not deal with" is refused
      }
      if (rel.startsWith("aux") && MODALS.contains(tree.token(c).lower())) return true;
      if (rel.equals("aux") && tree.lemma(c).equals("go") ) return true;
    }
    if (scheduledFrame(tree, predicate) || beTo(tree, predicate) || headlineTo(tree, predicate)) return true;
    if (obligation(tree, predicate)) return true;
    return conditional(tree, predicate) && !tree.relation(predicate).equals("root");
  }

  /**
   * "The government has (will have) to find a way": an obligation in the present or future is not yet
   * met; "had to" tells what was done.
   */
  private static boolean obligation(DependencyTree tree, int predicate) {
    if (!tree.isToInfinitive(predicate)) return false;
    for (int c : tree.children(predicate, "aux")) { // the parser's "has/aux to/mark find"
      // "has to find", not the perfect infinitive "to have attacked"
      boolean toAfter = c + 1 < predicate && tree.token(c + 1).lower().equals("to");
      if (tree.lemma(c).equals("have") && !tree.token(c).lower().equals("had") && toAfter) return true;
    }
    int head = tree.head(predicate);
    if (head < 0 || !tree.relation(predicate).equals("xcomp") || head > predicate || !tree.lemma(head).equals("have")) {
      return false;
    }
    String word = tree.token(head).lower();
    return !word.equals("had") && !word.equals("having") && tree.firstChild(head, "obj") < 0;
  }

  /** "flew to Belgrade to meet Milosevic": an infinitive of purpose states an aim, not a fact. */
  private static boolean purpose(DependencyTree tree, int clause) {
    if (!tree.token(clause).pos().equals("VB")) return false;
    for (int c : tree.children(clause, "mark")) {
      String word = tree.token(c).lower();
      if (word.equals("to") || word.equals("order")) return true;
    }
    return false;
  }

  private static boolean conditional(DependencyTree tree, int clause) {
    for (int c : tree.children(clause, "mark")) {
      if (CONDITIONS.contains(tree.token(c).lower())) return true;
    }
    return false;
  }
}
