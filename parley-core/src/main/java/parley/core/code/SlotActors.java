package parley.core.code;

import static parley.core.code.RestrictedActivities.isRestrictedActivity;
import static parley.core.code.RestrictedActivities.restrictedParty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbPattern;

/**
 * The actor a pattern's slots name, slot by slot in the pattern's order: the object, the indirect
 * object, or a preposition looked for on the verb, on its purpose ("for an assault against X"), on the
 * oblique or complement that names the event, then on the object, a phrase inside it, a clause on it or
 * the act it enacts. The first token that is an actor names the target.
 */
final class SlotActors {
  /** Prepositions of a meeting's topic ("a summit on the unrest in Iran"), where its partners are not. */
  private static final Set<String> TOPICS = Set.of("on", "about", "over", "regarding", "concerning");
  private final DependencyTree tree;
  private final ActorIndex actors;
  private final ClauseArguments args;

  SlotActors(DependencyTree tree, ActorIndex actors, ClauseArguments args) {
    this.tree = tree;
    this.actors = actors;
    this.args = args;
  }

  /** The actors in the first slot that holds one; empty when none does. */
  List<ActorMention> named(int verb, int object, VerbPattern pattern) {
    for (String slot : pattern.targets()) {
      for (int t : candidates(verb, object, pattern, slot)) {
        if (isRestrictedActivity(args, tree, t)) t = restrictedParty(args, t); // "bans on travel to Canada against X"
        if (t < 0) continue;
        List<ActorMention> found = actors.of(t);
        if (!found.isEmpty()) return found;
      }
    }
    return List.of();
  }

  /** The tokens that may fill {@code slot}, best first (-1 for a place looked at and found empty). */
  private List<Integer> candidates(int verb, int object, VerbPattern pattern, String slot) {
    List<Integer> tokens = new ArrayList<>(2);
    switch (slot) {
      case "obj" -> tokens.add(object);
      case "iobj" -> tokens.add(args.indirectObject(verb));
      default -> {
        tokens.add(args.prepositional(verb, slot));
        int purpose = args.prepositional(verb, "for"); // "mobilised troops for an assault against X"
        if (purpose >= 0 && !slot.equals("for")) tokens.add(args.prepositional(purpose, slot));
        if (!pattern.complements().isEmpty()) addOnEventPhrases(tokens, verb, pattern, slot);
        if (object >= 0) addOnObject(tokens, object, pattern, slot);
      }
    }
    return tokens;
  }

  /** "went on strike against the government": the slot hangs on the oblique that names the event. */
  private void addOnEventPhrases(List<Integer> tokens, int verb, VerbPattern pattern, String slot) {
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

  /** The slot on the object, else on a phrase inside it, a clause on it, or the act it enacts. */
  private void addOnObject(List<Integer> tokens, int object, VerbPattern pattern, String slot) {
    int inObject = args.prepositional(object, slot);
    tokens.add(inObject);
    if (inObject >= 0) return;
    for (int c : tree.children(object)) {
      if (tree.relation(c).startsWith("nmod") && !tree.relation(c).equals("nmod:poss")
          && !(TargetFinder.CONSULTATIONS.contains(pattern.code()) && TOPICS.contains(tree.caseOf(c)))) {
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
