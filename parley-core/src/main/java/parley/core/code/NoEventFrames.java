package parley.core.code;

import java.util.Set;
import parley.core.lexicon.VerbPattern;

/**
 * Frames of a lexicon verb that a careful CAMEO coder does not code, where the grammar, not the
 * object's word alone, tells them apart: naming ("calls himself a girl", "called the plan a
 * mistake") is no telephone call; agreeing that something is so, or with a view or a need, is an
 * opinion, not an agreement to act (03x needs an act agreed on); investing in "efforts" is no
 * economic cooperation; a fee a government "charges" is no accusation or arrest.
 */
final class NoEventFrames {
  private static final Set<String> CALLS = Set.of("call", "phone", "telephone", "ring");
  /** Nouns of what one thinks, agreed "with" or "on": an opinion shared is no agreement to act. */
  private static final Set<String> OPINIONS = Set.of("view", "need", "assessment", "analysis", "idea", "point",
      "notion", "opinion", "conclusion", "sentiment", "belief", "premise", "importance", "diagnosis", "remark",
      "comment", "statement", "observation", "characterization", "description", "argument", "concern");
  /** Modals and markers by which an agreed clause is an act to be done ("agreed that talks will resume"). */
  private static final Set<String> ACT_TO_BE_DONE = Set.of("will", "would", "shall", "should", "must", "'ll", "wo",
      "to");
  /** What one spends effort on, not an economy one invests in. */
  private static final Set<String> EFFORTS = Set.of("effort", "attempt", "campaign", "initiative", "drive", "bid");
  /** Money one charges: a fee is no charge of wrongdoing. */
  private static final Set<String> MONEY = Set.of("fee", "price", "rate", "interest", "tariff", "duty", "premium",
      "commission", "rent", "tax", "cost", "amount", "sum", "toll", "levy", "fare");

  private NoEventFrames() {}

  /** Whether {@code pattern}, matched on {@code verb}, stands in a frame that is no event. */
  static boolean excludes(DependencyTree tree, ClauseArguments args, int verb, VerbPattern pattern) {
    String lemma = tree.lemma(verb);
    String root = pattern.code().substring(0, 2);
    if (ElectoralContest.isContest(tree, verb, pattern)) return true; // "Clinton beat Sanders in the primary"
    if (BeatenToIt.outpaced(tree, verb)) return true; // "Sanders beat Clinton to it"
    if (pattern.code().equals("041") && CALLS.contains(lemma)) return !TelephoneCall.isCall(tree, verb);
    if (lemma.equals("agree") && root.equals("03")) return opinion(tree, args, verb);
    if (lemma.equals("invest")) {
      int in = args.prepositional(verb, "in");
      return in >= 0 && EFFORTS.contains(tree.lemma(in)); // "invested heavily in efforts to"
    }
    if (lemma.equals("charge")) return feeCharged(tree, verb);
    if (lemma.equals("ask")) return QuestionAsked.isQuestion(tree, args, verb);
    if (lemma.equals("have") && root.equals("16")) return !declaredBreak(tree, verb);
    if (lemma.equals("join") && root.equals("04")) return joinedInAnAct(tree, verb);
    if ((lemma.equals("refuse") || lemma.equals("decline")) && root.equals("12")) return commentWithheld(tree, verb);
    if (root.equals("04")) return warnedAgainst(tree, verb);
    return false;
  }

  /**
   * "will have nothing (more) to do with X" declares a break (16x); "had (has) nothing to do with X"
   * denies a link, which is no event.
   */
  static boolean declaredBreak(DependencyTree tree, int verb) {
    if (!tree.lemma(verb).equals("have")) return false;
    int object = tree.firstChild(verb, "obj");
    if (object < 0 || !tree.lemma(object).equals("nothing")) return false;
    for (int c : tree.children(verb)) {
      if (tree.relation(c).startsWith("aux") && FutureAuxiliaries.futureOrConditional(tree.token(c).lower())) return true;
    }
    return false;
  }

