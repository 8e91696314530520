package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbPattern;

/**
 * Finds the target of a matched pattern: the slots it names (object, indirect object, a
 * preposition on the verb, its object or a phrase inside the object), the owner of a matched
 * object ("a South Korean offer"), an actor inside a "to" complement, else the phrase in the slot.
 */
final class TargetFinder {
  /** Appeals and demands are addressed to the actor who is to act; accusations ("charged that X ...") to the accused. */
  private static final Set<String> ADDRESSED_ROOTS = Set.of("02", "10", "11");
  /**
   * Consulting, talking by phone, meeting and negotiating: their partner is named by their own slots;
   * what they are "to" do is their topic ("met X to discuss efforts to counter Y": Y is not consulted).
   */
  private static final Set<String> CONSULTATIONS = Set.of("040", "041", "044", "046");
  /** Prepositions of a meeting's topic ("a summit on the unrest in Iran"), where its partners are not. */
  private static final Set<String> TOPICS = Set.of("on", "about", "over", "regarding", "concerning");
  /** Nouns of a request, proposal or complaint, whose "from" phrase names the one who made it. */
  private static final Set<String> REQUESTS = Set.of("request", "demand", "appeal", "call", "plea", "petition",
      "proposal", "offer", "invitation", "bid", "application", "ultimatum", "query", "question", "complaint",
      "lawsuit", "suit", "motion", "protest");
  /** Aid given, withheld or yielded reaches the people of a place: "food to 3,000 families in Yemen" is aid to Yemen. */
  private static final Set<String> PEOPLE_IN_PLACE_ROOTS = Set.of("07", "08", "16");
  private static final Set<String> CONDITIONS = Set.of("until", "unless", "till");
  /** Truces, agreements and talks: what parties agree, sign or hold, never a party themselves. */
  private static final Set<String> AGREED_TEXTS = Set.of("ceasefire", "cease-fire", "truce", "armistice",
      "agreement", "accord", "deal", "treaty", "pact", "memorandum", "protocol", "talk", "negotiation");
  /** Acts that agree, hold or sign a text (a criticised or rejected accord is the act's target). */
  private static final Set<String> AGREEING_ROOTS = Set.of("03", "04", "05", "06", "08");
  /** Endorsing: the one agreeing act whose target may be the text itself. */
  private static final String ENDORSE = "051";
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;

  TargetFinder(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
  }

