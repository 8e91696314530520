package parley.core.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;

/**
 * "Israel sent Syria a message saying it wanted talks", "the rebels told the army they would disarm": the
 * subject pronoun of a clause reported by a verb of saying stands for the one who says it (the reporting
 * verb's subject), not for the addressee named nearer to it. Not when the pronoun cannot be the speaker
 * ("it" for a plural or a person, "they" for a singular) nor when the clause lays a duty or leave on its
 * subject ("told Syria it must withdraw", "it could stay": the addressee is meant).
 */
final class ReportedSpeaker {
  /** Verbs whose clausal complement is what their subject says. */
  private static final Set<String> SAYING = Set.of("say", "tell", "announce", "warn", "insist", "inform", "assure",
      "notify", "state", "declare", "reply", "respond", "write", "claim", "promise", "pledge", "vow", "confirm",
      "stress", "reiterate", "signal", "indicate", "explain", "assert", "affirm", "acknowledge", "add", "repeat",
      "emphasize", "emphasise", "underline");
  /** Modals and semi-modals by which a clause lays a duty or grants leave ("must", "could", "had to"). */
  private static final Set<String> DUTY_OR_LEAVE = Set.of("must", "should", "ought", "shall", "can", "could", "may",
      "might");
  private static final Set<String> DUTY_VERBS = Set.of("have", "need");

  private final DependencyTree tree;

  ReportedSpeaker(DependencyTree tree) {
    this.tree = tree;
  }

  /** The speaker mention "it" or "they" at {@code h} stands for, when {@code h} is the subject of a reported clause. */
  Optional<ActorMention> of(int h, List<ActorMention> found) {
    int speaker = speakerOf(h, tree.token(h).lower().equals("they"));
    if (speaker < 0) return Optional.empty();
    return found.stream()
        .filter(m -> m.head() == speaker)
        .filter(m -> m.actor().code().isPresent() || m.how().equals("role-no-country"))
        .filter(m -> !PersonalPossessors.PERSON_HOWS.contains(m.how()))
        .filter(m -> !(m.how().equals("pronoun") && ActorAnaphora.PRONOUNS.contains(tree.token(m.head()).lower())))
        .findFirst();
  }

  /**
   * "Norway told Sweden its army would withdraw", "... it would withdraw its troops": the speaker token a
   * possessive "its"/"their" stands for when it qualifies, or is, the subject of a reported clause; -1 when none.
   */
  int speakerOfPossessor(int possessive, int clauseSubject) {
    if (clauseSubject < 0) return -1;
    boolean qualifies = tree.head(possessive) == clauseSubject;
    boolean pronoun = ActorAnaphora.GROUP_PRONOUNS.contains(tree.token(clauseSubject).lower());
    if (!qualifies && !pronoun) return -1;
    return speakerOf(clauseSubject, tree.token(possessive).lower().equals("their"));
  }

  /** The reporting verb's subject token when {@code subject} heads the subject of a reported clause; else -1. */
  private int speakerOf(int subject, boolean plural) {
    if (!tree.hasParse() || !tree.is(subject, "nsubj")) return -1; // "it was committed" too
    int clause = tree.head(subject);
    if (clause < 0 || layDutyOrLeave(clause)) return -1;
    int reporting = reportingVerb(clause);
    if (reporting < 0) return -1;
    int speaker = speakerOfVerb(reporting);
    return speaker >= 0 && speaker < subject && agreesInNumber(speaker, plural) ? speaker : -1;
  }

  /** The verb of saying that reports {@code clause} ("said", "told"; "sent ... a message saying"); -1 when none. */
  private int reportingVerb(int clause) {
    int c = clause;
    if (tree.relation(c).equals("conj") && tree.head(c) >= 0) c = tree.head(c); // "said it would X and it would Y"
    String rel = tree.relation(c);
    if (!(rel.equals("ccomp") || rel.equals("parataxis"))) return -1;
    int verb = tree.head(c);
    if (verb < 0 || !tree.token(verb).isVerb()) return -1;
    return SAYING.contains(tree.lemma(verb).toLowerCase(java.util.Locale.ROOT)) ? verb : -1;
  }

  /**
   * The subject of the reporting verb, or, for a participle with none ("a message saying"), of the clause it
   * hangs on ("sent"); -1 when none (a passive "Syria was told it ..." has the addressee as subject).
   */
  private int speakerOfVerb(int reporting) {
    int v = reporting;
    for (int guard = 0; v >= 0 && guard < 4; guard++) {
      int subject = tree.firstChild(v, "nsubj");
      if (subject >= 0) return tree.relation(subject).equals("nsubj") ? subject : -1;
      if (!tree.token(reporting).pos().equals("VBG")) return -1;
      v = tree.head(v);
      if (v >= 0 && tree.token(v).isNoun() && tree.relation(v).matches("obj|iobj")) v = tree.head(v);
      if (v >= 0 && !tree.token(v).isVerb()) return -1;
    }
    return -1;
  }

  /** "it must withdraw", "it could stay", "it had to leave", "it needs to act". */
  private boolean layDutyOrLeave(int clause) {
    for (int a : tree.children(clause, "aux")) {
      if (DUTY_OR_LEAVE.contains(tree.token(a).lower())) return true;
    }
    return DUTY_VERBS.contains(tree.lemma(clause)) && tree.firstChild(clause, "xcomp") >= 0;
  }

  /** "it" for a singular speaker ("Syria", "the government"), "they" for a plural one ("the rebels", "X and Y"). */
  private boolean agreesInNumber(int speaker, boolean plural) {
    String pos = tree.token(speaker).pos();
    boolean speakerPlural = pos.equals("NNS") || pos.equals("NNPS") || tree.firstChild(speaker, "conj") >= 0
        || tree.token(speaker).lower().equals("they");
    if (plural) return speakerPlural;
    return !pos.equals("NNS") && tree.firstChild(speaker, "conj") < 0 && !tree.token(speaker).lower().equals("they");
  }
}
