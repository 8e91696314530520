package parley.core.code;

import static parley.core.code.ConditionalClauses.conditional;
import static parley.core.code.FutureAuxiliaries.future;
import static parley.core.code.ModeClassifier.toInfinitive;

import java.util.Set;

/**
 * Marks that make a predicate hypothetical in its own clause: a modal, "going to", a scheduled or
 * "be to" frame, a headline infinitive, an obligation, an infinitive of purpose, a modal shared by a
 * bare conjunct.
 */
final class HypotheticalMarkers {
  private HypotheticalMarkers() {}

  static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "will",
      "'ll", "shall", "must", "can", "ca", "wo");

  /** "was due to meet", "is set to visit": a scheduled act, whatever the parser made of "due to". */
  private static final Set<String> SCHEDULING = Set.of("due", "set", "expected", "scheduled", "slated", "poised",
      "about", "going", "likely", "unlikely", "supposed", "planned");
  private static final Set<String> BE_FORMS = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m");

  static boolean hypotheticalHere(DependencyTree tree, int predicate) {
    for (int c : tree.children(predicate)) {
      String rel = tree.relation(c);
      if (rel.startsWith("aux") && future(tree.token(c).lower()) && NoEventFrames.declaredBreak(tree, predicate)) {
        continue; // "will have nothing more to do with X": the break is declared now, as "will not deal with" is refused
      }
      if (rel.startsWith("aux") && MODALS.contains(tree.token(c).lower())) return true;
      if (rel.startsWith("aux") && ContractedWould.is(tree, c, predicate)) return true;
      if (rel.equals("aux") && tree.lemma(c).equals("go") ) return true;
    }
    if (scheduledFrame(tree, predicate) || beTo(tree, predicate) || headlineTo(tree, predicate)) return true;
    if (obligation(tree, predicate)) return true;
    return conditional(tree, predicate) && !tree.relation(predicate).equals("root");
  }

  /**
   * "The government has (will have) to find a way": an obligation in the present or future is not yet
   * met; "had to" tells what was done.
   */
  private static boolean obligation(DependencyTree tree, int predicate) {
    if (!tree.isToInfinitive(predicate)) return false;
    for (int c : tree.children(predicate, "aux")) { // the parser's "has/aux to/mark find"
      // "has to find", not the perfect infinitive "to have attacked"
      boolean toAfter = c + 1 < predicate && tree.token(c + 1).lower().equals("to");
      if (tree.lemma(c).equals("have") && !tree.token(c).lower().equals("had") && toAfter) return true;
    }
    int head = tree.head(predicate);
    if (head < 0 || !tree.relation(predicate).equals("xcomp") || head > predicate || !tree.lemma(head).equals("have")) {
      return false;
    }
    String word = tree.token(head).lower();
    return !word.equals("had") && !word.equals("having") && tree.firstChild(head, "obj") < 0;
  }

  /** "flew to Belgrade to meet Milosevic": an infinitive of purpose states an aim, not a fact. */
  static boolean purpose(DependencyTree tree, int clause) {
    if (!tree.token(clause).pos().equals("VB")) return false;
    for (int c : tree.children(clause, "mark")) {
      String word = tree.token(c).lower();
      if (word.equals("to") || word.equals("order")) return true;
    }
    return false;
  }

  /** "Kim is to visit Beijing": be + to-infinitive states what is arranged or required, not done. */
  private static boolean beTo(DependencyTree tree, int predicate) {
    if (!tree.token(predicate).pos().equals("VB") || !toInfinitive(tree, predicate)) return false;
    for (int c : tree.children(predicate, "aux")) {
      if (tree.lemma(c).equals("be") && c < predicate) return true;
    }
    return false;
  }

  /**
   * "Japan to cut tariffs", "Shultz likely to visit Moscow": a headline's main clause made of a subject
   * and a to-infinitive, the "is" left out, announces what is planned or expected, not what was done.
   */
  private static boolean headlineTo(DependencyTree tree, int predicate) {
    if (tree.head(predicate) >= 0 || !tree.token(predicate).pos().equals("VB") || !toInfinitive(tree, predicate)) {
      return false;
    }
    int subject = tree.firstChild(predicate, "nsubj");
    return subject >= 0 && subject < predicate
        && tree.children(predicate).stream().noneMatch(c -> tree.relation(c).startsWith("aux"));
  }

  /**
   * "He was due to head to Banja Luka to meet ...": be + due/set/expected/... + to + the predicate, also
   * with an adverb after the be ("are both going to release").
   */
  private static boolean scheduledFrame(DependencyTree tree, int predicate) {
    if (predicate < 3 || !tree.token(predicate - 1).lower().equals("to")) return false;
    if (!SCHEDULING.contains(tree.token(predicate - 2).lower())) return false;
    if (BE_FORMS.contains(tree.token(predicate - 3).lower())) return true;
    // "are both (also, still) going to release": an adverb or quantifier between the be and its word
    String between = tree.token(predicate - 3).pos();
    String word = tree.token(predicate - 3).lower();
    boolean negation = word.equals("not") || word.equals("n't") || word.equals("never"); // negated, not arranged
    return predicate >= 4 && !negation && (between.equals("RB") || between.equals("DT"))
        && BE_FORMS.contains(tree.token(predicate - 4).lower());
  }

  /**
   * A conjunct verb with no subject, auxiliary or tense of its own ("may ensure security and provide
   * aid", "will lift the ban and release them") falls under its head's modal; a finite conjunct
   * ("will meet X and has sent Y") states its own fact.
   */
  static boolean sharesModal(DependencyTree tree, int conjunct, int head) {
    String pos = tree.token(conjunct).pos();
    if (!(pos.equals("VB") || pos.equals("VBN") || pos.equals("VBG")) || tree.firstChild(conjunct, "nsubj") >= 0
        || tree.firstChild(conjunct, "nsubj:pass") >= 0
        || tree.children(conjunct).stream().anyMatch(c -> tree.relation(c).startsWith("aux"))) {
      return false;
    }
    return tree.children(head).stream()
        .anyMatch(c -> tree.relation(c).startsWith("aux") && MODALS.contains(tree.token(c).lower()));
  }
}