  List<ActorMention> targets(int verb, int object, VerbPattern pattern, String text) {
    if (pattern.targets().contains("obj") || !pattern.objects().isEmpty()) {
      List<ActorMention> authors = authorsOfAct(object, text);
      if (!authors.isEmpty()) return authors;
    }
    for (String slot : pattern.targets()) {
      List<Integer> tokens = new ArrayList<>(2);
      switch (slot) {
        case "obj" -> tokens.add(object);
        case "iobj" -> tokens.add(args.indirectObject(verb));
        default -> {
          tokens.add(args.prepositional(verb, slot));
          int purpose = args.prepositional(verb, "for"); // "mobilised troops for an assault against X"
          if (purpose >= 0 && !slot.equals("for")) tokens.add(args.prepositional(purpose, slot));
          if (!pattern.complements().isEmpty()) {
            // "went on strike against the government": the slot hangs on the oblique that names the event.
            for (int c : tree.children(verb)) {
              // "warned against travelling to Yemen": a gerund clause stands as the oblique does
              boolean gerund = tree.relation(c).startsWith("advcl") && tree.token(c).pos().equals("VBG");
              if (tree.relation(c).startsWith("obl") || gerund) tokens.add(args.prepositional(c, slot));
              // "will have nothing more to do with X": the slot hangs on the complement the pattern names
              if (tree.relation(c).endsWith("comp") && pattern.complements().contains(tree.lemma(c))) {
                tokens.add(args.prepositional(c, slot));
              }
            }
          }
          if (object >= 0) {
            int inObject = args.prepositional(object, slot);
            tokens.add(inObject);
            if (inObject < 0) {
              for (int c : tree.children(object)) {
                if (tree.relation(c).startsWith("nmod") && !tree.relation(c).equals("nmod:poss")
                    && !(CONSULTATIONS.contains(pattern.code()) && TOPICS.contains(tree.caseOf(c)))) {
                  tokens.add(args.prepositional(c, slot)); // not "a summit on the unrest in Iran": its topic
                }
              }
              for (int c : tree.children(object)) {
                // "lift the embargo it imposed on Cuba", "the ban imposed on aid agencies": the clause on the object
                if (tree.relation(c).startsWith("acl") && tree.token(c).isVerb()) tokens.add(args.prepositional(c, slot));
              }
              int content = FrameMatcher.enactedObject(tree, object); // "a resolution that would impose an embargo on X"
              if (content >= 0) {
                tokens.add(args.prepositional(content, slot));
                tokens.add(args.prepositional(tree.head(content), slot));
              }
            }
          }
        }
      }
      for (int t : tokens) {
        if (isRestrictedActivity(args, tree, t)) t = restrictedParty(args, t); // "bans on travel to Canada against X"
        if (t < 0) continue;
        List<ActorMention> found = actors.of(t);
        if (!found.isEmpty()) return found;
      }
    }
    if (!pattern.objects().isEmpty() && object >= 0) {
      List<ActorMention> owners = actors.owners(object);
      if (!owners.isEmpty()) return owners;
    }
    List<ActorMention> deeper = slotInsideObject(object, pattern);
    if (!deeper.isEmpty()) return deeper;
    boolean consultation = CONSULTATIONS.contains(pattern.code());
    List<ActorMention> inComplement = consultation ? List.of() : complementTarget(verb, text);
    if (!inComplement.isEmpty()) return inComplement;
    List<ActorMention> served = consultation ? List.of() : purposeTarget(object);
    if (!served.isEmpty()) return served;
    List<ActorMention> helped = servedByAid(verb, object, pattern.code());
    if (!helped.isEmpty()) return helped;
    List<ActorMention> awaited = conditionSubject(verb);
    if (!awaited.isEmpty()) return awaited;
    List<ActorMention> settledWith = pattern.code().startsWith("08") ? partyToSettlement(verb) : List.of();
    if (!settledWith.isEmpty()) return settledWith;
    if (!pattern.particle().isEmpty()) {
      List<ActorMention> addressees = actors.of(args.markedClauseSubject(verb, pattern.particle()));
      if (!addressees.isEmpty()) return addressees;
    }
    if (ADDRESSED_ROOTS.contains(pattern.code().substring(0, 2))) {
      // "demanded that the minister resign", "urged that Iran allow inspections"
      for (int clause : tree.children(verb, "ccomp")) {
        int subject = tree.firstChild(clause, "nsubj");
        List<ActorMention> addressees = actors.of(subject);
        if (addressees.isEmpty() && subject >= 0 && tree.token(subject).isProperNoun()) {
          addressees = actors.ofOrPhrase(subject, text); // a named person the lexicons do not know
        }
        if (!addressees.isEmpty()) return addressees;
      }
    }
    if (pattern.code().startsWith("11")) {
      List<ActorMention> provoking = provokingActor(verb);
      if (!provoking.isEmpty()) return provoking;
    }
    if (TelephoneCall.callersPurpose(tree, verb)) {
      // "called the Turkish president to apologize for the incident": to the one called, when no actor is named
      List<ActorMention> called = actors.of(args.object(tree.head(verb)));
      if (!called.isEmpty()) return called;
    }
    for (String slot : pattern.targets()) {
      int t = switch (slot) {
        case "obj" -> object;
        case "iobj" -> args.indirectObject(verb);
        default -> {
          int phrase = slotOnVerbOrObject(verb, object, pattern, slot);
          int purpose = args.prepositional(verb, "for");
          // "mobilized the troops for a battle against the remnants of X": a show of force aims where its purpose does
          yield phrase < 0 && purpose >= 0 && pattern.code().startsWith("15") ? args.prepositional(purpose, slot) : phrase;
        }
      };
      // "agreed to a ceasefire", "signed an agreement": the slot holds what was agreed, not a party to it;
      // but one who supports or endorses a deal, or criticises it, aims at the deal ("declared its support for
      // the peace deal", "criticized the climate accord")
      if (t >= 0 && AGREED_TEXTS.contains(tree.lemma(t)) && agentsOfAct(t, text).isEmpty()
          && AGREEING_ROOTS.contains(pattern.code().substring(0, 2)) && !pattern.code().startsWith(ENDORSE)) {
        continue;
      }
      if (t >= 0) {
        List<ActorMention> agents = agentsOfAct(t, text);
        for (int c : tree.children(t, "conj")) {
          // "condemned the aggression and the threats made by the United States": each act's agent is addressed
          if (agents.isEmpty() && tree.token(c).isNoun()) agents = agentsOfAct(c, text);
        }
        List<ActorMention> found = agents.isEmpty() ? actors.ofOrPhrase(t, text) : agents;
        if (SentenceEvents.noCodedActor(found) && slot.equals("from")) {
          // "withdraw from the rebel-held mountains": leaving a place is done to whoever holds it
          List<ActorMention> holders = holdersOf(t);
          if (!holders.isEmpty()) return holders;
        }
        boolean placeWithin = PEOPLE_IN_PLACE_ROOTS.contains(pattern.code().substring(0, 2))
            || pattern.code().startsWith("15"); // "mobilised soldiers to the area near Kabul": forces go to the place
        if (SentenceEvents.noCodedActor(found) && placeWithin) {
          // "provided food to 3,000 families in Yemen", "surrendered from their last stronghold in Iraq"
          Optional<ActorMention> place = new LocativePlace(tree, actors).inPhrase(t);
          if (place.isPresent()) return List.of(place.get());
        }
        if (SentenceEvents.noCodedActor(found) && IncidentTarget.appliesTo(pattern.code())) {
          // "claimed responsibility for the attack on X", "sorrow for the shootings in Y": whom the incident hit
          Optional<ActorMention> hit = new IncidentTarget(tree, actors, args).hit(t);
          if (hit.isPresent()) return List.of(hit.get());
        }
        if (pattern.code().startsWith(ENDORSE.substring(0, 2)) && MEASURES.contains(tree.lemma(t))
            && found.stream().noneMatch(SentenceEvents::actorLike)) {
          return List.of(); // "supported the economic sanctions": endorsing a measure whose author is not named
        }
        if (!found.isEmpty()) return found;
        break; // the first slot filled names the target, if anything does
      }
    }
    if (LocativePlace.PLACE_TARGET_ROOTS.contains(pattern.code().substring(0, 2))) {
      // "declared a ceasefire in Tripoli": an act on a place with nothing else to receive it is done to the place.
      Optional<ActorMention> place = new LocativePlace(tree, actors).of(verb, object);
      if (place.isPresent()) return List.of(place.get());
    }
    if (COMPLEMENT_PHRASE_ROOTS.contains(pattern.code().substring(0, 2))) {
      // "refused to allow the plane to land": what the refused act is done to
      int clause = tree.firstChild(verb, "xcomp");
      if (clause >= 0 && tree.token(clause).isVerb() && args.object(clause) >= 0) {
        return actors.ofOrPhrase(args.object(clause), text);
      }
    }
    return List.of();
  }

