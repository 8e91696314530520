package parley.core.code;

import static parley.core.code.SameSidePairs.SAID_TO_OWN;
import static parley.core.code.SameSidePairs.coordinatedSides;
import static parley.core.code.SameSidePairs.ownStance;
import static parley.core.code.SameSidePairs.ownedBySource;
import static parley.core.code.VerbalCounterparts.economicField;
import static parley.core.code.VerbalCounterparts.plannedOnly;
import static parley.core.code.VerbalCounterparts.soughtBySubject;
import static parley.core.code.VerbalCounterparts.threatened;

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
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.lexicon.VerbLexicon;
import parley.core.lexicon.VerbPattern;
import parley.core.ontology.CameoTable;

/**
 * The events of one sentence as they are coded: turns a matched pattern with its sources and
 * targets into events (with the verbal counterparts of stated intents and refusals, and the
 * accusations of reported acts), each with its evidence span.
 */
final class SentenceEvents {
  /** Roots whose target may be a thing, not an actor ("condemned the attack"); not meetings and visits. */
  private static final Set<String> PHRASE_TARGET_ROOTS = Set.of("02", "03", "05", "06", "07", "08", "09", "10",
      "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");
  static final Set<String> SPEECH = Set.of("say", "claim", "allege", "charge", "state", "tell", "insist",
      "add", "report", "assert", "contend", "announce", "complain");
  /** 131: threaten non-force, not specified below. */
  private static final String THREAT_WITHOUT_FORCE = "131";
  /** 036: express intent to meet or negotiate. */
  private static final String INTENT_TO_MEET = "036";
  /**
   * Agreeing, meeting and negotiating, whose failure is a rejection: "failed to reach agreement"
   * (not material cooperation: "failed to extradite").
   */
  private static final Set<String> NEGOTIATED_ROOTS = Set.of("03", "04", "05");
  /** Diplomatic and material cooperation (05, 06): what actors seek to deepen, expand or engage in. */
  private static final Set<String> COOPERATION_ROOTS = Set.of("05", "06");
  /** 0311: express intent to cooperate economically. */
  private static final String INTENT_ECONOMIC = "0311";
  private final Document doc;
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;
  private final CameoTable cameo;
  private final EventDate published;
  private final List<Event> out;
  private final ReportedForce reportedForce;
  private final SpokenDemands demands;
  private final SpokenAccusations accusations;

  SentenceEvents(Document doc, DependencyTree tree, ActorIndex actors, ClauseArguments args, CameoTable cameo,
      VerbLexicon verbs, EventDate published, List<Event> out) {
    this.doc = doc;
    this.tree = tree;
    this.actors = actors;
    this.args = args;
    this.cameo = cameo;
    this.published = published;
    this.out = out;
    this.reportedForce = new ReportedForce(doc, tree, actors, args, cameo, published, out);
    this.demands = new SpokenDemands(this, tree, actors, args, verbs);
    this.accusations = new SpokenAccusations(this, tree, actors, args);
  }

  int size() {
    return out.size();
  }

  void emit(int predicate, int object, VerbPattern pattern,
      List<ActorMention> sources, List<ActorMention> targets, Modality modality) {
    Optional<EventType> type = cameo.type(pattern.code());
    if (type.isEmpty()) return;
    String actRule = pattern.name();
    if (modality.mode() == Mode.HYPOTHETICAL && DecidedActs.effected(type.get())
        && ModeClassifier.decided(tree, predicate)) {
      // "Japan has decided to lift the sanctions": the decision of the one who lifts them is the act
      modality = Modality.ASSERTED;
      actRule = pattern.name() + "+decided";
    }
    VerbalAct verbal = verbalAct(predicate, object, pattern, type.get(), modality);
    for (ActorMention source : sources) {
      for (ActorMention target : targets) {
        if (!isCodedPair(object, type.get(), source, target)) continue;
        Evidence evidence = Evidence.of(doc.text(), evidenceSpan(tree, predicate, object, source, target));
        int sentence = tree.sentence().index();
        EventType act = ProtestViolence.of(cameo, type.get(), tree, predicate, source);
        out.add(new Event("pending", source.actor(), Optional.of(target.actor()), act, modality.mode(),
            published, sentence, evidence, act == type.get() ? actRule : actRule + "+protest"));
        if (verbal.type().isPresent() && ownIntent(modality, source)) {
          out.add(new Event("pending", source.actor(), Optional.of(target.actor()), verbal.type().get(), Mode.ASSERTED,
              published, sentence, evidence, pattern.name() + verbal.rule()));
        }
      }
    }
  }

