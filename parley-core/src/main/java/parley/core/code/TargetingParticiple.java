package parley.core.code;

import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbPattern;

/**
 * A participle on an act's noun that names whom the act is aimed at: "a raid targeting Islamic State
 * commanders", "an offensive aimed at rebel strongholds", "sanctions directed against the regime".
 */
final class TargetingParticiple {
  /** Participles whose object is the target ("targeting X"). */
  private static final Set<String> BY_OBJECT = Set.of("target");
  /** Participles whose "at" or "against" phrase is the target ("aimed at X", "directed against X"). */
  private static final Set<String> BY_PHRASE = Set.of("aim", "direct");

  private TargetingParticiple() {}

  /**
   * The actors a participle on a matched object names: the one an act named by the object is aimed at
   * ("launched an offensive aimed at X"), else the holder of an object acted on ("struck targets
   * belonging to X", {@link OwningParticiple}); empty when the pattern does not look at its object.
   */
  static List<ActorMention> onObject(DependencyTree tree, ActorIndex actors, ClauseArguments args, int object,
      VerbPattern pattern) {
    if (object < 0) return List.of();
    List<ActorMention> aimedAt = pattern.objects().isEmpty() ? List.of() : actors.of(of(tree, args, object));
    if (!aimedAt.isEmpty() || !pattern.targets().contains("obj")) return aimedAt;
    return actors.of(OwningParticiple.of(tree, args, object));
  }

  /** The token the participle on {@code noun} names as the act's target, or -1. */
  static int of(DependencyTree tree, ClauseArguments args, int noun) {
    if (noun < 0) return -1;
    for (int c : tree.children(noun)) {
      if (!tree.relation(c).equals("acl") || !tree.token(c).isVerb()) continue;
      String lemma = tree.lemma(c);
      if (BY_OBJECT.contains(lemma) && tree.token(c).pos().equals("VBG")) {
        int object = tree.firstChild(c, "obj");
        if (object >= 0) return object;
      }
      if (BY_PHRASE.contains(lemma) && tree.token(c).pos().equals("VBN")) {
        int phrase = args.prepositional(c, "at");
        if (phrase < 0) phrase = args.prepositional(c, "against");
        if (phrase >= 0) return phrase;
      }
    }
    return -1;
  }
}