  /** The slot on the verb, else on the object a pattern matched ("signed an agreement with Milrem"). */
  private int slotOnVerbOrObject(int verb, int object, VerbPattern pattern, String slot) {
    int onVerb = args.prepositional(verb, slot);
    if (onVerb >= 0 || object < 0 || pattern.objects().isEmpty()) return onVerb;
    return args.prepositional(object, slot);
  }

  /**
   * "rejected Moscow's proposal on a ceasefire in Syria", "accepted the demands by the strikers for
   * higher pay", "welcomed the decision by the court to free X": one responds to a demand, an offer
   * or a decision by answering its author, who comes before any actor named inside it. Not one's own
   * ("reiterated its demand"), which names no one else.
   */
  private List<ActorMention> authorsOfAct(int act, String text) {
    if (act < 0) return List.of();
    String lemma = tree.lemma(act);
    if (PARTS.contains(lemma)) {
      // "supported most elements of the Chilean proposal": a part of an act is answered as the act is
      for (int c : tree.children(act)) {
        if (tree.relation(c).startsWith("nmod") && tree.caseOf(c).equals("of")) return authorsOfAct(c, text);
      }
      return List.of();
    }
    boolean pact = PACTS.contains(lemma);
    if (RULINGS.contains(lemma)) {
      // "violated a ban by the UN", "defied the order issued by the court": only an author named as such
      List<ActorMention> agents = agentsOfAct(act, text);
      return agents.stream().anyMatch(SentenceEvents::actorLike) ? agents : List.of();
    }
    if (!(REQUESTS.contains(lemma) || DECISIONS.contains(lemma) || pact)) return List.of();
    List<ActorMention> agents = pact ? List.of() : agentsOfAct(act, text);
    if (agents.stream().anyMatch(SentenceEvents::actorLike)) return agents;
    List<ActorMention> owners = new ArrayList<>(1);
    for (int c : tree.children(act)) {
      String rel = tree.relation(c);
      // a pact is a party's only when it is its own ("May's agreement"), not "the US-Iran deal"
      boolean owner = rel.equals("nmod:poss") || (!pact && (rel.equals("amod") || rel.equals("compound")));
      if (!owner || tree.token(c).pos().startsWith("PRP")) continue;
      owners.addAll(actors.of(c).stream().filter(m -> m.head() == c || m.covers(c)).toList());
    }
    return owners.stream().anyMatch(SentenceEvents::actorLike) ? owners : List.of();
  }