  /** The verbal act an act not (yet) done states, if any, and the suffix of the rule that read it. */
  private record VerbalAct(Optional<EventType> type, String rule) {}

  /**
   * The intent or refusal an act not done states: a stated intent (a threat, when it is threatened; none
   * for a trip only planned), a stated refusal, a failure to agree or meet (a rejection), cooperation
   * sought, a meeting scheduled.
   */
  private VerbalAct verbalAct(int predicate, int object, VerbPattern pattern, EventType type, Modality modality) {
    Optional<EventType> verbal = Optional.empty();
    String verbalRule = "";
    if (modality.statedIntent() && modality.mode() == Mode.HYPOTHETICAL) {
      verbal = IntentCodes.intentTo(pattern.code()).flatMap(cameo::type);
      // "agreed to offer aid": the offer is itself an intent (03x), stated when its governor states one
      if (verbal.isEmpty() && type.root().equals("03")) verbal = Optional.of(type);
      verbalRule = "+stated-intent";
      if (type.root().equals("04") && !type.code().equals("046") && plannedOnly(tree, predicate)) { // negotiations wanted are intended
        // "planned to travel to Sarajevo": an itinerary, not a commitment to meet (036 needs one, see scheduled)
        verbal = Optional.empty();
      } else if (verbal.isPresent() && verbal.get().root().equals("03") && threatened(tree, predicate)) {
        // "threatened to withdraw from the ceasefire": a threat, if not of force
        verbal = cameo.type(THREAT_WITHOUT_FORCE);
        verbalRule = "+threatened";
      }
    } else if (modality.statedIntent() && modality.mode() == Mode.NEGATED) {
      verbal = IntentCodes.refusalOf(pattern.code()).flatMap(cameo::type);
      verbalRule = "+stated-refusal";
    } else if (modality.mode() == Mode.NEGATED && NEGOTIATED_ROOTS.contains(type.root())
        && ModeClassifier.failed(tree, predicate)) {
      // The codebook's rejections (12x): parties that failed to agree or meet turned each other down.
      verbal = IntentCodes.refusalOf(pattern.code()).flatMap(cameo::type);
      verbalRule = "+failed";
    } else if (modality.mode() == Mode.HYPOTHETICAL && COOPERATION_ROOTS.contains(type.root())
        && soughtBySubject(tree, predicate)) {
      // "are seeking to deepen a partnership in energy": an aim to cooperate is an expressed intent to
      verbal = (economicField(tree, args, predicate, object) ? cameo.type(INTENT_ECONOMIC)
          : IntentCodes.intentTo(pattern.code()).flatMap(cameo::type));
      verbalRule = "+sought";
    } else if (modality.mode() == Mode.HYPOTHETICAL && type.root().equals("04")
        && ModeClassifier.scheduled(tree, predicate)) {
      verbal = cameo.type(INTENT_TO_MEET);
      verbalRule = "+scheduled";
    }
    return new VerbalAct(verbal, verbalRule);
  }

  /**
   * Whether an act of {@code type} from {@code source} to {@code target} is coded: one side is an actor
   * (the target one unless the act may be done to a phrase), the source has a code or is actor-like, the
   * two are distinct sides, and the source does not act on its own people or stance.
   */
  private boolean isCodedPair(int object, EventType type, ActorMention source, ActorMention target) {
    if (!actorLike(source) && !actorLike(target)) return false;
    if (!actorLike(target) && !PHRASE_TARGET_ROOTS.contains(type.root())) return false;
    if (source.actor().code().isEmpty() && !actorLike(source)) return false;
    if (target.actor().code().isPresent() && target.actor().code().equals(source.actor().code())
        && !DistinctPeople.of(tree, source, target)) {
      return false;
    }
    // one noun may name two sides, each with its own words ("British and EU negotiators")
    boolean sameWords = source.sentence() == target.sentence() && source.head() == target.head();
    if (sameWords || source.actor().span().overlaps(target.actor().span())) {
      if (!coordinatedSides(source, target)) return false;
    }
    return !((ownedBySource(tree, source, target) && !SAID_TO_OWN.contains(type.root()))
        || ownStance(tree, object, source, target));
  }

