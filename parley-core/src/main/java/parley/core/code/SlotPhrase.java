package parley.core.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbPattern;

/**
 * The target read from the phrase in the first filled slot of a pattern, when no slot names an actor:
 * the agents of an act it names, else the actor or phrase itself; a place left is its holders', aid
 * reaches the place its recipients are in, an incident its victims. Agreed texts are no party and are
 * passed over; an endorsed measure with no author is no target.
 */
final class SlotPhrase {
  /** Aid given, withheld or yielded reaches the people of a place: "food to 3,000 families in Yemen" is aid to Yemen. */
  private static final Set<String> PEOPLE_IN_PLACE_ROOTS = Set.of("07", "08", "16");
  /** Truces, agreements and talks: what parties agree, sign or hold, never a party themselves. */
  private static final Set<String> AGREED_TEXTS = Set.of("ceasefire", "cease-fire", "truce", "armistice",
      "agreement", "accord", "deal", "treaty", "pact", "memorandum", "protocol", "talk", "negotiation");
  /** Acts that agree, hold or sign a text (a criticised or rejected accord is the act's target). */
  private static final Set<String> AGREEING_ROOTS = Set.of("03", "04", "05", "06", "08");
  /** Endorsing: the one agreeing act whose target may be the text itself. */
  private static final String ENDORSE = "051";
  /** Measures and policies: endorsed, they name no actor of their own (CAMEO 05 is towards an actor). */
  private static final Set<String> MEASURES = Set.of("sanction", "measure", "policy", "resolution", "bill", "law",
      "legislation", "reform", "embargo", "ban", "amendment", "motion", "programme", "program", "strategy");
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;
  private final ActAuthors acts;
  private final PlaceHolders placeHolders;

  SlotPhrase(DependencyTree tree, ActorIndex actors, ClauseArguments args, ActAuthors acts, PlaceHolders placeHolders) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
    this.acts = acts;
    this.placeHolders = placeHolders;
  }

  /**
   * The target the first filled slot gives: present when it decides the target (an empty list when an
   * endorsed measure has none), empty when no slot is filled or its phrase names nothing.
   */
  Optional<List<ActorMention>> target(int verb, int object, VerbPattern pattern, String text) {
    for (String slot : pattern.targets()) {
      int t = filler(verb, object, pattern, slot);
      if (t < 0 || isAgreedText(t, pattern, text)) continue;
      List<ActorMention> found = agentsOrPhrase(t, text);
      List<ActorMention> receivers = SentenceEvents.noCodedActor(found) ? receiversOfUncoded(t, pattern, slot) : List.of();
      if (!receivers.isEmpty()) return Optional.of(receivers);
      if (pattern.code().startsWith(ENDORSE.substring(0, 2)) && MEASURES.contains(tree.lemma(t))
          && found.stream().noneMatch(SentenceEvents::actorLike)) {
        return Optional.of(List.of()); // "supported the economic sanctions": endorsing a measure whose author is not named
      }
      // the first slot filled names the target, if anything does
      return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }
    return Optional.empty();
  }

  /** The token in {@code slot}, or -1. */
  private int filler(int verb, int object, VerbPattern pattern, String slot) {
    return switch (slot) {
      case "obj" -> object;
      case "iobj" -> args.indirectObject(verb);
      default -> {
        int phrase = slotOnVerbOrObject(verb, object, pattern, slot);
        int purpose = args.prepositional(verb, "for");
        // "mobilized the troops for a battle against the remnants of X": a show of force aims where its purpose does
        yield phrase < 0 && purpose >= 0 && pattern.code().startsWith("15") ? args.prepositional(purpose, slot) : phrase;
      }
    };
  }

  /** The slot on the verb, else on the object a pattern matched ("signed an agreement with Milrem"). */
  private int slotOnVerbOrObject(int verb, int object, VerbPattern pattern, String slot) {
    int onVerb = args.prepositional(verb, slot);
    if (onVerb >= 0 || object < 0 || pattern.objects().isEmpty()) return onVerb;
    return args.prepositional(object, slot);
  }

  /**
   * "agreed to a ceasefire", "signed an agreement": the slot holds what was agreed, not a party to it;
   * but one who supports or endorses a deal, or criticises it, aims at the deal ("declared its support for
   * the peace deal", "criticized the climate accord").
   */
  private boolean isAgreedText(int t, VerbPattern pattern, String text) {
    return AGREED_TEXTS.contains(tree.lemma(t)) && acts.agentsOfAct(t, text).isEmpty()
        && AGREEING_ROOTS.contains(pattern.code().substring(0, 2)) && !pattern.code().startsWith(ENDORSE);
  }

  /** The agents of the act {@code t} names (or of an act coordinated with it), else its actor or phrase. */
  private List<ActorMention> agentsOrPhrase(int t, String text) {
    List<ActorMention> agents = acts.agentsOfAct(t, text);
    for (int c : tree.children(t, "conj")) {
      // "condemned the aggression and the threats made by the United States": each act's agent is addressed
      if (agents.isEmpty() && tree.token(c).isNoun()) agents = acts.agentsOfAct(c, text);
    }
    return agents.isEmpty() ? actors.ofOrPhrase(t, text) : agents;
  }

  /**
   * Who receives an act whose slot names no coded actor: the holders of a place left, the place the
   * recipients of aid are in or forces are sent to, whom an incident hit; empty when none is found.
   */
  private List<ActorMention> receiversOfUncoded(int t, VerbPattern pattern, String slot) {
    if (slot.equals("from")) {
      // "withdraw from the rebel-held mountains": leaving a place is done to whoever holds it
      List<ActorMention> holders = placeHolders.holdersOf(t);
      if (!holders.isEmpty()) return holders;
    }
    boolean placeWithin = PEOPLE_IN_PLACE_ROOTS.contains(pattern.code().substring(0, 2))
        || pattern.code().startsWith("15"); // "mobilised soldiers to the area near Kabul": forces go to the place
    if (placeWithin) {
      // "provided food to 3,000 families in Yemen", "surrendered from their last stronghold in Iraq"
      Optional<ActorMention> place = new LocativePlace(tree, actors).inPhrase(t);
      if (place.isPresent()) return List.of(place.get());
    }
    if (IncidentTarget.appliesTo(pattern.code())) {
      // "claimed responsibility for the attack on X", "sorrow for the shootings in Y": whom the incident hit
      Optional<ActorMention> hit = new IncidentTarget(tree, actors, args).hit(t);
      if (hit.isPresent()) return List.of(hit.get());
    }
    return List.of();
  }
}
