package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.VerbPattern;

/** The receiver's phrase of a thing given, returned or eased, misattached below the object. */
final class ReceiverInsideObject {
  private final DependencyTree tree;
  private final ActorIndex actors;

  ReceiverInsideObject(DependencyTree tree, ActorIndex actors) {
    this.tree = tree;
    this.actors = actors;
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
  List<ActorMention> slotInsideObject(int object, VerbPattern pattern) {
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
}
