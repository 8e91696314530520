package parley.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import parley.core.lexicon.VerbPattern;

/**
 * Whether a verb's pattern matches its frame: particle, object lemma (also through quantities, measures,
 * conjuncts, compounds and the act an enacting text would do: "proposed a resolution that would impose an
 * embargo") and complement, unless a no-event frame excludes it.
 */
final class FrameMatcher {
  private FrameMatcher() {}

  static boolean matches(DependencyTree tree, ClauseArguments args, int verb, int object, VerbPattern pattern) {
    if (!pattern.particle().isEmpty() && !args.hasParticle(verb, pattern.particle())) return false;
    if (!pattern.objects().isEmpty() && (object < 0 || !objectMatches(tree, object, pattern.objects()))) return false;
    if (!pattern.complements().isEmpty() && !args.complementHas(verb, pattern.complements())) return false;
    return pattern.noEvent() || !NoEventFrames.excludes(tree, args, verb, pattern);
  }

  private static final String ANY_OBJECT = "*";

  private static final Set<String> QUANTIFIERS = Set.of("some", "all", "many", "most", "part", "rest", "number",
      "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores", "several", "none", "both",
      "each", "one", "two", "three", "four", "five", "million", "millions", "group", "batch", "lot", "%", "percent",
      "half", "bulk", "majority", "share");

  /** Heads whose "of" phrase names the thing: "10 tons of medicine", "a shipment of arms", "the state of emergency". */
  private static final Set<String> MEASURES = Set.of("ton", "tonne", "shipment", "consignment", "truckload",
      "planeload", "load", "cargo", "dose", "box", "crate", "package", "state", "worth");

  /** Heads a modifier names a kind of, not a domain of the act: "war games" and "war crimes" are no war. */
  private static final Set<String> NOT_ACTS = Set.of("game", "crime", "criminal", "zone", "veteran", "memorial",
      "chest", "correspondent", "museum", "cabinet", "footing", "room");

  static boolean objectMatches(DependencyTree tree, int object, Set<String> lemmas) {
    if (lemmas.contains(tree.lemma(object)) || lemmas.contains(ANY_OBJECT)) return true;
    if (QUANTIFIERS.contains(tree.lemma(object)) || MEASURES.contains(tree.lemma(object))
        || tree.token(object).pos().equals("CD")) {
      for (int c : tree.children(object)) {
        if (tree.relation(c).startsWith("nmod") && tree.caseOf(c).equals("of") && lemmas.contains(tree.lemma(c))) {
          return true;
        }
      }
    }
    for (int c : tree.children(object, "conj")) {
      if (lemmas.contains(tree.lemma(c))) return true;
    }
    int content = enactedObject(tree, object);
    if (content >= 0 && lemmas.contains(tree.lemma(content))) return true;
    for (int c : tree.children(object, "compound")) { // "aid deliveries", "mediation efforts"
      if (lemmas.contains(tree.lemma(c) + "-" + tree.lemma(object))) return true;
      if (lemmas.contains(tree.lemma(c)) && !NOT_ACTS.contains(tree.lemma(object))) return true;
      // a hyphenated word the tokenizer split: "cease - fire"
      if (c + 2 == object && tree.token(c + 1).text().equals("-")
          && (lemmas.contains(tree.lemma(c) + tree.lemma(object)) || lemmas.contains(tree.lemma(c) + "-" + tree.lemma(object)))) {
        return true;
      }
    }
    return false;
  }

  /** The relative pronouns that open a clause saying what a text does. */
  private static final Set<String> RELATIVE_SUBJECTS = Set.of("that", "which");
  /** Texts that do what they say once adopted: "a resolution that would impose an arms embargo". */
  private static final Set<String> ENACTING_TEXTS = Set.of("resolution", "bill", "draft", "motion", "measure",
      "proposal", "amendment", "legislation", "law", "decree");

  /**
   * The object of the clause that says what an enacting text does ("proposed a resolution that would
   * impose an embargo": the embargo), so that proposing or adopting it is proposing or adopting that; -1 if none.
   */
  static int enactedObject(DependencyTree tree, int text) {
    if (!ENACTING_TEXTS.contains(tree.lemma(text))) return -1;
    List<Integer> clauses = new ArrayList<>(tree.children(text, "acl:relcl"));
    int governor = tree.head(text);
    if (governor >= 0 && tree.relation(text).equals("obj")) {
      // "proposed a resolution, still under discussion, that would impose": the clause misread as parataxis
      for (int c : tree.children(governor, "parataxis")) if (c > text) clauses.add(c);
    }
    for (int c : clauses) {
      if (tree.token(c).isVerb()) {
        int subject = tree.firstChild(c, "nsubj");
        int object = tree.firstChild(c, "obj");
        if (subject >= 0 && RELATIVE_SUBJECTS.contains(tree.token(subject).lower()) && object >= 0) return object;
      }
    }
    return -1;
  }
}