  /** Verbs that counsel against an act: the act they warn against is not done. */
  private static final Set<String> COUNSELLING = Set.of("warn", "advise", "caution", "counsel");

  /** "warned its citizens against travelling to Yemen": a trip warned against is no visit (a travel warning is 160). */
  private static boolean warnedAgainst(DependencyTree tree, int verb) {
    int head = tree.head(verb);
    return head >= 0 && COUNSELLING.contains(tree.lemma(head)) && tree.markedBy(verb, "against");
  }

  /** "is joining his running mate in calling for X": joining another in an act is no meeting with them. */
  private static boolean joinedInAnAct(DependencyTree tree, int verb) {
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if ((rel.startsWith("obl") || rel.startsWith("advcl")) && c > verb && tree.token(c).pos().equals("VBG")
          && tree.markedBy(c, "in")) {
        return true;
      }
    }
    return false;
  }

  /** Saying what one knows: one who declines to comment or give details rejects no one. */
  private static final Set<String> COMMENTING = Set.of("comment", "elaborate", "speculate", "disclose", "say",
      "reveal", "identify", "name", "confirm", "prejudge", "specify", "explain");
  private static final Set<String> COMMENTS = Set.of("comment", "detail", "name", "figure", "information", "reason");

  /** "declined to comment", "refused comment", "declined to give details", "refuses to prejudge the future". */
  private static boolean commentWithheld(DependencyTree tree, int verb) {
    int object = tree.firstChild(verb, "obj");
    if (object >= 0) return COMMENTS.contains(tree.lemma(object)); // "declined a request to comment" rejects the request
    for (int clause : tree.children(verb, "xcomp")) {
      if (COMMENTING.contains(tree.lemma(clause))) return true;
      int said = tree.firstChild(clause, "obj"); // "declined to give (provide, offer) details"
      if (said >= 0 && COMMENTS.contains(tree.lemma(said))) return true;
    }
    return false;
  }

  /**
   * "A volunteer from Ohio traveled to Iowa", "Putin arrived in Moscow": an actor moving to a place
   * of its own country, no host named, makes no visit (042, 043); the codebook's visits are between
   * actors, and a trip home or within one's country meets no foreign host.
   */
  static boolean domesticTrip(parley.core.doc.Event event) {
    String code = event.type().code();
    if (!(code.equals("042") || code.equals("043"))) return false;
    String source = event.source().code().orElse("");
    String target = event.target().flatMap(t -> t.code()).orElse("");
    return source.length() >= 3 && target.length() == 3 && source.startsWith(target);
  }

  /** Those one speaks to in public: talking to them is a statement, not a consultation (04). */
  private static final Set<String> AUDIENCES = Set.of("reporters", "journalists", "press", "newsmen",
      "correspondents", "newspapers", "parliament", "assembly", "congress", "nation", "crowd", "crowds", "rally",
      "audience", "supporters", "students", "viewers", "listeners");
  private static final Set<String> SPEAKING = Set.of("speak", "talk", "discuss", "address");

  /**
   * "discussing the results with reporters", "was speaking to parliament": a consultation (040) with
   * the press or a public audience is a statement to it; meeting reporters is no meeting either.
   */
  static boolean publicAddress(parley.core.doc.Event event) {
    if (!event.type().code().equals("040") || event.target().isEmpty()) return false;
    String[] words = event.target().get().text().toLowerCase(java.util.Locale.ROOT).trim().split("\\s+");
    String last = words[words.length - 1];
    boolean press = Set.of("reporters", "journalists", "press", "newsmen", "correspondents").contains(last);
    return AUDIENCES.contains(last) && (press || SPEAKING.contains(event.rule()));
  }

  /**
   * "ELEVEN POLICE KILLED IN ATTACK": in a line written in capitals a past form with a subject and no
   * object is the headline's passive participle ("police [were] killed"), its subject the victim, not
   * the agent, of an act of coercion or force (roots 17-20).
   */
  static boolean victimInCapitals(String text, DependencyTree tree, ClauseArguments args, int verb,
      VerbPattern pattern) {
    String root = pattern.code().substring(0, 2);
    if (root.compareTo("17") < 0 || root.compareTo("20") > 0) return false;
    String pos = tree.token(verb).pos();
    if (!(pos.equals("VBD") || pos.equals("VBN")) || args.isPassive(verb) || tree.firstChild(verb, "nsubj") < 0
        || tree.firstChild(verb, "obj") >= 0 || tree.firstChild(verb, "iobj") >= 0) {
      return false;
    }
    return inCapitals(text, tree);
  }

  /** Whether the sentence is written in capitals: no lower-case letter, and at least eight capitals. */
  private static boolean inCapitals(String text, DependencyTree tree) {
    int start = tree.token(0).span().start();
    int end = tree.token(tree.size() - 1).span().end();
    if (start < 0 || end > text.length() || start >= end) return false;
    int capitals = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) return false;
      if (Character.isUpperCase(c)) capitals++;
    }
    return capitals >= 8;
  }

  /**
   * "agrees Trump has made mistakes", "agreed that Putin was right", "agreed with the need for",
   * "agreed with his view": what is agreed is a view, not an act to be done.
   */
  private static boolean opinion(DependencyTree tree, ClauseArguments args, int verb) {
    for (String prep : new String[] {"with", "on"}) {
      int p = args.prepositional(verb, prep);
      if (p >= 0 && OPINIONS.contains(tree.lemma(p))) return true;
    }
    int object = tree.firstChild(verb, "obj");
    if (object >= 0 && OPINIONS.contains(tree.lemma(object))) return true;
    if (object >= 0 && subjectOfAFiniteVerb(tree, object)) return true; // "agrees Trump is an opportunist"
    // "X agrees Y has made mistakes": the parser made "agrees" the clausal subject of the clause agreed with
    if (tree.relation(verb).equals("csubj") && tree.head(verb) > verb && tree.token(tree.head(verb)).isVerb()) {
      return !actToBeDone(tree, tree.head(verb));
    }
    for (int clause : tree.children(verb, "ccomp")) {
      if (clause > verb && hasSubject(tree, clause) && !actToBeDone(tree, clause)) return true;
    }
    return false;
  }

  /** The object is followed by a finite verb of its own (not a modal): the parser's object is a clause's subject. */
  private static boolean subjectOfAFiniteVerb(DependencyTree tree, int object) {
    int end = object;
    for (int t : tree.subtree(object)) end = Math.max(end, t);
    if (end + 1 >= tree.size()) return false;
    String pos = tree.token(end + 1).pos();
    return pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP");
  }

  private static boolean hasSubject(DependencyTree tree, int clause) {
    return tree.firstChild(clause, "nsubj") >= 0 || tree.firstChild(clause, "nsubj:pass") >= 0;
  }

  private static boolean actToBeDone(DependencyTree tree, int clause) {
    for (int c : tree.children(clause)) {
      String rel = tree.relation(c);
      if ((rel.startsWith("aux") || rel.equals("mark")) && ACT_TO_BE_DONE.contains(tree.token(c).lower())) return true;
    }
    return false;
  }

  /** "the fees it charges public companies", "charges a fee": money charged, not a charge of wrongdoing. */
  private static boolean feeCharged(DependencyTree tree, int verb) {
    int head = tree.head(verb);
    if (head >= 0 && tree.relation(verb).startsWith("acl") && MONEY.contains(tree.lemma(head))) return true;
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if ((rel.equals("obj") || rel.equals("iobj")) && MONEY.contains(tree.lemma(c))) return true;
    }
    // "because of fees it charges companies", the relative clause misparsed: the money noun just before its subject
    int subject = tree.firstChild(verb, "nsubj");
    return subject == verb - 1 && subject > 0 && MONEY.contains(tree.lemma(subject - 1));
  }
}