  /** Activities a ban or sanction is "on": "bans on travel to Canada", "a ban on imports from Iran". */
  private static final Set<String> RESTRICTED_ACTIVITIES = Set.of("travel", "entry", "import", "export", "trade",
      "flight", "visit", "investment", "transfer", "sale", "shipment", "movement");

  /**
   * An activity whose restriction a phrase of its own aims "against" someone: "bans on travel to Canada
   * against four officers" aim at the officers, not at the destination (here the restricting state).
   */
  private static boolean isRestrictedActivity(ClauseArguments args, DependencyTree tree, int t) {
    return t >= 0 && RESTRICTED_ACTIVITIES.contains(tree.lemma(t)) && args.prepositional(t, "against") >= 0;
  }

  /** The "against" phrase of a restricted activity. */
  private static int restrictedParty(ClauseArguments args, int activity) {
    return args.prepositional(activity, "against");
  }

  /** Participles of holding a place: "rebel-held", "army-controlled", "Taliban-dominated". */
  private static final Set<String> HOLDING = Set.of("hold", "control", "dominate", "occupy", "run", "seize", "capture");

  /** The coded actors a place phrase says hold it: "the rebel-dominated mountains", "the rebels' stronghold". */
  private List<ActorMention> holdersOf(int place) {
    List<ActorMention> out = new ArrayList<>();
    for (int c : tree.children(place)) {
      String rel = tree.relation(c);
      if (rel.equals("nmod:poss")) out.addAll(actors.of(c));
      boolean holding = (rel.equals("amod") || rel.startsWith("acl")) && tree.token(c).pos().equals("VBN")
          && HOLDING.contains(tree.lemma(c));
      if (!holding) continue;
      for (int h : tree.children(c)) {
        String hr = tree.relation(h);
        if (hr.startsWith("obl") || hr.equals("compound") || hr.startsWith("nmod") || hr.equals("npadvmod")
            || hr.equals("obl:npmod")) {
          out.addAll(actors.of(h));
        }
      }
    }
    out.removeIf(m -> m.actor().code().isEmpty());
    return out.stream().distinct().toList();
  }

  /** Measures and policies: endorsed, they name no actor of their own (CAMEO 05 is towards an actor). */
  private static final Set<String> MEASURES = Set.of("sanction", "measure", "policy", "resolution", "bill", "law",
      "legislation", "reform", "embargo", "ban", "amendment", "motion", "programme", "program", "strategy");

  /** Nouns naming a part of what their "of" phrase names: "most elements of the proposal". */
  private static final Set<String> PARTS = Set.of("element", "part", "aspect", "provision", "point", "section",
      "clause", "article", "parts", "most", "much", "some", "all", "many", "rest", "bulk", "thrust", "gist");

  /** Bans and orders, whose "by" phrase names who imposed them. */
  private static final Set<String> RULINGS = Set.of("ban", "embargo", "moratorium", "order", "ruling", "decree",
      "verdict", "injunction");

  /** Agreements, which are the act of one party only when it owns them. */
  private static final Set<String> PACTS = Set.of("agreement", "deal", "accord");

  /** Acts of one actor that others answer, besides requests and proposals. */
  private static final Set<String> DECISIONS = Set.of("decision", "plan", "initiative", "move", "statement",
      "remark", "comment", "accusation", "allegation", "claim", "criticism", "threat", "warning", "policy");

