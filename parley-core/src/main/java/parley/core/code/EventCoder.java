package parley.core.code;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.Mode;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.lexicon.VerbLexicon;
import parley.core.lexicon.VerbPattern;
import parley.core.ontology.CameoTable;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;

/**
 * Codes events: for each verb (and event noun) of the verb lexicon whose frame matches, the
 * source is its agent's actor and the target the actor in the slot the pattern names. One event
 * per source-target pair ("Japan and South Korea agreed" gives two). Each event carries its mode,
 * its evidence span and the pattern that fired. Headlines are not coded: the body restates them.
 */
public final class EventCoder implements Stage {
  /** "Brazil and the United States seek to deepen a partnership": cooperation between joint subjects is mutual. */
  private static final Set<String> COOPERATIVE_ROOTS = Set.of("03", "04", "05", "06");
  static final Set<String> RECIPROCAL = Set.of("agree", "sign", "meet", "talk", "negotiate", "clash",
      "fight", "discuss", "cooperate", "trade", "hold", "reach", "conclude", "exchange", "share", "ally",
      "consult", "confer");
  /** "The army and the rebels observed a ceasefire": a truce held by joint subjects is held between them. */
  private static final String TRUCE = "0871";
  private final VerbLexicon verbs;
  private final CameoTable cameo;
  private final AttackAuthors attacks;
  private final PatternReadings readings;
  private final NounEvents nouns;

