package parley.core.code;

import static parley.core.code.RestrictedActivities.isRestrictedActivity;
import static parley.core.code.RestrictedActivities.restrictedParty;

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
  /** Aid given, withheld or yielded reaches the people of a place: "food to 3,000 families in Yemen" is aid to Yemen. */
  private static final Set<String> PEOPLE_IN_PLACE_ROOTS = Set.of("07", "08", "16");
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
  private final ActAuthors acts;
  private final PlaceHolders placeHolders;
  private final ReceiverInsideObject receivers;
  private final ClauseTargets clauses;
  private final AidRecipients aid;
  private final SettlementParty settlement;

  TargetFinder(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
    this.acts = new ActAuthors(tree, actors, args);
    this.placeHolders = new PlaceHolders(tree, actors);
    this.receivers = new ReceiverInsideObject(tree, actors);
    this.clauses = new ClauseTargets(tree, actors, args);
    this.aid = new AidRecipients(tree, actors, args);
    this.settlement = new SettlementParty(tree, actors, args);
  }

  List<ActorMention> targets(int verb, int object, VerbPattern pattern, String text) {
    if (pattern.targets().contains("obj") || !pattern.objects().isEmpty()) {
      List<ActorMention> authors = acts.authorsOfAct(object, text);
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
    List<ActorMention> deeper = receivers.slotInsideObject(object, pattern);
    if (!deeper.isEmpty()) return deeper;
    boolean consultation = CONSULTATIONS.contains(pattern.code());
    List<ActorMention> inComplement = consultation ? List.of() : clauses.complementTarget(verb, text);
    if (!inComplement.isEmpty()) return inComplement;
    List<ActorMention> served = consultation ? List.of() : clauses.purposeTarget(object);
    if (!served.isEmpty()) return served;
    List<ActorMention> helped = aid.servedByAid(verb, object, pattern.code());
    if (!helped.isEmpty()) return helped;
    List<ActorMention> awaited = clauses.conditionSubject(verb);
    if (!awaited.isEmpty()) return awaited;
    List<ActorMention> settledWith = pattern.code().startsWith("08") ? settlement.partyToSettlement(verb) : List.of();
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
      List<ActorMention> provoking = clauses.provokingActor(verb);
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
      if (t >= 0 && AGREED_TEXTS.contains(tree.lemma(t)) && acts.agentsOfAct(t, text).isEmpty()
          && AGREEING_ROOTS.contains(pattern.code().substring(0, 2)) && !pattern.code().startsWith(ENDORSE)) {
        continue;
      }
      if (t >= 0) {
        List<ActorMention> agents = acts.agentsOfAct(t, text);
        for (int c : tree.children(t, "conj")) {
          // "condemned the aggression and the threats made by the United States": each act's agent is addressed
          if (agents.isEmpty() && tree.token(c).isNoun()) agents = acts.agentsOfAct(c, text);
        }
        List<ActorMention> found = agents.isEmpty() ? actors.ofOrPhrase(t, text) : agents;
        if (SentenceEvents.noCodedActor(found) && slot.equals("from")) {
          // "withdraw from the rebel-held mountains": leaving a place is done to whoever holds it
          List<ActorMention> holders = placeHolders.holdersOf(t);
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
    return new IntentAddressee(tree, actors, args).toldTo(verb, pattern.code()); // "told Syria it was ready to talk"
  }

  /** The slot on the verb, else on the object a pattern matched ("signed an agreement with Milrem"). */
  private int slotOnVerbOrObject(int verb, int object, VerbPattern pattern, String slot) {
    int onVerb = args.prepositional(verb, slot);
    if (onVerb >= 0 || object < 0 || pattern.objects().isEmpty()) return onVerb;
    return args.prepositional(object, slot);
  }

  /** Measures and policies: endorsed, they name no actor of their own (CAMEO 05 is towards an actor). */
  private static final Set<String> MEASURES = Set.of("sanction", "measure", "policy", "resolution", "bill", "law",
      "legislation", "reform", "embargo", "ban", "amendment", "motion", "programme", "program", "strategy");

  /** Refusals whose target, when no actor is named, is the object of the refused act. */
  private static final Set<String> COMPLEMENT_PHRASE_ROOTS = Set.of("12");

  /**
   * The target of an event named by a light verb's object ("launched an investigation into X", "carried
   * out attacks on Y"): the pattern's slots on the noun (or a noun coordinated with it), else on the verb;
   * then whom aid serves, the possessor of an ordered release, or the place.
   */
  List<ActorMention> ofEventNoun(int verb, int object, VerbPattern pattern, String text) {
    return new EventNounTargets(tree, actors, args).ofEventNoun(verb, object, pattern, text);
  }
}