  /** Refusals whose target, when no actor is named, is the object of the refused act. */
  private static final Set<String> COMPLEMENT_PHRASE_ROOTS = Set.of("12");

  /**
   * "condemned the sanctions imposed by African states", "denounced the killing of protesters by
   * police": when the slot holds an act, not an actor, the act's agent is the one addressed.
   */
  private List<ActorMention> agentsOfAct(int act, String text) {
    for (int c : tree.children(act)) {
      String rel = tree.relation(c);
      boolean byAgent = tree.caseOf(c).equals("by")
          || (REQUESTS.contains(tree.lemma(act)) && tree.caseOf(c).equals("from")); // "a request from 20 MPs"
      if (rel.startsWith("nmod") && byAgent) {
        List<ActorMention> found = REQUESTS.contains(tree.lemma(act)) ? actors.ofOrPhrase(c, text) : actors.of(c);
        if (!found.isEmpty()) return found;
      }
      if (rel.startsWith("acl") && tree.token(c).pos().equals("VBN")) {
        for (int agent : args.byPhrase(c)) {
          List<ActorMention> found = actors.of(agent);
          if (!found.isEmpty()) return found;
        }
      }
    }
    int participle = args.misreadParticipleOf(act); // "quashed orders passed by X", parsed as a clause
    for (int agent : participle < 0 ? List.<Integer>of() : args.byPhrase(participle)) {
      List<ActorMention> found = actors.ofOrPhrase(agent, text);
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  /** "will not end the strike until the government raises wages": the actor whose act is awaited. */
  private List<ActorMention> conditionSubject(int verb) {
    for (int clause : tree.children(verb)) {
      if (!tree.relation(clause).startsWith("advcl")) continue;
      boolean condition = false;
      for (int m : tree.children(clause, "mark")) condition |= CONDITIONS.contains(tree.lemma(m));
      if (!condition) continue;
      // "until the government raises wages"; "until their demands are met by the government": the passive's agent
      List<Integer> awaited = args.isPassive(clause) ? args.byPhrase(clause) : tree.children(clause, "nsubj");
      for (int subject : awaited) {
        List<ActorMention> found = actors.of(subject);
        if (found.stream().anyMatch(SentenceEvents::actorLike)) return found;
      }
    }
    return List.of();
  }

  /** Conjunctions of a clause that tells what a complaint or criticism answers. */
  private static final String[] PROVOCATIONS = {"after", "because", "when"};

  /**
   * "China protested after Japanese ministers visited the shrine": disapproval with no one named is
   * aimed at the actor whose act it answers, the subject of its "after", "because" or "when" clause.
   */
  private List<ActorMention> provokingActor(int verb) {
    for (int clause : tree.children(verb)) {
      if (!tree.relation(clause).startsWith("advcl") || args.isPassive(clause)) continue;
      if (!tree.markedBy(clause, PROVOCATIONS)) continue;
      for (int subject : tree.children(clause, "nsubj")) {
        List<ActorMention> found = actors.of(subject);
        if (!SentenceEvents.noCodedActor(found)) return found;
      }
    }
    return List.of();
  }

  /** Acts whose thing given, returned or lifted carries its receiver's phrase wherever the parser hangs it. */
  private static final Set<String> THING_TO_RECEIVER_ROOTS = Set.of("06", "07", "08");
  /** How far below the object a misattached slot is looked for. */
  private static final int SLOT_DEPTH = 3;
  /** Relations below the object that start another statement, whose phrases are not the act's. */
  private static final Set<String> OTHER_STATEMENTS = Set.of("ccomp", "parataxis", "advcl", "conj", "appos");

  /**
   * "returned a pendant engraved with the image of Peter the Great to Russian authorities", "lifted
   * restrictions imposed on Olmert", "provided an additional $2 million in assistance to Fiji": the
   * receiver's phrase of a thing given, returned or eased hangs on a modifier of the thing (a participle,
   * a relative clause, a measure's noun). The nearest such phrase naming a coded actor.
   */
  private List<ActorMention> slotInsideObject(int object, VerbPattern pattern) {
    if (object < 0 || !THING_TO_RECEIVER_ROOTS.contains(pattern.code().substring(0, 2))) return List.of();
    Set<String> slots = new java.util.HashSet<>(pattern.targets());
    slots.removeAll(Set.of("obj", "iobj", "of")); // an "of" phrase down there names the thing's owner or content
    if (slots.isEmpty()) return List.of();
    List<Integer> level = List.of(object);
    for (int depth = 0; depth < SLOT_DEPTH && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int head : level) {
        for (int c : tree.children(head)) {
          String rel = tree.relation(c);
          if (OTHER_STATEMENTS.contains(rel) || rel.equals("nmod:poss") || rel.equals("punct")) continue;
          next.add(c);
        }
      }
      for (int c : next) {
        String rel = tree.relation(c);
        if (depth == 0 || !(rel.startsWith("obl") || rel.startsWith("nmod"))) continue; // the object's own are tried above
        if (!slots.contains(tree.caseOf(c)) || TimeWords.isTime(tree, c)) continue;
        List<ActorMention> found = actors.of(c);
        if (!SentenceEvents.noCodedActor(found)) return found;
      }
      level = next;
    }
    return List.of();
  }

  /**
   * "announced humanitarian assistance of 60 million euros to help people in Somalia", "is providing
   * assistance to meet the health needs of people impacted by flooding": aid (07) given for a purpose
   * reaches whom its infinitive serves: a coded actor, else the place they are in, else the uncoded
   * group a verb of helping names. "provided funds to build schools" serves no one named.
   */
  private List<ActorMention> servedByAid(int verb, int object, String code) {
    if (!code.startsWith("07")) return List.of();
    List<Integer> clauses = new ArrayList<>(tree.children(verb, "xcomp"));
    if (object >= 0) {
      for (int c : tree.children(object)) {
        if (tree.relation(c).startsWith("acl") && !tree.relation(c).equals("acl:relcl")) clauses.add(c);
      }
    }
    LocativePlace places = new LocativePlace(tree, actors);
    for (int clause : clauses) {
      if (!tree.token(clause).isVerb() || !tree.isToInfinitive(clause)) continue;
      int servedOne = args.object(clause);
      List<ActorMention> found = actors.of(servedOne);
      if (!SentenceEvents.noCodedActor(found)) return found;
      Optional<ActorMention> place = places.of(clause, servedOne);
      if (place.isEmpty() && servedOne >= 0) place = places.inPhrase(servedOne);
      if (place.isPresent()) return List.of(place.get());
      if (!found.isEmpty() && HELPING.contains(tree.lemma(clause))) return found;
    }
    return List.of();
  }

  /** Verbs whose object is the one helped: "to help families", "to meet the needs of refugees". */
  private static final Set<String> HELPING = Set.of("help", "assist", "support", "aid", "meet", "feed", "serve",
      "benefit", "protect", "save", "relieve", "shelter", "house", "treat", "resettle", "rebuild");

  /** Nouns of a settlement reached with the other side. */
  private static final Set<String> SETTLEMENTS = Set.of("agreement", "deal", "accord", "settlement", "compromise");
  /** Verbs by which the other side settles: its subject is the party ("after the government accepted"). */
  private static final Set<String> SETTLING = Set.of("accept", "agree", "concede", "meet", "grant");

  /**
   * "called off the strike after the agreement with the government", "ended their strike hours after
   * reaching a deal with the ministry", "after the government accepted to pay": a concession made
   * after a settlement is made to the other party of the settlement. Looked for in the "after"
   * phrases and clauses below the verb, wherever the parser hangs them.
   */
  private List<ActorMention> partyToSettlement(int verb) {
    for (int after : tree.subtree(verb)) {
      if (!tree.markedBy(after, "after")) continue;
      for (int t : tree.subtree(after)) {
        List<ActorMention> found = List.of();
        if (SETTLEMENTS.contains(tree.lemma(t))) {
          found = actors.of(args.prepositional(t, "with"));
          if (SentenceEvents.noCodedActor(found) && tree.head(t) >= 0) found = actors.of(args.prepositional(tree.head(t), "with"));
        } else if (tree.token(t).isVerb() && SETTLING.contains(tree.lemma(t))) {
          found = actors.of(tree.firstChild(t, "nsubj"));
        }
        if (found.stream().anyMatch(SentenceEvents::actorLike)) return found;
      }
    }
    return List.of();
  }

  /**
   * The target of an event named by a light verb's object ("launched an investigation into X", "carried
   * out attacks on Y"): the pattern's slots on the noun (or a noun coordinated with it), else on the verb;
   * then whom aid serves, the possessor of an ordered release, or the place.
   */
  List<ActorMention> ofEventNoun(int verb, int object, VerbPattern pattern, String text) {
    List<ActorMention> targets = List.of();
    for (String slot : pattern.targets()) {
      int t = args.prepositional(object, slot);
      for (int c : tree.children(object, "conj")) { // "its rejection and condemnation of the plan" share the phrase
        if (t < 0 && tree.token(c).isNoun()) t = args.prepositional(c, slot);
      }
      if (t < 0 && !slot.equals("of")) t = args.prepositional(verb, slot);
      if (slot.equals("iobj")) t = args.indirectObject(verb);
      if (isRestrictedActivity(args, tree, t)) {
        t = restrictedParty(args, t); // "bans on travel to Canada against four officers": the officers
      }
      if (t >= 0) {
        targets = actors.ofOrPhrase(t, text);
        if (SentenceEvents.noCodedActor(targets) && IncidentTarget.appliesTo(pattern.code())) {
          // "expressed sorrow for the shootings in South Carolina": whom the incident hit
          Optional<ActorMention> hit = new IncidentTarget(tree, actors, args).hit(t);
          if (hit.isPresent()) targets = List.of(hit.get());
        }
        if (!targets.isEmpty()) break;
      }
    }
    if (targets.isEmpty()) { // "announced assistance of 60 million euros to help people in Somalia"
      targets = servedByAid(verb, object, pattern.code());
    }
    if (targets.isEmpty() && pattern.code().startsWith("0841")) {
      targets = actors.owners(object); // "ordered the tanker's release": with no "of", the possessor is the one freed
    }
    if (targets.isEmpty() && LocativePlace.PLACE_TARGET_ROOTS.contains(pattern.code().substring(0, 2))) {
      targets = new LocativePlace(tree, actors).of(verb, object).map(List::of).orElse(List.of());
    }
    return targets;
  }

  /** "provided assistance to support Syrian refugees": the actor the object is meant for. */
  private List<ActorMention> purposeTarget(int object) {
    if (object < 0) return List.of();
    for (int clause : tree.children(object)) {
      if (!tree.relation(clause).startsWith("acl") || !tree.token(clause).isVerb()) continue;
      if (!tree.isToInfinitive(clause)) continue;
      // "gave permission to Russia to help Israel" (for Russia to help): the clause's own subject receives it
      List<ActorMention> receiver = actors.of(tree.firstChild(clause, "nsubj"));
      if (!SentenceEvents.noCodedActor(receiver)) return receiver;
      List<ActorMention> found = actors.of(args.object(clause));
      if (!SentenceEvents.noCodedActor(found)) return found;
    }
    return List.of();
  }

  /** "agreed to send troops to Uganda", "willing to withdraw its troops from East Germany". */
  private List<ActorMention> complementTarget(int verb, String text) {
    int clause = tree.firstChild(verb, "xcomp");
    for (int depth = 0; clause >= 0 && depth < 2; depth++) {
      List<Integer> slots = new ArrayList<>();
      slots.add(args.object(clause));
      slots.add(args.indirectObject(clause));
      for (String p : List.of("to", "with", "against", "on", "from", "in", "for", "into")) {
        slots.add(args.prepositional(clause, p));
      }
      int object = args.object(clause);
      if (object >= 0) {
        // "launched a mediation effort to resolve the dispute between Ethiopia and Egypt": the parties
        for (String p : List.of("to", "with", "against", "on", "from", "in", "for", "between")) slots.add(args.prepositional(object, p));
      }
      for (int t : slots) {
        if (t < 0) continue;
        List<ActorMention> found = actors.of(t);
        if (!SentenceEvents.noCodedActor(found)) return found;
        if (REQUESTS.contains(tree.lemma(t))) {
          // "refused to respond to a request from 20 MPs": the one who asked
          List<ActorMention> requesters = agentsOfAct(t, text);
          if (requesters.stream().anyMatch(SentenceEvents::actorLike)) return requesters;
        }
      }
      clause = tree.firstChild(clause, "xcomp");
    }
    return List.of();
  }
}
