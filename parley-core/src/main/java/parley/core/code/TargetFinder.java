package parley.core.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
  static final Set<String> CONSULTATIONS = Set.of("040", "041", "044", "046");
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;
  private final ActAuthors acts;
  private final ReceiverInsideObject receivers;
  private final ClauseTargets clauses;
  private final AidRecipients aid;
  private final SettlementParty settlement;
  private final SlotActors slots;
  private final SlotPhrase slotPhrase;

  TargetFinder(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
    this.acts = new ActAuthors(tree, actors, args);
    this.receivers = new ReceiverInsideObject(tree, actors);
    this.clauses = new ClauseTargets(tree, actors, args);
    this.aid = new AidRecipients(tree, actors, args);
    this.settlement = new SettlementParty(tree, actors, args);
    this.slots = new SlotActors(tree, actors, args);
    this.slotPhrase = new SlotPhrase(tree, actors, args, acts, new PlaceHolders(tree, actors));
  }

  /**
   * The target of {@code pattern} matched on {@code verb}: the first actor named (by an act the object
   * names, the pattern's slots, the object's owner, a slot inside the object, a clause on the verb),
   * else what the first filled slot holds, else a target no slot names.
   */
  List<ActorMention> targets(int verb, int object, VerbPattern pattern, String text) {
    List<ActorMention> named = firstFound(
        () -> authorsOfMatchedAct(object, pattern, text),
        () -> slots.named(verb, object, pattern),
        () -> ownersOfMatchedObject(object, pattern),
        () -> TargetingParticiple.onObject(tree, actors, args, object, pattern), // "an offensive aimed at X"
        () -> receivers.slotInsideObject(object, pattern),
        () -> fromClauses(verb, object, pattern, text));
    if (!named.isEmpty()) return named;
    Optional<List<ActorMention>> inSlot = slotPhrase.target(verb, object, pattern, text);
    if (inSlot.isPresent()) return inSlot.get();
    return unnamedTarget(verb, object, pattern, text);
  }

  /** The first non-empty answer of {@code steps}, asked in order; empty when none has one. */
  @SafeVarargs
  private static List<ActorMention> firstFound(Supplier<List<ActorMention>>... steps) {
    for (Supplier<List<ActorMention>> step : steps) {
      List<ActorMention> found = step.get();
      if (!found.isEmpty()) return found;
    }
    return List.of();
  }

  /** The authors of an act the matched object names, when the pattern looks at its object. */
  private List<ActorMention> authorsOfMatchedAct(int object, VerbPattern pattern, String text) {
    if (!(pattern.targets().contains("obj") || !pattern.objects().isEmpty())) return List.of();
    return acts.authorsOfAct(object, text);
  }

  /** The owner of an object the pattern matched ("a South Korean offer"). */
  private List<ActorMention> ownersOfMatchedObject(int object, VerbPattern pattern) {
    return !pattern.objects().isEmpty() && object >= 0 ? actors.owners(object) : List.of();
  }

  /**
   * The target a clause on the verb names, in order: a "to" complement's actor and the one a purpose
   * serves (not for consultations, where they are the topic), whom aid serves, the subject of a
   * condition, the party to a settlement, the subject of a clause the particle marks, the one a demand
   * or accusation is addressed to, the actor who provoked a criticism, the one called.
   */
  private List<ActorMention> fromClauses(int verb, int object, VerbPattern pattern, String text) {
    boolean consultation = CONSULTATIONS.contains(pattern.code());
    return firstFound(
        () -> consultation ? List.of() : clauses.complementTarget(verb, text),
        () -> consultation ? List.of() : clauses.purposeTarget(object),
        () -> aid.servedByAid(verb, object, pattern.code()),
        () -> clauses.conditionSubject(verb),
        () -> pattern.code().startsWith("08") ? settlement.partyToSettlement(verb) : List.of(),
        () -> pattern.particle().isEmpty() ? List.of() : actors.of(args.markedClauseSubject(verb, pattern.particle())),
        () -> addresseesOfDemand(verb, pattern, text),
        () -> pattern.code().startsWith("11") ? clauses.provokingActor(verb) : List.of(),
        () -> calledByCaller(verb));
  }

  /** "demanded that the minister resign", "urged that Iran allow inspections": the reported clause's subject. */
  private List<ActorMention> addresseesOfDemand(int verb, VerbPattern pattern, String text) {
    if (!ADDRESSED_ROOTS.contains(pattern.code().substring(0, 2))) return List.of();
    for (int clause : tree.children(verb, "ccomp")) {
      int subject = tree.firstChild(clause, "nsubj");
      List<ActorMention> addressees = actors.of(subject);
      if (addressees.isEmpty() && subject >= 0 && tree.token(subject).isProperNoun()) {
        addressees = actors.ofOrPhrase(subject, text); // a named person the lexicons do not know
      }
      if (!addressees.isEmpty()) return addressees;
    }
    return List.of();
  }

  /** "called the Turkish president to apologize for the incident": to the one called, when no actor is named. */
  private List<ActorMention> calledByCaller(int verb) {
    return TelephoneCall.callersPurpose(tree, verb) ? actors.of(args.object(tree.head(verb))) : List.of();
  }

  /**
   * The target when no slot names one: the place an act on a place is done in, the object of a refused
   * act, else the one an intent is told to.
   */
  private List<ActorMention> unnamedTarget(int verb, int object, VerbPattern pattern, String text) {
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
