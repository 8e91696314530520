package parley.core.code;

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
  private static final Set<String> SPEECH = Set.of("say", "claim", "allege", "charge", "state", "tell", "insist",
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
  private static final Set<String> OBLIGATION = Set.of("must", "should");
  /** Diplomatic and material cooperation (05, 06): what actors seek to deepen, expand or engage in. */
  private static final Set<String> COOPERATION_ROOTS = Set.of("05", "06");
  /** Verbs by which the subject states its aim: "seeks to", "aims to", "strives to", "hopes to", "looks to". */
  private static final Set<String> AIMING = Set.of("seek", "aim", "strive", "endeavour", "endeavor", "hope", "look",
      "wish");
  /** Fields of economic cooperation ("a partnership in energy", "trade ties", "economic cooperation"). */
  private static final Set<String> ECONOMIC_FIELDS = Set.of("economic", "economy", "trade", "energy", "investment",
      "business", "commercial", "commerce", "financial", "finance", "oil", "gas", "industrial", "industry",
      "agricultural", "agriculture", "biofuel", "nuclear-energy", "banking", "market");
  /** 0311: express intent to cooperate economically. */
  private static final String INTENT_ECONOMIC = "0311";
  private static final Set<String> WISHES = Set.of("want", "wish");
  private static final Set<String> BLAME = Set.of("responsible", "guilty", "culpable", "liable", "accountable");
  private final Document doc;
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;
  private final CameoTable cameo;
  private final VerbLexicon verbs;
  private final EventDate published;
  private final List<Event> out;

  SentenceEvents(Document doc, DependencyTree tree, ActorIndex actors, ClauseArguments args, CameoTable cameo,
      VerbLexicon verbs, EventDate published, List<Event> out) {
    this.doc = doc;
    this.tree = tree;
    this.actors = actors;
    this.args = args;
    this.cameo = cameo;
    this.verbs = verbs;
    this.published = published;
    this.out = out;
  }

  int size() {
    return out.size();
  }

  void emit(int predicate, int object, VerbPattern pattern,
      List<ActorMention> sources, List<ActorMention> targets, Modality modality) {
    Optional<EventType> type = cameo.type(pattern.code());
    if (type.isEmpty()) return;
    Optional<EventType> verbal = Optional.empty();
    String verbalRule = "";
    String actRule = pattern.name();
    if (modality.mode() == Mode.HYPOTHETICAL && DecidedActs.effected(type.get())
        && ModeClassifier.decided(tree, predicate)) {
      // "Japan has decided to lift the sanctions": the decision of the one who lifts them is the act
      modality = Modality.ASSERTED;
      actRule = pattern.name() + "+decided";
    }
    if (modality.statedIntent() && modality.mode() == Mode.HYPOTHETICAL) {
      verbal = IntentCodes.intentTo(pattern.code()).flatMap(cameo::type);
      // "agreed to offer aid": the offer is itself an intent (03x), stated when its governor states one
      if (verbal.isEmpty() && type.get().root().equals("03")) verbal = type;
      verbalRule = "+stated-intent";
      if (type.get().root().equals("04") && plannedOnly(predicate)) {
        // "planned to travel to Sarajevo": an itinerary, not a commitment to meet (036 needs one, see scheduled)
        verbal = Optional.empty();
      } else if (verbal.isPresent() && verbal.get().root().equals("03") && threatened(predicate)) {
        // "threatened to withdraw from the ceasefire": a threat, if not of force
        verbal = cameo.type(THREAT_WITHOUT_FORCE);
        verbalRule = "+threatened";
      }
    } else if (modality.statedIntent() && modality.mode() == Mode.NEGATED) {
      verbal = IntentCodes.refusalOf(pattern.code()).flatMap(cameo::type);
      verbalRule = "+stated-refusal";
    } else if (modality.mode() == Mode.NEGATED && NEGOTIATED_ROOTS.contains(type.get().root())
        && ModeClassifier.failed(tree, predicate)) {
      // The codebook's rejections (12x): parties that failed to agree or meet turned each other down.
      verbal = IntentCodes.refusalOf(pattern.code()).flatMap(cameo::type);
      verbalRule = "+failed";
    } else if (modality.mode() == Mode.HYPOTHETICAL && COOPERATION_ROOTS.contains(type.get().root())
        && soughtBySubject(predicate)) {
      // "are seeking to deepen a partnership in energy": an aim to cooperate is an expressed intent to
      verbal = (economicField(predicate, object) ? cameo.type(INTENT_ECONOMIC)
          : IntentCodes.intentTo(pattern.code()).flatMap(cameo::type));
      verbalRule = "+sought";
    } else if (modality.mode() == Mode.HYPOTHETICAL && type.get().root().equals("04")
        && ModeClassifier.scheduled(tree, predicate)) {
      verbal = cameo.type(INTENT_TO_MEET);
      verbalRule = "+scheduled";
    }
    for (ActorMention source : sources) {
      for (ActorMention target : targets) {
        if (!actorLike(source) && !actorLike(target)) continue;
        if (!actorLike(target) && !PHRASE_TARGET_ROOTS.contains(type.get().root())) continue;
        if (source.actor().code().isEmpty() && !actorLike(source)) continue;
        if (target.actor().code().isPresent() && target.actor().code().equals(source.actor().code())
            && !DistinctPeople.of(tree, source, target)) {
          continue;
        }
        // one noun may name two sides, each with its own words ("British and EU negotiators")
        boolean sameWords = source.sentence() == target.sentence() && source.head() == target.head();
        if (sameWords || source.actor().span().overlaps(target.actor().span())) {
          if (!coordinatedSides(source, target)) continue;
        }
        if ((ownedBySource(source, target) && !SAID_TO_OWN.contains(type.get().root()))
            || ownStance(object, source, target)) {
          continue;
        }
        Evidence evidence = Evidence.of(doc.text(), evidenceSpan(tree, predicate, object, source, target));
        int sentence = tree.sentence().index();
        EventType act = ProtestViolence.of(cameo, type.get(), tree, predicate, source);
        out.add(new Event("pending", source.actor(), Optional.of(target.actor()), act, modality.mode(),
            published, sentence, evidence, act == type.get() ? actRule : actRule + "+protest"));
        if (verbal.isPresent() && ownIntent(modality, source)) {
          out.add(new Event("pending", source.actor(), Optional.of(target.actor()), verbal.get(), Mode.ASSERTED,
              published, sentence, evidence, pattern.name() + verbalRule));
        }
      }
    }
  }

  /** Plans and wishes: "planned to travel", "wants to visit", "intends to meet". */
  private static final Set<String> PLANS = Set.of("plan", "want", "intend", "wish");

  /** The act is only planned or wished for by its agent ("planned to travel to Sarajevo"). */
  private boolean plannedOnly(int predicate) {
    int governor = tree.head(predicate);
    return governor >= 0 && tree.relation(predicate).equals("xcomp") && PLANS.contains(tree.lemma(governor));
  }

  /** The act is what its agent threatened to do ("threatened to withdraw", "warned it would leave"). */
  private boolean threatened(int predicate) {
    int governor = tree.head(predicate);
    String rel = tree.relation(predicate);
    return governor >= 0 && (rel.equals("xcomp") || rel.equals("ccomp"))
        && (tree.lemma(governor).equals("threaten") || tree.lemma(governor).equals("warn"));
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

  /** Roots of what one may say to one's own people: "the parties urged their refugees to boycott the vote". */
  private static final Set<String> SAID_TO_OWN = Set.of("02", "10", "11", "12");

  /**
   * "Egypt agreed to withdraw its troops": the source's own forces are not a target. A named person
   * is not owned ("released his deputy Jacob Zuma").
   */
  private boolean ownedBySource(ActorMention source, ActorMention target) {
    if (target.sentence() != tree.sentence().index() || source.actor().code().isEmpty()
        || target.actor().code().isEmpty() || DistinctPeople.isNamedPerson(target)) {
      return false;
    }
    boolean ownPronoun = tree.children(target.head(), "nmod:poss").stream()
        .anyMatch(p -> tree.token(p).pos().equals("PRP$"));
    return ownPronoun && ActorCodes.country(source.actor().code().get())
        .equals(ActorCodes.country(target.actor().code().get()));
  }

  /**
   * "Egypt's foreign ministry expressed Egypt's solidarity", "the US ambassador promised Washington's
   * support": the possessor of what the source expresses or offers is the source's own country, not
   * the one it is offered to.
   */
  private boolean ownStance(int object, ActorMention source, ActorMention target) {
    if (object < 0 || target.sentence() != tree.sentence().index() || tree.head(target.head()) != object
        || !tree.relation(target.head()).equals("nmod:poss") || !STANCES.contains(tree.lemma(object))) {
      return false;
    }
    Optional<String> own = source.actor().code().map(ActorCodes::country);
    Optional<String> owner = target.actor().code().map(ActorCodes::country);
    return own.isPresent() && own.equals(owner) && !DistinctPeople.isNamedPerson(target);
  }

  /** What one expresses, offers or conveys as one's own: "Egypt's solidarity", "Washington's support". */
  private static final Set<String> STANCES = Set.of("support", "solidarity", "backing", "sympathy", "condolence",
      "condolences", "commitment", "gratitude", "appreciation", "readiness", "willingness");

  private static boolean coordinatedSides(ActorMention source, ActorMention target) {
    if (source.how().equals("dyad") && target.how().equals("dyad")) return true; // "the two sides": one phrase, two actors
    return source.sentence() == target.sentence() && source.head() == target.head()
        && !source.actor().span().overlaps(target.actor().span());
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
      boolean armedHelp = root == 7 && reported.target().map(SentenceEvents::armedGroup).orElse(false);
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

  /**
   * "Russia says Israel must end its strikes": a statement that another actor must act is a demand
   * (10x) on that actor, that it should act an appeal (02x), as the codebook reads "must" and
   * "should"; that it should have acted ("should have stopped the killings") a criticism (111). The
   * codebook's specific code comes from what is asked, read with the lexicon's frames of "demand" and
   * "urge" ("should hold negotiations" 026). Not when the speaker is the one who must act.
   */
  void demandFromSpeech(int verb) {
    if (!SPEECH.contains(tree.lemma(verb))) return;
    List<Integer> clauses = new java.util.ArrayList<>(tree.children(verb));
    // "Norway said Sudan should hold talks" read with "said" as the clausal subject of "hold", "Sudan" its object
    boolean asSubject = tree.relation(verb).equals("csubj") && tree.head(verb) > verb;
    if (asSubject) clauses.add(tree.head(verb));
    for (int clause : clauses) {
      String rel = tree.relation(clause);
      // The parser also reads "says Israel must end" as an object and a loose clause: the object is its subject.
      boolean loose = (rel.equals("dep") || (asSubject && clause == tree.head(verb)))
          && tree.firstChild(clause, "nsubj") < 0;
      if (!rel.equals("ccomp") && !loose) continue;
      String modal = "";
      boolean perfect = false;
      for (int aux : tree.children(clause, "aux")) {
        String word = tree.token(aux).lower();
        if (OBLIGATION.contains(word)) modal = word;
        perfect |= tree.lemma(aux).equals("have");
      }
      if (modal.isEmpty()) continue;
      List<ActorMention> speakers = actors.of(firstAgent(args, verb));
      int subject = loose ? tree.firstChild(verb, "obj") : tree.firstChild(clause, "nsubj");
      if (loose && (subject < 0 || subject > clause || subject < verb)) continue;
      List<ActorMention> addressees = actors.of(subject);
      addressees = addressees.stream().filter(SentenceEvents::actorLike).toList();
      if (speakers.isEmpty() || addressees.isEmpty()) continue;
      String code;
      String rule;
      // "should have stopped", "should have been the first to help": a perfect, a copula's too
      boolean pastAct = tree.token(clause).pos().equals("VBN") || tree.children(clause, "cop").stream()
          .anyMatch(c -> tree.token(c).pos().equals("VBN"));
      if (modal.equals("should") && perfect && pastAct) {
        code = REPROACH;
        rule = "+should-have";
      } else if (modal.equals("should")) {
        code = askedFor(clause, "urge", "020");
        rule = "+should";
      } else {
        code = askedFor(clause, "demand", "100");
        rule = "+must";
      }
      VerbPattern demand = new VerbPattern(code, tree.lemma(verb), "", Set.of(), Set.of(), List.of(), false,
          tree.lemma(verb) + rule, "");
      emit(verb, -1, demand, speakers, addressees, ModeClassifier.modality(tree, verb));
    }
  }

  /** 111: criticize or denounce. */
  private static final String REPROACH = "111";

  /**
   * The most specific code the lexicon gives {@code asking} ("urge", "demand") for what the reported
   * clause asks: a frame whose complement or object words the clause holds ("should hold talks" is
   * urging talks, 026); else {@code generic}.
   */
  private String askedFor(int clause, String asking, String generic) {
    String best = null;
    for (VerbPattern p : verbs.forVerb(asking)) {
      if (p.noEvent() || !p.particle().isEmpty() || (best != null && p.code().length() <= best.length())) continue;
      Set<String> words = new java.util.HashSet<>(p.complements());
      words.addAll(p.objects());
      words.remove("*");
      if (!words.isEmpty() && clauseHolds(clause, words)) best = p.code();
    }
    return best == null ? generic : best;
  }

  /** The reported act's verb or any word of its objects, obliques, infinitives and conjuncts is one of {@code lemmas}. */
  private boolean clauseHolds(int clause, Set<String> lemmas) {
    if (lemmas.contains(tree.lemma(clause))) return true;
    for (int c : tree.children(clause)) {
      String rel = tree.relation(c);
      // what is asked, not the clauses around it ("must disarm before it can receive aid" asks for no aid)
      boolean asked = rel.equals("obj") || rel.equals("xcomp") || rel.equals("conj") || rel.startsWith("obl");
      if (!asked) continue;
      for (int t : tree.subtree(c)) {
        if (lemmas.contains(tree.lemma(t))) return true;
      }
    }
    return false;
  }

  /**
   * "Moscow wants Kyiv to withdraw its troops": wanting another actor to act is an appeal (020) to
   * that actor, as the codebook reads requests. Not "wants to withdraw": the subject's own intent.
   */
  void appealFromWish(int verb) {
    if (!WISHES.contains(tree.lemma(verb))) return;
    int addressee = tree.firstChild(verb, "obj");
    int clause = tree.firstChild(verb, "xcomp");
    if (addressee < 0 || clause < 0 || addressee > clause || !tree.token(clause).isVerb()) return;
    List<ActorMention> speakers = actors.of(firstAgent(args, verb));
    List<ActorMention> addressees = actors.of(addressee).stream().filter(SentenceEvents::actorLike).toList();
    if (speakers.isEmpty() || addressees.isEmpty()) return;
    VerbPattern appeal = new VerbPattern("020", tree.lemma(verb), "", Set.of(), Set.of(), List.of(), false,
        tree.lemma(verb) + "+obj+to", "");
    emit(verb, -1, appeal, speakers, addressees, ModeClassifier.modality(tree, verb));
  }

  /**
   * "The government said the rebels were responsible": declaring another actor responsible or guilty
   * accuses it (112). The mode is the clause's ("said the rebels were not responsible" is no accusation).
   */
  void accusationFromBlame(int verb) {
    if (!SPEECH.contains(tree.lemma(verb))) return;
    for (int clause : tree.children(verb, "ccomp")) {
      if (!BLAME.contains(tree.lemma(clause)) || tree.firstChild(clause, "cop") < 0) continue;
      List<ActorMention> speakers = actors.of(firstAgent(args, verb));
      List<ActorMention> accused = actors.of(tree.firstChild(clause, "nsubj")).stream()
          .filter(SentenceEvents::actorLike).toList();
      if (speakers.isEmpty() || accused.isEmpty()) continue;
      VerbPattern accusation = new VerbPattern("112", tree.lemma(verb), "", Set.of(), Set.of(), List.of(), false,
          tree.lemma(verb) + "+" + tree.lemma(clause), "");
      emit(verb, -1, accusation, speakers, accused, ModeClassifier.modality(tree, clause));
    }
  }

  /**
   * "The spokesman said Russia wants to block the election": a hostile aim told of another accuses it
   * (112, {@link AllegedAims}); one's own aims accuse no one.
   */
  void accusationFromAim(int verb) {
    if (!SPEECH.contains(tree.lemma(verb))) return;
    for (int clause : AllegedAims.reportedBy(tree, verb)) {
      List<ActorMention> speakers = actors.of(firstAgent(args, verb)).stream()
          .filter(m -> m.actor().code().isPresent()).toList();
      List<ActorMention> accused = actors.of(tree.firstChild(clause, "nsubj")).stream()
          .filter(SentenceEvents::actorLike)
          .filter(m -> speakers.stream().noneMatch(s -> s.actor().code().equals(m.actor().code()))).toList();
      if (speakers.isEmpty() || accused.isEmpty()) continue;
      VerbPattern accusation = new VerbPattern("112", tree.lemma(verb), "", Set.of(), Set.of(), List.of(), false,
          tree.lemma(verb) + "+" + tree.lemma(clause) + "+to-harm", "");
      emit(verb, -1, accusation, speakers, accused, ModeClassifier.modality(tree, verb));
    }
  }

  private static int firstAgent(ClauseArguments args, int verb) {
    List<Integer> agents = args.agents(verb);
    return agents.isEmpty() ? -1 : agents.get(0);
  }

  /** A coded actor, or an uncoded one that is still clearly an actor: a role or a proper name. */
  static boolean actorLike(ActorMention m) {
    return m.actor().code().isPresent() || m.how().equals("role-no-country") || m.how().equals("phrase-proper");
  }

  /** The predicate is the to-infinitive of an asserted aim of its subject ("are seeking to deepen ties"). */
  private boolean soughtBySubject(int predicate) {
    int head = tree.head(predicate);
    return head >= 0 && tree.relation(predicate).equals("xcomp") && AIMING.contains(tree.lemma(head))
        && tree.token(head).isVerb() && ModeClassifier.of(tree, head) == Mode.ASSERTED;
  }

  /** The cooperation is in an economic field: its object's or predicate's words name one. */
  private boolean economicField(int predicate, int object) {
    int done = object >= 0 ? object : args.object(predicate); // coded among the sides, with no object passed
    for (int head : new int[] {predicate, done}) {
      if (head < 0) continue;
      if (ECONOMIC_FIELDS.contains(tree.lemma(head))) return true;
      for (int c : tree.children(head)) {
        String rel = tree.relation(c);
        boolean modifier = rel.equals("amod") || rel.equals("compound") || rel.startsWith("nmod") || rel.startsWith("obl");
        if (modifier && ECONOMIC_FIELDS.contains(tree.lemma(c))) return true;
      }
    }
    return false;
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
