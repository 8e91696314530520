package parley.core.code;

import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;

/**
 * An intent declared to someone is an intent towards them: "Israel told Syria it was ready to resume
 * negotiations", "sent Syria a message saying it wanted to open negotiations" (CAMEO 03, towards the
 * one told). So is a cooperative act (04 to 08, whose stated intent is a 03 event) that is the
 * subject's stated intent ({@link StatedIntent}: "told Sweden it would resume talks", "wanted to open
 * negotiations"); an act told as done ("told Sweden it had resumed talks") is not. A threatened act is towards the one warned of it ("warned Iran it would impose sanctions",
 * CAMEO 13, the threat's target). Used only when the act's own clause names no target.
 */
final class IntentAddressee {
  /** Verbs whose object is the one told ("told Syria", "assured Egypt"). */
  private static final Set<String> TELLING = Set.of("tell", "assure", "inform", "notify", "reassure", "remind");
  /** Verbs whose indirect object, or "to" phrase, receives a message ("sent Syria a message saying"). */
  private static final Set<String> SENDING = Set.of("send", "write", "deliver", "convey", "pass", "hand");
  /** Verbs whose object is the one warned ("warned Iran it would impose sanctions"): a threat's target. */
  private static final Set<String> WARNING = Set.of("warn", "caution");
  private static final String INTENT_ROOT = "03";
  private static final String THREAT_ROOT = "13";

  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;

  IntentAddressee(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
  }

  /** The actor an intent of this code, stated in the verb's clause, was told to; empty when none. */
  List<ActorMention> toldTo(int verb, String code) {
    boolean threat = !code.startsWith(INTENT_ROOT) && !cooperativeAct(code) && threatenedAct(code);
    if (!code.startsWith(INTENT_ROOT) && !cooperativeAct(code) && !threat) return List.of();
    // "would resume talks", "wanted to open talks": the act is the subject's stated intent ("safe to invest" is none)
    if (!code.startsWith(INTENT_ROOT) && !StatedIntent.statedIntent(tree, verb)) return List.of();
    int clause = verb;
    // "committed to peace and wanted to open talks", "ready to resume talks": up to the stated clause
    while (clause >= 0 && (tree.relation(clause).startsWith("conj") || tree.relation(clause).equals("xcomp"))) {
      clause = tree.head(clause);
    }
    if (clause < 0 || !isReported(clause)) return List.of();
    int speech = tree.head(clause);
    if (speech < 0) return List.of();
    if (tree.lemma(speech).equals("say") && (isReported(speech) || tree.relation(speech).startsWith("acl"))) {
      speech = tree.head(speech); // "sent X a message, saying", "a message saying"
    }
    if (speech >= 0 && tree.token(speech).isNoun() && tree.relation(speech).equals("obj")) speech = tree.head(speech);
    if (speech < 0) return List.of();
    String lemma = tree.lemma(speech);
    if (threat && !WARNING.contains(lemma)) return List.of(); // a threat is made to the one warned
    List<ActorMention> told = List.of();
    if (TELLING.contains(lemma) || WARNING.contains(lemma)) told = actors.of(args.object(speech));
    if (SENDING.contains(lemma)) {
      int indirect = args.indirectObject(speech);
      told = actors.of(indirect >= 0 ? indirect : args.prepositional(speech, "to"));
    }
    return SentenceEvents.noCodedActor(told) ? List.of() : told; // "told reporters": no one to act towards
  }

  /** An act whose stated intent is an intent to cooperate (03x): negotiations, aid, concessions. */
  private static boolean cooperativeAct(String code) {
    return IntentCodes.intentTo(code).filter(intent -> intent.startsWith(INTENT_ROOT)).isPresent();
  }

  /** An act whose stated intent is a threat (13x): sanctions, force, reduced relations. */
  private static boolean threatenedAct(String code) {
    return IntentCodes.intentTo(code).filter(intent -> intent.startsWith(THREAT_ROOT)).isPresent();
  }

  private boolean isReported(int clause) {
    String rel = tree.relation(clause);
    return rel.equals("ccomp") || rel.equals("dep") || rel.startsWith("advcl") || rel.equals("parataxis");
  }
}
