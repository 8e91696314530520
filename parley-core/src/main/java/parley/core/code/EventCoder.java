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
  private static final Set<String> RECIPROCAL = Set.of("agree", "sign", "meet", "talk", "negotiate", "clash",
      "fight", "discuss", "cooperate", "trade", "hold", "reach", "conclude", "exchange", "share", "ally",
      "consult", "confer");
  /** "The army and the rebels observed a ceasefire": a truce held by joint subjects is held between them. */
  private static final String TRUCE = "0871";
  private final VerbLexicon verbs;
  private final CameoTable cameo;

  public EventCoder(VerbLexicon verbs, CameoTable cameo) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.cameo = Objects.requireNonNull(cameo, "cameo");
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
      DependencyTree tree = new DependencyTree(sentence);
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
          codeNoun(tree, actors, arguments, t, coded);
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
  private static boolean refines(String code, String than) {
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
        .anyMatch(p -> !p.objects().isEmpty() && matches(tree, args, verb, object, p));
    if (!objectPatternMatches && object >= 0
        && codeLightVerb(doc, tree, actors, args, verb, object, events)) {
      // "expressed its rejection and condemnation of the plan": each event noun the verb takes is an act
      for (int c : tree.children(object, "conj")) {
        if (tree.token(c).isNoun()) codeLightVerb(doc, tree, actors, args, verb, c, events);
      }
      return;
    }
    List<ActorMention> sources = null;
    for (VerbPattern matched : patterns) {
      if (!matches(tree, args, verb, object, matched)) continue;
      if (matched.noEvent()) return; // "met the needs of refugees": the most specific frame says no event
      if (NoEventFrames.victimInCapitals(doc.text(), tree, args, verb, matched)) return; // "POLICE KILLED IN ..."
      VerbPattern pattern = kindOfAttack(tree, object, jointExercise(tree, object, verbalAttack(tree, object, matched)));
      if (sources == null) sources = inRole(tree, actors, args, verb, speakersOfTheirIntent(tree, actors, args, verb, doc.text()));
      List<ActorMention> agents = sources.isEmpty() ? placeAsAgent(tree, actors, args, verb, pattern) : sources;
      int attack = agents.isEmpty() ? attackOf(tree, args, verb, pattern) : -1;
      if (attack >= 0) {
        agents = attackAgents(actors, args, attack);
        // the harm is coded as the attack that caused it: shelling is military force, an air strike 195
        pattern = pattern.withCode(attackCode(tree, attack), pattern.name() + "+in:" + tree.lemma(attack));
      }
      int weapon = attackSubject(tree, args, verb, pattern, agents);
      if (weapon >= 0) {
        // "a Taliban-claimed car bomb struck a bus", "regime air strikes hit the enclave": the attack's author acts
        agents = attackers(tree, actors, args, weapon);
        String kind = attackCodeOf(tree, weapon);
        if (!kind.isEmpty() && !kind.equals("190")) pattern = pattern.withCode(kind, pattern.name() + "+by:" + tree.lemma(weapon));
      }
      if (agents.isEmpty()) continue;
      pattern = peacekeeping(tree, verb, object, jointlyHeld(tree, object, pattern, agents));
      if (isReversed(pattern)) {
        List<ActorMention> givers = reversedSource(tree, actors, args, verb, object, pattern, doc.text());
        if (givers.isEmpty()) continue;
        events.emit(verb, object, pattern, givers, agents, ModeClassifier.modality(tree, verb));
        return;
      }
      List<ActorMention> targets = new TargetFinder(tree, actors, args).targets(verb, object, pattern, doc.text());
      boolean mutual = RECIPROCAL.contains(tree.lemma(verb));
      boolean directTarget = object >= 0 || args.prepositional(verb, "with") >= 0;
      if (agents.size() > 1 && (SentenceEvents.noCodedActor(targets) || (mutual && !directTarget))
          && (mutual || (COOPERATIVE_ROOTS.contains(pattern.code().substring(0, 2))
                  && !endorsesOwnObject(tree, args, verb, object, pattern))
              || (pattern.code().startsWith(TRUCE) && !oneState(agents)))) {
        events.emitAmong(verb, pattern, agents, ModeClassifier.modality(tree, verb));
        return;
      }
      if (targets.isEmpty()) continue;
      int before = events.size();
      events.emit(verb, object, pattern, agents, targets, ModeClassifier.modality(tree, verb));
      events.speakerOnReportedForce(verb, before);
      return;
    }
  }

  /** "police and troops stopped the attacks": organs of one state hold no truce between themselves. */
  private static boolean oneState(List<ActorMention> agents) {
    String first = agents.get(0).actor().code().orElse("");
    return agents.stream().allMatch(a -> SentenceEvents.sameState(first, a.actor().code().orElse("")));
  }

  /** Objects naming the bond between the subjects themselves: "Japan and India deepen their partnership". */
  private static final Set<String> RELATIONS = Set.of("partnership", "tie", "relation", "relationship", "cooperation",
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
   * coercion or release with no "by" phrase is the act of the place's authorities.
   */
  private static List<ActorMention> placeAsAgent(DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int verb, VerbPattern pattern) {
    if (!args.isPassive(verb) || !args.byPhrase(verb).isEmpty()
        || !LocativePlace.PLACE_AGENT_ROOTS.contains(pattern.code().substring(0, 2))) {
      return List.of();
    }
    return new LocativePlace(tree, actors).ofPassive(verb).map(List::of).orElse(List.of());
  }

  /** Nouns of armed attack besides the lexicon's event nouns: "killed in Israeli shelling". */
  private static final Set<String> ATTACK_WORDS = Set.of("shelling", "bombardment", "airstrike", "raid", "bombing",
      "shooting", "fire", "offensive", "crossfire", "gunfire", "strike", "attack", "assault", "ambush");

  /**
   * "were killed in Israeli shelling", "were wounded in an air strike by government forces": a passive
   * act of force with no "by" phrase of its own is done by the agent of the attack it happened in.
   * Returns the attack's token, or -1.
   */
  private int attackOf(DependencyTree tree, ClauseArguments args, int verb, VerbPattern pattern) {
    if (!args.isPassive(verb) || !args.byPhrase(verb).isEmpty()
        || Integer.parseInt(pattern.code().substring(0, 2)) < 18) {
      return -1;
    }
    for (int c : tree.children(verb)) {
      if (!tree.relation(c).startsWith("obl") || !tree.caseOf(c).equals("in")) continue;
      if (!attackCodeOf(tree, c).isEmpty()) return c;
    }
    return -1;
  }

  /** Weapons whose blow is their user's act: "a car bomb struck a bus", "missiles hit the depot". */
  private static final Set<String> WEAPONS = Set.of("bomb", "missile", "rocket", "shell", "mortar", "drone",
      "grenade", "explosive", "projectile", "bomber");

  /**
   * The subject of an act of force (roots 18-20) that is an attack or a weapon, not an actor ("a car
   * bomb killed", "air strikes and artillery fire hit"), or -1.
   */
  private int attackSubject(DependencyTree tree, ClauseArguments args, int verb, VerbPattern pattern,
      List<ActorMention> agents) {
    if (Integer.parseInt(pattern.code().substring(0, 2)) < 18 || args.isPassive(verb)
        || agents.stream().anyMatch(SentenceEvents::actorLike)) {
      return -1;
    }
    for (int s : args.agents(verb)) {
      if (WEAPONS.contains(tree.lemma(s)) || !attackCodeOf(tree, s).isEmpty()) return s;
    }
    return -1;
  }

  /** Participles naming who carried out an attack: "a Saudi-led strike", "a Taliban-claimed bombing". */
  private static final Set<String> AUTHORING = Set.of("lead", "claim", "launch", "conduct", "order", "carry");

  /**
   * The coded authors of an attack or weapon: its "by" phrase ("missiles fired by the army"), its
   * owner or national modifier ("Syrian regime air strikes"), or the actor of an authoring participle
   * ("Saudi-led", "Taliban-claimed"), also for the attacks coordinated with it.
   */
  private static List<ActorMention> attackers(DependencyTree tree, ActorIndex actors, ClauseArguments args, int attack) {
    List<ActorMention> found = new ArrayList<>(attackAgents(actors, args, attack));
    for (int c : tree.children(attack)) {
      if (tree.relation(c).startsWith("acl") && tree.token(c).pos().equals("VBN")) {
        for (int by : args.byPhrase(c)) found.addAll(actors.of(by));
      }
    }
    for (int t : authoringModifiers(tree, attack)) found.addAll(actors.of(t));
    int head = tree.head(attack);
    if (head >= 0 && tree.relation(attack).equals("nsubj") && tree.token(head).pos().equals("VBN")) {
      for (int by : args.byPhrase(head)) found.addAll(actors.of(by)); // "missiles fired by X struck", misparsed
    }
    found.removeIf(m -> m.actor().code().isEmpty());
    return found.stream().distinct().toList();
  }

  /** The words an authoring participle on {@code noun} names ("Saudi" in "a Saudi-led strike"). */
  private static List<Integer> authoringModifiers(DependencyTree tree, int noun) {
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(noun)) {
      String rel = tree.relation(c);
      if (!(rel.equals("amod") || rel.equals("dep")) || !AUTHORING.contains(tree.lemma(c))
          || !tree.token(c).pos().equals("VBN")) {
        continue;
      }
      for (int g : tree.children(c)) {
        String r = tree.relation(g);
        if (g < c && (r.startsWith("obl") || r.equals("dep") || r.equals("compound") || r.equals("amod") || r.startsWith("nmod"))) {
          out.add(g);
        }
      }
    }
    return out;
  }

  private static List<ActorMention> attackAgents(ActorIndex actors, ClauseArguments args, int attack) {
    List<ActorMention> found = new ArrayList<>();
    for (int by : args.byPhrase(attack)) found.addAll(actors.of(by));
    if (found.isEmpty()) found.addAll(actors.owners(attack));
    found.removeIf(m -> m.actor().code().isEmpty());
    return found;
  }

  /** The attack's own code: the lexicon's event noun (an air strike 195), else military force (190). */
  private String attackCode(DependencyTree tree, int attack) {
    String code = attackCodeOf(tree, attack);
    return code.isEmpty() ? "190" : code;
  }

  /** The code of the attack word heading or modifying {@code t} ("tank shelling"): "190" for a plain one, "" if none. */
  private String attackCodeOf(DependencyTree tree, int t) {
    List<Integer> words = new ArrayList<>(); // the modifiers first: "air strike" is an air strike before a strike
    for (int m : tree.children(t)) {
      String rel = tree.relation(m);
      if (rel.equals("amod") || rel.equals("compound")) words.add(m);
    }
    words.add(t);
    for (int w : words) {
      List<VerbPattern> nouns = new ArrayList<>(verbs.forNoun(tree.lemma(w)));
      if (tree.relation(w).equals("compound")) nouns.addAll(0, verbs.forNoun(tree.lemma(w) + "-" + tree.lemma(t)));
      for (VerbPattern p : nouns) {
        if (Integer.parseInt(p.code().substring(0, 2)) >= 18) return p.code();
      }
    }
    for (int w : words) {
      if (ATTACK_WORDS.contains(tree.token(w).lower()) || ATTACK_WORDS.contains(tree.lemma(w))) return "190";
    }
    return "";
  }

  /** Words that make an "attack" one of words: "launched a scathing attack on the spy chiefs". */
  private static final Set<String> VERBAL = Set.of("scathing", "verbal", "blistering", "stinging", "withering",
      "vitriolic", "rhetorical", "personal", "thinly-veiled", "veiled");

  /** A force pattern whose object a verbal modifier qualifies is criticism (111), as the codebook has it. */
  private static VerbPattern verbalAttack(DependencyTree tree, int object, VerbPattern pattern) {
    int root = Integer.parseInt(pattern.code().substring(0, 2));
    if (object < 0 || root < 17) return pattern;
    for (int c : tree.children(object, "amod")) {
      if (VERBAL.contains(tree.lemma(c))) {
        return pattern.withCode("111", pattern.name() + "+verbal");
      }
    }
    return pattern;
  }

  /** The lexicon's event noun a compound names ("hunger strike", "air strike"), else empty. */
  private List<VerbPattern> compoundNoun(DependencyTree tree, int object) {
    for (int c : tree.children(object, "compound")) {
      List<VerbPattern> nouns = verbs.forNoun(tree.lemma(c) + "-" + tree.lemma(object));
      if (!nouns.isEmpty()) return nouns;
    }
    return List.of();
  }

  /**
   * "launched air strikes on X": a force pattern whose object is a compound the lexicon codes as a more
   * specific kind of force (an air strike 195) takes that code.
   */
  private VerbPattern kindOfAttack(DependencyTree tree, int object, VerbPattern pattern) {
    if (object < 0 || Integer.parseInt(pattern.code().substring(0, 2)) < 18) return pattern;
    for (VerbPattern noun : compoundNoun(tree, object)) {
      if (Integer.parseInt(noun.code().substring(0, 2)) >= 18 && refines(noun.code(), pattern.code())) {
        return pattern.withCode(noun.code(), pattern.name() + "+kind:" + noun.lemma());
      }
    }
    return pattern;
  }

  /** Light verbs that take a labour strike, not an armed one: "staged a strike", "joined the strike". */
  private static final Set<String> LABOUR_STRIKE_VERBS = Set.of("stage", "hold", "join", "begin", "start", "declare");

  /**
   * "nurses staged a strike against the ministry": one strike that is staged, held, joined, begun or
   * declared is a work stoppage (143); strikes that are launched or carried out are armed (190).
   */
  private static VerbPattern labourStrike(DependencyTree tree, int verb, int object, VerbPattern pattern) {
    if (!tree.lemma(object).equals("strike") || !tree.token(object).pos().equals("NN")
        || !pattern.code().startsWith("19") || !LABOUR_STRIKE_VERBS.contains(tree.lemma(verb))) {
      return pattern;
    }
    return pattern.withCode("143", pattern.name() + "+labour");
  }

  /** Words that make a show of force a shared one: "a joint exercise", "combined patrols". */
  private static final Set<String> JOINT = Set.of("joint", "combined", "bilateral", "trilateral", "multilateral");

  /**
   * "held joint military exercises", "joint war games between X and Y": a show of force done together
   * with another armed force is military cooperation (062), not a posture against anyone.
   */
  private static VerbPattern jointExercise(DependencyTree tree, int object, VerbPattern pattern) {
    if (object < 0 || !pattern.code().startsWith("15")) return pattern;
    for (int c : tree.children(object)) {
      String rel = tree.relation(c);
      if ((rel.equals("amod") || rel.equals("compound")) && JOINT.contains(tree.token(c).lower())) {
        // the partners are the other side ("with"), never the place or the neighbour it is held near
        return new VerbPattern("062", pattern.lemma(), pattern.particle(), pattern.objects(), pattern.complements(),
            List.of("with", "between"), pattern.nominal(), pattern.name() + "+joint", pattern.line());
      }
    }
    return pattern;
  }

  /** Nouns of a military exercise. */
  private static final Set<String> EXERCISES = Set.of("exercise", "drill", "game", "war-game", "maneuver",
      "manoeuvre", "wargame");

  /**
   * "Brazil and Argentina held war games", "the drill was staged by U.S. marines and Jordanian forces":
   * an exercise held by two or more forces together is one they hold with each other (062), whether or
   * not the text calls it joint, unless it is pointed at someone ("launched war games near Iran" stays 150).
   */
  private static VerbPattern jointlyHeld(DependencyTree tree, int object, VerbPattern pattern, List<ActorMention> agents) {
    if (object < 0 || !pattern.code().startsWith("15") || !EXERCISES.contains(tree.lemma(object))) return pattern;
    long sides = agents.stream().map(m -> m.actor().code().orElse(m.actor().text())).distinct().count();
    if (sides < 2 || aimedAtSomeone(tree, object)) return pattern;
    return new VerbPattern("062", pattern.lemma(), pattern.particle(), pattern.objects(), pattern.complements(),
        List.of("with", "between"), pattern.nominal(), pattern.name() + "+jointly", pattern.line());
  }

  /** Prepositions that point a show of force at someone: "war games near Iran". */
  private static final Set<String> POINTED = Set.of("near", "off", "along", "against", "toward", "towards");

  /** Whether the exercise (or the verb holding it) is pointed at someone: "launched war games near Iran". */
  private static boolean aimedAtSomeone(DependencyTree tree, int object) {
    List<Integer> heads = new ArrayList<>(List.of(object));
    if (tree.head(object) >= 0) heads.add(tree.head(object));
    for (int head : heads) {
      for (int c : tree.children(head)) {
        if (POINTED.contains(tree.caseOf(c))) return true;
      }
    }
    return false;
  }

  /** Codes of moving forces or people somewhere: travel (042, 043), deployment (154), sending troops (070). */
  private static final Set<String> MOVES = Set.of("042", "043", "154", "070");
  /** Relations of a clause of its own, whose words say nothing of this act's forces. */
  private static final Set<String> OWN_CLAUSES = Set.of("ccomp", "advcl", "xcomp", "parataxis", "acl:relcl", "conj");

  /**
   * "peacekeepers arrived in Juba", "announced the deployment of 230 troops to Liberia on a peacekeeping
   * mission": forces sent or arriving to keep the peace are military protection (074), aid to the
   * place, not a show of force or a visit.
   */
  private static VerbPattern peacekeeping(DependencyTree tree, int verb, int object, VerbPattern pattern) {
    if (!MOVES.contains(pattern.code())) return pattern;
    // a visit to peacekeepers ("visited peacekeeping troops") is still a visit: travel looks at who travels
    boolean travel = pattern.code().startsWith("04");
    List<Integer> heads = new ArrayList<>();
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (OWN_CLAUSES.contains(rel) || (travel && (rel.equals("obj") || rel.equals("iobj") || c == object))) continue;
      heads.add(c);
    }
    if (object >= 0 && !travel && !heads.contains(object)) heads.add(object);
    for (int head : heads) {
      for (int t : tree.subtree(head)) {
        if (tree.lemma(t).startsWith("peacekeep") && !insideClause(tree, head, t)) {
          return pattern.withCode("074", pattern.name() + "+peacekeeping");
        }
      }
    }
    return pattern;
  }

  private static boolean insideClause(DependencyTree tree, int head, int token) {
    for (int t = token; t != head && t >= 0; t = tree.head(t)) {
      if (OWN_CLAUSES.contains(tree.relation(t)) || tree.relation(t).startsWith("acl")) return true;
    }
    return false;
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
        .anyMatch(p -> !p.objects().isEmpty() && objectMatches(tree, misread, p.objects()));
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

  private static boolean matches(DependencyTree tree, ClauseArguments args, int verb, int object, VerbPattern pattern) {
    if (!pattern.particle().isEmpty() && !args.hasParticle(verb, pattern.particle())) return false;
    if (!pattern.objects().isEmpty() && (object < 0 || !objectMatches(tree, object, pattern.objects()))) return false;
    if (!pattern.complements().isEmpty() && !args.complementHas(verb, pattern.complements())) return false;
    return pattern.noEvent() || !NoEventFrames.excludes(tree, args, verb, pattern);
  }

  /** "launched an investigation into X", "carried out attacks on Y": the object noun names the event. */
  private boolean codeLightVerb(Document doc, DependencyTree tree, ActorIndex actors, ClauseArguments args,
      int verb, int object, SentenceEvents events) {
    Optional<String> particle = verbs.lightVerbParticle(tree.lemma(verb));
    if (particle.isEmpty() || (!particle.get().isEmpty() && !args.hasParticle(verb, particle.get()))) return false;
    object = seriesMember(tree, object); // "began a new round of joint exercises": the exercises
    List<VerbPattern> nouns = compoundNoun(tree, object); // "began a hunger strike" is no strike
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
    VerbPattern pattern = labourStrike(tree, verb, object, jointExercise(tree, object, nouns.get(0)));
    List<ActorMention> sources = inRole(tree, actors, args, verb, actorsOf(actors, args.agents(verb), doc.text()));
    if (sources.isEmpty()) return false;
    pattern = peacekeeping(tree, verb, object, jointlyHeld(tree, object, pattern, sources));
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

  /** Nouns of one instalment of a series of acts: "a new round of talks", "a wave of air strikes". */
  private static final Set<String> SERIES = Set.of("round", "series", "wave", "spate", "string");

  /** The act a series noun counts ("a round of exercises": the exercises), else the noun itself. */
  private static int seriesMember(DependencyTree tree, int object) {
    if (!SERIES.contains(tree.lemma(object))) return object;
    for (int c : tree.children(object)) {
      if (tree.relation(c).startsWith("nmod") && tree.caseOf(c).equals("of") && tree.token(c).isNoun()) return c;
    }
    return object;
  }

  /** "the attack on X by Y", "Japan's sanctions against Korea". */
  private void codeNoun(DependencyTree tree, ActorIndex actors, ClauseArguments args, int noun,
      SentenceEvents events) {
    List<VerbPattern> patterns = verbs.forNoun(tree.lemma(noun));
    if (patterns.isEmpty()) return;
    int governor = tree.head(noun);
    if (governor >= 0 && tree.relation(noun).equals("obj") && verbs.hasVerb(tree.lemma(governor))) return;
    VerbPattern pattern = jointExercise(tree, noun, patterns.get(0));
    List<Integer> agentTokens = new ArrayList<>(args.byPhrase(noun));
    for (int c : tree.children(noun)) {
      String rel = tree.relation(c);
      if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) agentTokens.add(c);
    }
    if (Integer.parseInt(pattern.code().substring(0, 2)) >= 18) agentTokens.addAll(authoringModifiers(tree, noun));
    List<ActorMention> sources = new ArrayList<>();
    for (int t : agentTokens) sources.addAll(actors.of(t));
    if (AGENT_NOUNS.contains(tree.lemma(noun))) {
      sources.removeIf(m -> m.head() == noun); // "the largest donor" is an uncoded actor of its own, not its doer
      if (sources.isEmpty()) sources.addAll(actors.of(namedDoer(tree, noun)));
    }
    int predicate = governor >= 0 ? governor : tree.firstChild(noun, "cop") >= 0 ? noun : -1; // "will be the donor"
    Modality mode = predicate >= 0 ? new Modality(ModeClassifier.of(tree, predicate), false) : Modality.ASSERTED;
    if (sources.isEmpty()) {
      // "talks between Israel and Syria", "clashes between the army and rebels": both sides act.
      List<ActorMention> sides = pattern.targets().contains("between")
          ? actors.of(args.prepositional(noun, "between")) : List.of();
      if (sides.size() > 1) events.emitBetween(noun, pattern, sides, mode);
      return;
    }
    List<ActorMention> targets = new ArrayList<>();
    for (String slot : pattern.targets()) {
      int t = args.prepositional(noun, slot);
      if (t >= 0) targets.addAll(actors.of(t));
      if (targets.isEmpty() && AGENT_NOUNS.contains(tree.lemma(noun))) {
        // "the largest donor of food aid to Yemen": the slot may hang on what the doer gives
        for (int c : tree.children(noun)) {
          if (tree.relation(c).startsWith("nmod") && tree.caseOf(c).equals("of")) targets.addAll(actors.of(args.prepositional(c, slot)));
        }
      }
      if (!targets.isEmpty()) break;
    }
    if (targets.isEmpty() && AGENT_NOUNS.contains(tree.lemma(noun))
        && LocativePlace.PLACE_TARGET_ROOTS.contains(pattern.code().substring(0, 2))) {
      new LocativePlace(tree, actors).inPhrase(noun).ifPresent(targets::add);
    }
    int before = events.size();
    events.emit(noun, -1, pattern, sources, targets, mode);
    // "X said eight people were killed in an air strike by Y": the reported act named by a noun accuses Y too
    if (governor >= 0) events.speakerOnReportedForce(governor, before);
  }

  /** Nouns that name the doer of their event: its subject ("Japan is the largest donor") is the source. */
  private static final Set<String> AGENT_NOUNS = Set.of("donor", "contributor", "funder", "supplier", "provider");

  /**
   * The actor a doer noun is said of: the subject of "X is the largest donor to Y", the name an apposition
   * describes ("Japan, the largest donor to Y,"), or -1.
   */
  private static int namedDoer(DependencyTree tree, int noun) {
    if (tree.firstChild(noun, "cop") >= 0) return tree.firstChild(noun, "nsubj");
    if (tree.relation(noun).equals("appos")) return tree.head(noun);
    return -1;
  }

  private static final String ANY_OBJECT = "*";
  private static final Set<String> QUANTIFIERS = Set.of("some", "all", "many", "most", "part", "rest", "number",
      "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores", "several", "none", "both",
      "each", "one", "two", "three", "four", "five", "million", "millions", "group", "batch", "lot", "%", "percent",
      "half", "bulk", "majority", "share");

  /** Heads whose "of" phrase names the thing: "10 tons of medicine", "a shipment of arms", "the state of emergency". */
  private static final Set<String> MEASURES = Set.of("ton", "tonne", "shipment", "consignment", "truckload",
      "planeload", "load", "cargo", "dose", "box", "crate", "package", "state", "worth");
  /** Heads a modifier names a kind of, not a domain of the act: "war games" and "war crimes" are no war. */
  private static final Set<String> NOT_ACTS = Set.of("game", "crime", "criminal", "zone", "veteran", "memorial",
      "chest", "correspondent", "museum", "cabinet", "footing", "room");

  private static boolean objectMatches(DependencyTree tree, int object, Set<String> lemmas) {
    if (lemmas.contains(tree.lemma(object)) || lemmas.contains(ANY_OBJECT)) return true;
    if (QUANTIFIERS.contains(tree.lemma(object)) || MEASURES.contains(tree.lemma(object))
        || tree.token(object).pos().equals("CD")) {
      for (int c : tree.children(object)) {
        if (tree.relation(c).startsWith("nmod") && tree.caseOf(c).equals("of") && lemmas.contains(tree.lemma(c))) {
          return true;
        }
      }
    }
    for (int c : tree.children(object, "conj")) {
      if (lemmas.contains(tree.lemma(c))) return true;
    }
    int content = enactedObject(tree, object);
    if (content >= 0 && lemmas.contains(tree.lemma(content))) return true;
    for (int c : tree.children(object, "compound")) { // "aid deliveries", "mediation efforts"
      if (lemmas.contains(tree.lemma(c) + "-" + tree.lemma(object))) return true;
      if (lemmas.contains(tree.lemma(c)) && !NOT_ACTS.contains(tree.lemma(object))) return true;
      // a hyphenated word the tokenizer split: "cease - fire"
      if (c + 2 == object && tree.token(c + 1).text().equals("-")
          && (lemmas.contains(tree.lemma(c) + tree.lemma(object)) || lemmas.contains(tree.lemma(c) + "-" + tree.lemma(object)))) {
        return true;
      }
    }
    return false;
  }

  /** Texts that do what they say once adopted: "a resolution that would impose an arms embargo". */
  private static final Set<String> ENACTING_TEXTS = Set.of("resolution", "bill", "draft", "motion", "measure",
      "proposal", "amendment", "legislation", "law", "decree");

  /**
   * The object of the clause that says what an enacting text does ("proposed a resolution that would
   * impose an embargo": the embargo), so that proposing or adopting it is proposing or adopting that; -1 if none.
   */
  static int enactedObject(DependencyTree tree, int text) {
    if (!ENACTING_TEXTS.contains(tree.lemma(text))) return -1;
    List<Integer> clauses = new ArrayList<>(tree.children(text, "acl:relcl"));
    int governor = tree.head(text);
    if (governor >= 0 && tree.relation(text).equals("obj")) {
      // "proposed a resolution, still under discussion, that would impose": the clause misread as parataxis
      for (int c : tree.children(governor, "parataxis")) if (c > text) clauses.add(c);
    }
    for (int c : clauses) {
      if (tree.token(c).isVerb()) {
        int subject = tree.firstChild(c, "nsubj");
        int object = tree.firstChild(c, "obj");
        if (subject >= 0 && RELATIVE_SUBJECTS.contains(tree.token(subject).lower()) && object >= 0) return object;
      }
    }
    return -1;
  }

  private static final Set<String> RELATIVE_SUBJECTS = Set.of("that", "which");

  private static List<ActorMention> actorsOf(ActorIndex actors, List<Integer> tokens, String text) {
    List<ActorMention> out = new ArrayList<>();
    for (int t : tokens) out.addAll(actors.ofOrPhrase(t, text));
    return out;
  }

}
