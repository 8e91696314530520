package parley.core.code;

import static parley.core.code.SentenceEvents.SPEECH;
import static parley.core.code.SentenceEvents.firstAgent;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.EventType;
import parley.core.doc.Evidence;
import parley.core.doc.Mode;
import parley.core.doc.Span;
import parley.core.lexicon.VerbPattern;
import parley.core.ontology.CameoTable;

/**
 * The speaker's part in a report of force ("X said Y attacked Z"): an accusation of the agent (112),
 * or a claim (015) when the speaker tells of its own act.
 */
final class ReportedForce {
  private final Document doc;
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;
  private final CameoTable cameo;
  private final EventDate published;
  private final List<Event> out;

  ReportedForce(Document doc, DependencyTree tree, ActorIndex actors, ClauseArguments args, CameoTable cameo,
      EventDate published, List<Event> out) {
    this.doc = doc;
    this.tree = tree;
    this.actors = actors;
    this.args = args;
    this.cameo = cameo;
    this.published = published;
    this.out = out;
  }

  /**
   * The codebook's reading of "X said Y attacked Z": besides Y's attack, X accuses Y (112); told by its
   * own agent ("X said it attacked Z"), the act is claimed (015, toward Z). Only for asserted acts of
   * force or coercion (roots 17-20), and for help given to an armed group ("Egypt says Sudan helped the
   * militants"), which told by another is the accusation alone: the help is only alleged. The act may
   * sit in a clause the report governs ("said it will cut ties because Y continues to shelter militants").
   */
  void speakerOnReportedForce(int verb, int firstNew) {
    int head = reportingSpeech(verb);
    if (head < 0) return;
    List<ActorMention> speakers = actors.of(firstAgent(args, head));
    if (speakers.isEmpty()) return;
    Optional<EventType> accuse = cameo.type("112");
    Optional<EventType> claim = cameo.type("015");
    if (accuse.isEmpty() || claim.isEmpty()) return;
    int end = out.size();
    List<Event> alleged = new java.util.ArrayList<>();
    for (int i = firstNew; i < end; i++) {
      Event reported = out.get(i);
      int root = Integer.parseInt(reported.type().root());
      boolean armedHelp = root == 7 && reported.target().map(ReportedForce::armedGroup).orElse(false);
      if (reported.mode() != Mode.ASSERTED || (root < 17 && !armedHelp)) continue;
      for (ActorMention speaker : speakers) {
        if (speaker.actor().code().isEmpty() || witnessOnly(speaker.actor().code().get())) continue;
        Span span = speaker.actor().span().union(reported.evidence().span());
        Evidence evidence = Evidence.of(doc.text(), span);
        String rule = tree.lemma(head) + "+ccomp:" + reported.rule();
        if (speaker.actor().code().equals(reported.source().code())
            || sameState(speaker.actor().code().get(), reported.source().code().orElse(""))) {
          // "the army said it had shelled the rebels": telling of one's own act of force claims it (015)
          if (reported.target().isPresent() && !armedHelp && root >= 18) { // a claim is of violence: "said it arrested" claims nothing
            out.add(new Event("pending", speaker.actor(), reported.target(), claim.get(), Mode.ASSERTED,
                published, reported.sentence(), evidence, rule + "+own"));
          }
          continue;
        }
        out.add(new Event("pending", speaker.actor(), Optional.of(reported.source()), accuse.get(), Mode.ASSERTED,
            published, reported.sentence(), evidence, rule));
        if (armedHelp) alleged.add(reported);
      }
    }
    out.removeAll(alleged);
  }

  /** {@link VictimlessForce}: the report of {@code agent}'s force that reached no actor, told as if it had. */
  void speakerOnUnreceivedForce(int verb, ActorMention agent, VerbPattern pattern) {
    Optional<EventType> type = cameo.type(pattern.code());
    if (type.isEmpty()) return;
    Span span = agent.actor().span().union(tree.token(verb).span());
    int at = out.size();
    out.add(new Event("pending", agent.actor(), Optional.empty(), type.get(), Mode.ASSERTED, published,
        tree.sentence().index(), Evidence.of(doc.text(), span), pattern.name()));
    speakerOnReportedForce(verb, at);
    out.remove(at);
  }

  /** The state's own organs: "Iraq said its troops had killed" tells of the state's own act. */
  private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "SPY");

  /**
   * Whether a state speaker (a country, its government or forces) and an agent are one state: the
   * same country, both the country itself or one of its organs ("Iraq" and "its troops" IRQMIL).
   */
  static boolean sameState(String speaker, String agent) {
    if (speaker.length() < 3 || agent.length() < 3 || !speaker.regionMatches(0, agent, 0, 3)) return false;
    return stateOrgan(speaker) && stateOrgan(agent);
  }

  private static boolean stateOrgan(String code) {
    return code.length() == 3 || (code.length() == 6 && STATE_ROLES.contains(code.substring(3)));
  }

  /**
   * The speech verb that reports {@code verb}'s clause: its governor when the clause is the report's
   * ("said Y attacked Z"), also through its infinitives ("said Y continued to attack Z") and the
   * clauses and reasons the reported clause governs ("said it will cut ties because Y continues
   * to shelter militants"; not "after Y attacked", a time); -1 if none.
   */
  private int reportingSpeech(int verb) {
    if (MisparsedReport.passiveSpeech(tree, verb) >= 0) return MisparsedReport.passiveSpeech(tree, verb);
    int clause = verb;
    for (int step = 0; step < 6 && tree.head(clause) >= 0; step++) {
      String rel = tree.relation(clause);
      int head = tree.head(clause);
      if ((rel.equals("ccomp") || rel.equals("parataxis")) && SPEECH.contains(tree.lemma(head))) return head;
      if (!(rel.equals("xcomp") || rel.equals("ccomp") || reason(clause))) return -1;
      clause = head;
    }
    return -1;
  }

  private static final Set<String> REASONS = Set.of("because", "since", "as");

  /** A clause giving a reason ("because it continues to shelter militants"), which the report asserts too. */
  private boolean reason(int clause) {
    if (!tree.relation(clause).startsWith("advcl")) return false;
    return tree.children(clause, "mark").stream().anyMatch(m -> REASONS.contains(tree.lemma(m)));
  }

  /** Words naming armed groups outside the state, for an actor no lexicon codes ("the rebels"). */
  private static final Set<String> ARMED_GROUP_WORDS = Set.of("rebel", "rebels", "militant", "militants", "insurgent",
      "insurgents", "guerrilla", "guerrillas", "terrorist", "terrorists", "extremist", "extremists", "jihadist",
      "jihadists", "militia", "militias", "gunmen");

  /** Rebels, insurgents and other armed groups outside the state ({@code EGYREB}, {@code INS}, "the militants"). */
  private static boolean armedGroup(parley.core.doc.ActorRef actor) {
    if (actor.code().isPresent()) {
      String code = actor.code().get();
      String role = code.length() > 3 ? code.substring(3) : code;
      return role.contains("REB") || role.contains("INS") || role.contains("UAF");
    }
    for (String word : actor.text().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
      if (ARMED_GROUP_WORDS.contains(word)) return true;
    }
    return false;
  }

  /**
   * Medics, doctors and reporters who tell of a killing bear witness; they accuse no one. A government
   * body among them (a health ministry) still speaks for its side.
   */
  private static boolean witnessOnly(String code) {
    String roles = code.length() > 3 ? code.substring(3) : "";
    return (roles.contains("HLH") || roles.contains("MED")) && !roles.contains("GOV");
  }
}