  /**
   * A reported intent is the source's own when the reported subject stands for the speaker ("Israel
   * said it would"), is the same word, or names the speaker's country ("Iran is ready to free them,
   * its foreign minister said"), or the speaker is an official of no known country ("the minister
   * said Japan will"); "Kenya said Uganda will attack Somalia" is no intent of Uganda's.
   */
  private boolean ownIntent(Modality modality, ActorMention source) {
    if (!modality.reported() || ModeClassifier.speakerPronoun(tree, modality.reportedSubject())) return true;
    int speaker = firstAgent(args, modality.speech());
    int subject = modality.reportedSubject();
    if (speaker < 0 || subject < 0) return false;
    if (tree.lemma(speaker).equalsIgnoreCase(tree.lemma(subject))) return true;
    List<ActorMention> coded = actors.of(speaker).stream().filter(m -> m.actor().code().isPresent()).toList();
    if (coded.isEmpty()) return true; // "the minister reiterated that Japan will not": an unnamed official speaks for it
    Optional<String> country = source.actor().code().map(ActorCodes::country);
    return country.isPresent() && coded.stream().anyMatch(m -> m.actor().code().map(ActorCodes::country).equals(country));
  }

  /**
   * "talks between Israel and Syria": an event noun between sides. A consultation (04) is one symmetric
   * event per pair, the side named first as its source; any other act is done by each side to the others.
   */
  void emitBetween(int noun, VerbPattern pattern, List<ActorMention> sides, Modality modality) {
    if (!pattern.code().startsWith("04")) {
      emitAmong(noun, pattern, sides, modality);
      return;
    }
    for (int i = 0; i < sides.size(); i++) {
      emit(noun, -1, pattern, List.of(sides.get(i)), sides.subList(i + 1, sides.size()), modality);
    }
  }

  /** "The US, Russia and Switzerland met": one event for each pair of the coordinated actors. */
  void emitAmong(int predicate, VerbPattern pattern, List<ActorMention> actors, Modality modality) {
    for (ActorMention a : actors) {
      List<ActorMention> others = actors.stream().filter(b -> b != a).toList();
      emit(predicate, -1, pattern, List.of(a), others, modality);
    }
  }

  /** The speaker of a report of force accuses its agent or claims the act ({@link ReportedForce}). */
  void speakerOnReportedForce(int verb, int firstNew) {
    reportedForce.speakerOnReportedForce(verb, firstNew);
  }

  /** {@link VictimlessForce}: the report of force that reached no actor ({@link ReportedForce}). */
  void speakerOnUnreceivedForce(int verb, ActorMention agent, VerbPattern pattern) {
    reportedForce.speakerOnUnreceivedForce(verb, agent, pattern);
  }

  /** One state: a country and its organs ({@link ReportedForce#sameState}). */
  static boolean sameState(String speaker, String agent) {
    return ReportedForce.sameState(speaker, agent);
  }

  /** "Russia says Israel must end its strikes": a demand, appeal or reproach ({@link SpokenDemands}). */
  void demandFromSpeech(int verb) {
    demands.demandFromSpeech(verb);
  }

  /** "Moscow wants Kyiv to withdraw": an appeal ({@link SpokenDemands}). */
  void appealFromWish(int verb) {
    demands.appealFromWish(verb);
  }

  /** "said the rebels were responsible": an accusation ({@link SpokenAccusations}). */
  void accusationFromBlame(int verb) {
    accusations.accusationFromBlame(verb);
  }

  /** "said Russia wants to block the election": an accusation ({@link SpokenAccusations}). */
  void accusationFromAim(int verb) {
    accusations.accusationFromAim(verb);
  }

  static int firstAgent(ClauseArguments args, int verb) {
    List<Integer> agents = args.agents(verb);
    return agents.isEmpty() ? -1 : agents.get(0);
  }

  /** A coded actor, or an uncoded one that is still clearly an actor: a role or a proper name. */
  static boolean actorLike(ActorMention m) {
    return m.actor().code().isPresent() || m.how().equals("role-no-country") || m.how().equals("phrase-proper");
  }

  static boolean noCodedActor(List<ActorMention> mentions) {
    return mentions.stream().noneMatch(m -> m.actor().code().isPresent());
  }

  private static Span evidenceSpan(DependencyTree tree, int predicate, int object, ActorMention source,
      ActorMention target) {
    Sentence s = tree.sentence();
    Span span = s.token(predicate).span();
    if (object >= 0) {
      List<Integer> phrase = tree.subtree(object);
      int last = object;
      for (int t : phrase) {
        if (t > last && t - last <= 1 && !tree.relation(t).equals("punct")) last = t;
      }
      span = span.union(s.spanOf(object, last));
    }
    if (source.sentence() == s.index()) span = span.union(source.actor().span());
    if (target.sentence() == s.index()) span = span.union(target.actor().span());
    return span;
  }
}
