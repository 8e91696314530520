package parley.core.code;

import static parley.core.code.RestrictedActivities.isRestrictedActivity;
import static parley.core.code.RestrictedActivities.restrictedParty;

import java.util.List;
import java.util.Optional;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbPattern;

/** Targets of an event named by a light verb's object: "launched an investigation into X". */
final class EventNounTargets {
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;
  private final AidRecipients aid;

  EventNounTargets(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
    this.aid = new AidRecipients(tree, actors, args);
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
        int owner = OwningParticiple.of(tree, args, t); // "a raid on targets belonging to Hamas": Hamas
        if (SentenceEvents.noCodedActor(targets) && !actors.of(owner).isEmpty()) targets = actors.of(owner);
        if (SentenceEvents.noCodedActor(targets) && IncidentTarget.appliesTo(pattern.code())) {
          // "expressed sorrow for the shootings in South Carolina": whom the incident hit
          Optional<ActorMention> hit = new IncidentTarget(tree, actors, args).hit(t);
          if (hit.isPresent()) targets = List.of(hit.get());
        }
        if (!targets.isEmpty()) break;
      }
    }
    if (targets.isEmpty()) targets = actors.ofOrPhrase(TargetingParticiple.of(tree, args, object), text); // "a raid targeting X"
    if (targets.isEmpty()) { // "announced assistance of 60 million euros to help people in Somalia"
      targets = aid.servedByAid(verb, object, pattern.code());
    }
    if (targets.isEmpty() && pattern.code().startsWith("0841")) {
      targets = actors.owners(object); // "ordered the tanker's release": with no "of", the possessor is the one freed
    }
    if (targets.isEmpty() && LocativePlace.PLACE_TARGET_ROOTS.contains(pattern.code().substring(0, 2))) {
      targets = new LocativePlace(tree, actors).of(verb, object).map(List::of).orElse(List.of());
    }
    if (targets.isEmpty()) targets = new IntentAddressee(tree, actors, args).toldTo(verb, pattern.code()); // "told X it would open talks"
    return targets;
  }
}
