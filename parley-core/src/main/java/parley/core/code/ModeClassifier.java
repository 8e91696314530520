package parley.core.code;

import static parley.core.code.ConditionalClauses.conditional;
import static parley.core.code.ConditionalClauses.question;
import static parley.core.code.ConditionalClauses.underCondition;
import static parley.core.code.HypotheticalMarkers.hypotheticalHere;
import static parley.core.code.HypotheticalMarkers.purpose;
import static parley.core.code.HypotheticalMarkers.sharesModal;
import static parley.core.code.Negation.negated;
import static parley.core.code.Negation.noMeansTo;
import static parley.core.code.Negation.notYetDone;
import static parley.core.code.ProposedActs.mandated;
import static parley.core.code.ProposedActs.proposedByNoun;
import static parley.core.code.StatedIntent.SPEECH;
import static parley.core.code.StatedIntent.ownStatement;
import static parley.core.code.StatedIntent.statedIntent;

import java.util.Set;
import parley.core.doc.Mode;

/**
 * Decides whether a predicate is asserted, negated or hypothetical from its clause: negation
 * ("did not agree", "never"), modals and future ("would", "will", "may"), conditions ("if",
 * "unless"), and governing verbs of intent, refusal or denial ("plans to", "refused to", "denied").
 */
final class ModeClassifier {
  private static final Set<String> INTENT = Set.of("want", "plan", "intend", "hope", "seek", "expect",
      "propose", "consider", "prepare", "aim", "wish", "threaten", "vow", "pledge", "promise", "offer",
      "agree", "decide", "ready", "willing", "able", "likely", "possible", "need", "demand", "urge", "ask",
      "call", "attempt", "going", "set", "due", "about", "fail", "refuse", "decline", "reject", "determined",
      "eager", "keen", "prepared", "committed");
  /** Verbs that ask or push another actor to act: what they ask for is not done ("pressured X to help Y"). */
  static final Set<String> DEMANDING = Set.of("pressure", "press", "push", "encourage", "order", "instruct",
      "advise", "invite", "warn", "tell", "request", "appeal", "beg", "implore", "exhort", "challenge", "urge", "ask",
      "call", "demand");
  /** Verbs of sending forces or people somewhere: their to-infinitive is a purpose. */
  private static final Set<String> SENDING = Set.of("deploy", "send", "dispatch", "mobilise", "mobilize", "station",
      "post", "rush", "fly", "airlift", "bring");
  private static final Set<String> NEGATING_GOVERNORS = Set.of("deny", "refuse", "decline", "fail", "reject");
  static final Set<String> CLAUSE_LINKS = Set.of("xcomp", "ccomp", "advcl", "conj", "csubj", "acl");
  private static final Set<String> FACTIVE_MARKS = Set.of("because", "since", "although", "though", "whereas");

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

  /** A decision taken by the one who carries out the act ({@link DecisionTaken}). */
  static boolean decided(DependencyTree tree, int predicate) {
    return DecisionTaken.decided(tree, predicate);
  }

  /** The act is the complement of a "fail" not negated ({@link Negation}). */
  static boolean failed(DependencyTree tree, int predicate) {
    return Negation.failed(tree, predicate);
  }

  /** A plain future or a timetabled act in a main or reported clause ({@link ScheduledActs}). */
  static boolean scheduled(DependencyTree tree, int predicate) {
    return ScheduledActs.scheduled(tree, predicate);
  }

  /** A reported subject that stands for the speaker ({@link StatedIntent}). */
  static boolean speakerPronoun(DependencyTree tree, int subject) {
    return StatedIntent.speakerPronoun(tree, subject);
  }

  static Mode of(DependencyTree tree, int predicate) {
    // The contract's hypothetical covers conditions: "if Sudan fails to extradite them", "if Khartoum does not".
    if (underCondition(tree, predicate) || question(tree, predicate)) return Mode.HYPOTHETICAL;
    if (ProvisoTerms.underProviso(tree, predicate)) return Mode.HYPOTHETICAL; // "provided that X frees them"
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
      // "is considering how to attack the rebels", "debated whether to strike": a course weighed, not taken
      if (base.matches("ccomp|xcomp|acl|advcl|csubj") && tree.isToInfinitive(t) && QuestionAsked.questionClause(tree, t)) {
        return Mode.HYPOTHETICAL;
      }
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

  private static boolean passive(DependencyTree tree, int verb) {
    return tree.children(verb).stream().anyMatch(c -> tree.relation(c).equals("aux:pass") || tree.relation(c).equals("nsubj:pass"));
  }

  static boolean toInfinitive(DependencyTree tree, int clause) {
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

}
