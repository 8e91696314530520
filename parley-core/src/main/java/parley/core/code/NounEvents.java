package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbLexicon;
import parley.core.lexicon.VerbPattern;

/**
 * Events named by nouns with no light verb: "the attack on X by Y", "Japan's sanctions against Korea", "talks
 * between Israel and Syria" (both sides act), "Japan is the largest donor to Y" (a doer noun's subject).
 */
final class NounEvents {
  private final VerbLexicon verbs;

  NounEvents(VerbLexicon verbs) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
  }

  /** "the attack on X by Y", "Japan's sanctions against Korea". */
  void codeNoun(DependencyTree tree, ActorIndex actors, ClauseArguments args, int noun,
      SentenceEvents events) {
    List<VerbPattern> patterns = verbs.forNoun(tree.lemma(noun));
    if (patterns.isEmpty()) return;
    int governor = tree.head(noun);
    if (governor >= 0 && tree.relation(noun).equals("obj") && verbs.hasVerb(tree.lemma(governor))) return;
    VerbPattern pattern = PatternReadings.jointExercise(tree, noun, patterns.get(0));
    if (ElectoralContest.isContest(tree, noun, pattern)) return; // "the battle between two candidates"
    List<Integer> agentTokens = new ArrayList<>(args.byPhrase(noun));
    for (int c : tree.children(noun)) {
      String rel = tree.relation(c);
      if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) agentTokens.add(c);
    }
    if (Integer.parseInt(pattern.code().substring(0, 2)) >= 18) agentTokens.addAll(AttackAuthors.authoringModifiers(tree, noun));
    List<ActorMention> sources = new ArrayList<>();
    for (int t : agentTokens) sources.addAll(actors.of(t));
    if (sources.isEmpty()) for (int t : NominalAgents.of(tree, noun)) sources.addAll(actors.of(t)); // "the release of X by Y"
    if (AGENT_NOUNS.contains(tree.lemma(noun))) {
      sources.removeIf(m -> m.head() == noun); // "the largest donor" is an uncoded actor of its own, not its doer
      if (sources.isEmpty()) sources.addAll(actors.of(namedDoer(tree, noun)));
    }
    int predicate = governor >= 0 ? governor : tree.firstChild(noun, "cop") >= 0 ? noun : -1; // "will be the donor"
    Modality mode = predicate >= 0 ? new Modality(ModeClassifier.of(tree, predicate), false) : Modality.ASSERTED;
    if (ScheduledActs.arrangedNoun(tree, noun)) mode = new Modality(parley.core.doc.Mode.HYPOTHETICAL, false); // "talks scheduled for Friday"
    if (ProvisoTerms.conditionedNoun(tree, noun)) mode = new Modality(parley.core.doc.Mode.HYPOTHETICAL, false); // "conditional on the release of X"
    if (sources.isEmpty()) {
      // "talks between Israel and Syria", "clashes between the army and rebels": both sides act.
      List<ActorMention> sides = pattern.targets().contains("between")
          ? actors.of(args.prepositional(noun, "between")) : List.of();
      if (sides.size() < 2 && pattern.targets().contains("between")) sides = BetweenOnVerb.sides(tree, args, actors, noun);
      if (sides.size() > 1) events.emitBetween(noun, pattern, sides, mode);
      return;
    }
    List<ActorMention> targets = new ArrayList<>();
    for (String slot : pattern.targets()) {
      int t = args.prepositional(noun, slot);
      if (t >= 0) targets.addAll(actors.of(t));
      if (targets.isEmpty()) targets.addAll(ThemeSlot.targets(tree, args, actors, noun, slot)); // "offer of aid to X"
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
}