  public EventCoder(VerbLexicon verbs, CameoTable cameo) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.cameo = Objects.requireNonNull(cameo, "cameo");
    this.attacks = new AttackAuthors(verbs);
    this.readings = new PatternReadings(verbs);
    this.nouns = new NounEvents(verbs);
  }

  @Override
  public Set<Facet> requires() {
    return EnumSet.of(Facet.PARSE, Facet.ACTORS);
  }

  @Override
  public Set<Facet> provides() {
    return EnumSet.of(Facet.EVENTS);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Document apply(Document doc) {
    List<Event> events = new ArrayList<>();
    EventDate published = EventDate.published(doc.published().map(Object::toString).orElse(null));
    for (Sentence sentence : doc.sentences()) {
      if (sentence.section() != Section.BODY || sentence.arcs().isEmpty()) continue;
      DependencyTree tree = new DependencyTree(ReportedParataxis.relabelled(sentence));
      ActorIndex actors = new ActorIndex(tree, doc.actorsIn(sentence.index()), doc.text());
      ClauseArguments arguments = new ClauseArguments(tree);
      SentenceEvents coded = new SentenceEvents(doc, tree, actors, arguments, cameo, verbs, published, events);
      for (int t = 0; t < tree.size(); t++) {
        if (tree.token(t).isVerb() || isPredicateAdjective(tree, t)) {
          codeVerb(doc, tree, actors, arguments, t, coded);
          coded.demandFromSpeech(t);
          coded.appealFromWish(t);
          coded.accusationFromBlame(t);
          coded.accusationFromAim(t);
        } else if (tree.token(t).isNoun()) {
          nouns.codeNoun(tree, actors, arguments, t, coded);
        }
      }
    }
    List<Event> kept = new ArrayList<>(events.size());
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (Event e : events) {
      if (NoEventFrames.domesticTrip(e) || NoEventFrames.publicAddress(e)) continue;
      String key = e.sentence() + "|" + e.source().span() + e.source().code() + "|"
          + e.target().map(t -> t.span().toString() + t.code()).orElse("")
          + "|" + e.type().root() + "|" + e.mode();
      Integer at = seen.putIfAbsent(key, kept.size());
      if (at == null) {
        kept.add(e);
      } else if (refines(e.type().code(), kept.get(at).type().code())) {
        // "pledged to release the sailors": the intent to release (0353) says more than the pledge (030)
        kept.set(at, e);
      }
    }
    kept.removeIf(e -> pledgeStatedAsIntent(e, kept));
    List<Event> numbered = new ArrayList<>(kept.size());
    for (Event e : kept) numbered.add(e.withId(doc.id() + "#e" + (numbered.size() + 1)));
    return doc.withEvents(numbered);
  }

  /**
   * A generic pledge ("030") its own complement states as an intent of another root: "Qatar pledged
   * to expel the leaders" is one statement, the threat to expel them (137), not also a promise of
   * cooperation to them. Same sentence, source and target; the words of the two overlap.
   */
  private static boolean pledgeStatedAsIntent(Event pledge, List<Event> events) {
    if (!pledge.type().code().equals("030") || pledge.mode() != Mode.ASSERTED) return false;
    return events.stream().anyMatch(e -> e != pledge && e.sentence() == pledge.sentence()
        && e.mode() == Mode.ASSERTED && !e.type().root().equals("03")
        && (e.rule().endsWith("+stated-intent") || e.rule().endsWith("+threatened"))
        && e.source().span().equals(pledge.source().span())
        && e.source().code().equals(pledge.source().code())
        && e.target().map(ActorRef::span).equals(pledge.target().map(ActorRef::span))
        && e.evidence().span().overlaps(pledge.evidence().span()));
  }

  /**
   * The codebook says more with {@code code} than with {@code than}: "0353" refines "035", and any
   * specific category refines one "not specified below" ("030", "120").
   */
  static boolean refines(String code, String than) {
    if (code.length() > than.length() && code.startsWith(than)) return true;
    return generic(than) && !generic(code);
  }

  /** A code "not specified below" in the codebook: a root's first category ("030", "130"). */
  private static boolean generic(String code) {
    return code.length() == 3 && code.endsWith("0");
  }

  private static boolean isPredicateAdjective(DependencyTree tree, int t) {
    return tree.token(t).pos().startsWith("JJ") && tree.firstChild(t, "nsubj") >= 0;
  }

  private void codeVerb(Document doc, DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int verb, SentenceEvents events) {
    List<VerbPattern> patterns = verbs.forVerb(tree.lemma(verb));
    int object = objectOrMisreadClauseSubject(tree, args, verb, patterns);
    boolean objectPatternMatches = object >= 0 && patterns.stream()
        .anyMatch(p -> !p.objects().isEmpty() && FrameMatcher.matches(tree, args, verb, object, p));
    if (!objectPatternMatches && object >= 0
        && codeLightVerb(doc, tree, actors, args, verb, object, events)) {
      // "expressed its rejection and condemnation of the plan": each event noun the verb takes is an act
      for (int c : tree.children(object, "conj")) {
        if (tree.token(c).isNoun()) codeLightVerb(doc, tree, actors, args, verb, c, events);
      }
      return;
    }
    List<ActorMention> sources = null;
    java.util.Map.Entry<VerbPattern, List<ActorMention>> unreceived = null; // force that reached no actor
    for (VerbPattern matched : patterns) {
      if (!FrameMatcher.matches(tree, args, verb, object, matched)) continue;
      if (matched.noEvent()) return; // "met the needs of refugees": the most specific frame says no event
      if (NoEventFrames.victimInCapitals(doc.text(), tree, args, verb, matched)) return; // "POLICE KILLED IN ..."
      VerbPattern pattern = readings.kindOfAttack(tree, object, PatternReadings.jointExercise(tree, object, VerbalAttack.of(tree, verb, object, matched)));
      if (sources == null) sources = inRole(tree, actors, args, verb, speakersOfTheirIntent(tree, actors, args, verb, doc.text()));
      List<ActorMention> agents = sources.isEmpty() ? placeAsAgent(tree, actors, args, verb, pattern) : sources;
      AttackReading attack = byAttack(tree, actors, args, verb, pattern, agents);
      pattern = attack.pattern();
      agents = attack.agents();
      if (agents.isEmpty()) continue;
      pattern = PatternReadings.peacekeeping(tree, verb, object, PatternReadings.jointlyHeld(tree, object, pattern, agents));
      if (isReversed(pattern)) {
        List<ActorMention> givers = reversedSource(tree, actors, args, verb, object, pattern, doc.text());
        if (givers.isEmpty()) continue;
        events.emit(verb, object, pattern, givers, agents, ModeClassifier.modality(tree, verb));
        return;
      }
      List<ActorMention> targets = new TargetFinder(tree, actors, args).targets(verb, object, pattern, doc.text());
      if (actAmongAgents(tree, args, verb, object, pattern, agents, targets)) {
        events.emitAmong(verb, pattern, agents, ModeClassifier.modality(tree, verb));
        return;
      }
      if (targets.isEmpty()) {
        if (unreceived == null) unreceived = java.util.Map.entry(pattern, agents);
        continue;
      }
      int before = events.size();
      agents = HomeInsurgents.of(tree, agents, targets, pattern.code()); // "guerrillas fighting his government"
      events.emit(verb, object, pattern, agents, targets, ModeClassifier.modality(tree, verb));
      events.speakerOnReportedForce(verb, before);
      if (events.size() == before) VictimlessForce.accuse(events, tree, verb, pattern, agents, ModeClassifier.modality(tree, verb));
      return;
    }
    if (unreceived != null) {
      VictimlessForce.accuse(events, tree, verb, unreceived.getKey(), unreceived.getValue(), ModeClassifier.modality(tree, verb));
    }
  }

  /** A pattern and its agents as an attack re-reads them. */
  private record AttackReading(VerbPattern pattern, List<ActorMention> agents) {}

  /**
   * The harm an agentless verb names is coded as the attack that caused it, by that attack's agents;
   * an attack or weapon as subject ("a Taliban-claimed car bomb struck a bus") acts for its author.
   */
  private AttackReading byAttack(DependencyTree tree, ActorIndex actors, ClauseArguments args, int verb,
      VerbPattern pattern, List<ActorMention> agents) {
    int attack = agents.isEmpty() ? attacks.attackOf(tree, args, verb, pattern) : -1;
    if (attack >= 0) {
      agents = AttackAuthors.attackAgents(actors, args, attack);
      // the harm is coded as the attack that caused it: shelling is military force, an air strike 195
      pattern = pattern.withCode(attacks.attackCode(tree, attack), pattern.name() + "+in:" + tree.lemma(attack));
    }
    int weapon = attacks.attackSubject(tree, args, verb, pattern, agents);
    if (weapon >= 0) {
      // "a Taliban-claimed car bomb struck a bus", "regime air strikes hit the enclave": the attack's author acts
      agents = AttackAuthors.attackers(tree, actors, args, weapon);
      String kind = attacks.attackCodeOf(tree, weapon);
      if (!kind.isEmpty() && !kind.equals("190")) pattern = pattern.withCode(kind, pattern.name() + "+by:" + tree.lemma(weapon));
    }
    return new AttackReading(pattern, agents);
  }

  /**
   * Whether several agents with no coded target (or a mutual verb with no direct one) act among
   * themselves: mutual acts, cooperation that is neither an endorsement of their own object nor an
   * intent toward no one, or a truce between more than one state.
   */
  private static boolean actAmongAgents(DependencyTree tree, ClauseArguments args, int verb, int object,
      VerbPattern pattern, List<ActorMention> agents, List<ActorMention> targets) {
    boolean mutual = RECIPROCAL.contains(tree.lemma(verb));
    boolean directTarget = object >= 0 || args.prepositional(verb, "with") >= 0;
    return agents.size() > 1 && (SentenceEvents.noCodedActor(targets) || (mutual && !directTarget))
        && (mutual || (COOPERATIVE_ROOTS.contains(pattern.code().substring(0, 2))
                && !endorsesOwnObject(tree, args, verb, object, pattern)
                && !JointIntent.towardNoOne(tree, verb, object, pattern))
            || (pattern.code().startsWith(TRUCE) && !oneState(agents)));
  }

  /** "police and troops stopped the attacks": organs of one state hold no truce between themselves. */
  private static boolean oneState(List<ActorMention> agents) {
    String first = agents.get(0).actor().code().orElse("");
    return agents.stream().allMatch(a -> SentenceEvents.sameState(first, a.actor().code().orElse("")));
  }

  /** Objects naming the bond between the subjects themselves: "Japan and India deepen their partnership". */
  static final Set<String> RELATIONS = Set.of("partnership", "tie", "relation", "relationship", "cooperation",
      "alliance", "friendship", "dialogue", "link", "contact", "bond", "coordination", "collaboration", "integration",
      "trade", "exchange", "understanding", "trust", "rapprochement", "reconciliation", "interaction");

  /**
   * "Russia and the United States support the proposal": joint subjects endorsing (05) with a verb
   * that is not reciprocal, with an object of its own other than their bond, endorse that object,
   * not each other; so do joint agents of a passive or of a participle ("the plan, backed by X and Y").
   * Joint acts of other roots ("staged an exercise") stay shared.
   */
  private static boolean endorsesOwnObject(DependencyTree tree, ClauseArguments args, int verb, int object,
      VerbPattern pattern) {
    if (!pattern.code().startsWith("05")) return false;
    if (object >= 0) return !RELATIONS.contains(tree.lemma(object));
    return args.isPassive(verb) || (tree.relation(verb).startsWith("acl") && tree.token(verb).pos().equals("VBN"));
  }

  /**
   * "was arrested in Rwanda", "have been released from captivity in Libya": a passive act of
   * coercion or release with no "by" phrase is the act of the place's authorities; "a rocket was fired at
   * Israel from Gaza": a passive act of force is the act of the place it came from.
   */
  private static List<ActorMention> placeAsAgent(DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int verb, VerbPattern pattern) {
    String root = pattern.code().substring(0, 2);
    if (!args.isPassive(verb) || !args.byPhrase(verb).isEmpty()) return List.of();
    LocativePlace places = new LocativePlace(tree, actors);
    Optional<ActorMention> place = LocativePlace.PLACE_AGENT_ROOTS.contains(root) ? places.ofPassive(verb)
        : LocativePlace.PLACE_ORIGIN_ROOTS.contains(root) ? places.origin(verb) : Optional.empty();
    return place.map(List::of).orElse(List.of());
  }

  /**
   * The agents of a verb; for a stated intent reported as "they will" or "we will" ("Obama and Putin
   * said they will attack Iraq"), all the speakers: the pronoun stands for the joint subject; so does
   * a pronoun the actor coder left unresolved.
   */
  private static List<ActorMention> speakersOfTheirIntent(DependencyTree tree, ActorIndex actors,
      ClauseArguments args, int verb, String text) {
    List<ActorMention> own = actorsOf(actors, args.agents(verb), text);
    Modality modality = ModeClassifier.modality(tree, verb);
    if (!modality.reported() || !ModeClassifier.speakerPronoun(tree, modality.reportedSubject())) return own;
    List<ActorMention> speakers = actorsOf(actors, args.agents(modality.speech()), text).stream()
        .filter(SentenceEvents::actorLike).toList();
    // joint speakers are coordinated ("Obama and Putin"), not the parts of one name ("Syrian opposition members")
    boolean plural = Set.of("they", "we").contains(tree.token(modality.reportedSubject()).lower())
        && args.agents(modality.speech()).stream().anyMatch(a -> !tree.children(a, "conj").isEmpty());
    // a pronoun left unresolved ("announced it would") stands for the speaker too
    return (plural && speakers.size() > 1) || (own.isEmpty() && !speakers.isEmpty()) ? speakers : own;
  }

  /**
   * "Rabinovich, who as Israel's ambassador conducted negotiations with Syria": one agent no lexicon codes
   * acts in the coded role its verb's "as" phrase names.
   */
  private static List<ActorMention> inRole(DependencyTree tree, ActorIndex actors, ClauseArguments args, int verb,
      List<ActorMention> agents) {
    if (agents.size() != 1 || agents.get(0).actor().code().isPresent()) return agents;
    int role = args.prepositional(verb, "as");
    // the capacity is an office told before the act ("who as Israel's ambassador conducted talks"); an "as"
    // phrase after it names what the act calls something ("ridiculed the claim as Stockholm syndrome")
    if (role < 0 || role > verb || !tree.token(role).pos().startsWith("NN") || tree.token(role).isProperNoun()) {
      return agents;
    }
    List<ActorMention> coded = actors.of(role).stream().filter(m -> m.actor().code().isPresent()).toList();
    return coded.size() == 1 ? coded : agents;
  }

  /**
   * The verb's object; with none, the subject of a past form the parser read as its complement
   * ("issued warrants for two men sought in the killing") when a pattern of the verb names it.
   */
  private static int objectOrMisreadClauseSubject(DependencyTree tree, ClauseArguments args, int verb,
      List<VerbPattern> patterns) {
    int object = args.object(verb);
    if (object >= 0) return object;
    int misread = args.pastFormClauseSubject(verb);
    boolean named = misread >= 0 && patterns.stream()
        .anyMatch(p -> !p.objects().isEmpty() && FrameMatcher.objectMatches(tree, misread, p.objects()));
    return named ? misread : -1;
  }

  /** "received weapons from the government": the from-phrase gives, the subject receives ({@code target=from>}). */
  private static boolean isReversed(VerbPattern pattern) {
    return pattern.targets().size() == 1 && pattern.targets().get(0).endsWith(">");
  }

  private static List<ActorMention> reversedSource(DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int verb, int object, VerbPattern pattern, String text) {
    String prep = pattern.targets().get(0).substring(0, pattern.targets().get(0).length() - 1);
    int giver = args.prepositional(verb, prep);
    if (giver < 0 && object >= 0) giver = args.prepositional(object, prep);
    return giver < 0 ? List.of() : actors.ofOrPhrase(giver, text);
  }

  /** "launched an investigation into X", "carried out attacks on Y": the object noun names the event. */
  private boolean codeLightVerb(Document doc, DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int verb, int object, SentenceEvents events) {
    Optional<String> particle = verbs.lightVerbParticle(tree.lemma(verb));
    if (particle.isEmpty() || (!particle.get().isEmpty() && !args.hasParticle(verb, particle.get()))) return false;
    object = PatternReadings.seriesMember(tree, object); // "began a new round of joint exercises": the exercises
    List<VerbPattern> nouns = readings.compoundNoun(tree, object); // "began a hunger strike" is no strike
    if (nouns.isEmpty()) nouns = verbs.forNoun(tree.lemma(object));
    for (int c : tree.children(object, "compound")) { // "launched a mediation effort"
      if (nouns.isEmpty()) nouns = verbs.forNoun(tree.lemma(c) + "-" + tree.lemma(object)); // "war games"
      if (nouns.isEmpty()) nouns = verbs.forNoun(tree.lemma(c));
      // a hyphenated noun the tokenizer split: "announced a cease - fire"
      if (nouns.isEmpty() && c + 2 == object && tree.token(c + 1).text().equals("-")) {
        nouns = verbs.forNoun(tree.lemma(c) + tree.lemma(object));
        if (nouns.isEmpty()) nouns = verbs.forNoun(tree.lemma(c) + "-" + tree.lemma(object));
      }
    }
    if (nouns.isEmpty()) return false;
    VerbPattern pattern = PatternReadings.labourStrike(tree, verb, object, PatternReadings.jointExercise(tree, object, VerbalAttack.byModifier(tree, object, nouns.get(0))));
    List<ActorMention> sources = inRole(tree, actors, args, verb, actorsOf(actors, args.agents(verb), doc.text()));
    if (sources.isEmpty()) return false;
    pattern = PatternReadings.peacekeeping(tree, verb, object, PatternReadings.jointlyHeld(tree, object, pattern, sources));
    List<ActorMention> targets = new TargetFinder(tree, actors, args).ofEventNoun(verb, object, pattern, doc.text());
    VerbPattern named = new VerbPattern(pattern.code(), pattern.lemma(), "", java.util.Set.of(), java.util.Set.of(),
        pattern.targets(), true, tree.lemma(verb) + "+obj:" + pattern.name(), pattern.line());
    int before = events.size();
    if (sources.size() > 1 && SentenceEvents.noCodedActor(targets) && pattern.targets().contains("with")) {
      events.emitAmong(verb, named, sources, ModeClassifier.modality(tree, verb));
    } else {
      events.emit(verb, object, named, sources, targets, ModeClassifier.modality(tree, verb));
    }
    events.speakerOnReportedForce(verb, before);
    return true;
  }

  private static List<ActorMention> actorsOf(ActorIndex actors, List<Integer> tokens, String text) {
    List<ActorMention> out = new ArrayList<>();
    for (int t : tokens) out.addAll(actors.ofOrPhrase(t, text));
    return out;
  }

}
