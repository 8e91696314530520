package parley.core.code;

import static parley.core.code.ConditionalClauses.conditional;
import static parley.core.code.HypotheticalMarkers.hypotheticalHere;
import static parley.core.code.FutureAuxiliaries.future;
import static parley.core.code.ModeClassifier.of;
import static parley.core.code.ModeClassifier.toInfinitive;
import static parley.core.code.Negation.negated;
import static parley.core.code.StatedIntent.SPEECH;

import java.util.Set;
import parley.core.doc.Mode;

/** Acts arranged for later: a plain future ("Putin will meet Erdogan") or "is due (set, scheduled) to meet". */
final class ScheduledActs {
  private ScheduledActs() {}

  /**
   * "Putin will meet Erdogan in Ankara on Friday": a plain future in a main or reported clause, not
   * negated and not conditional. For meetings and visits the codebook reads it as a commitment to meet.
   */
  static boolean scheduled(DependencyTree tree, int predicate) {
    if (negated(tree, predicate) || conditional(tree, predicate)) return false;
    String rel = tree.relation(predicate);
    if (onTimetable(tree, predicate)) return true;
    if (!(tree.head(predicate) < 0 || rel.equals("ccomp") || rel.equals("conj") || reportMisparsedAsDep(tree, predicate))) {
      return false;
    }
    for (int c : tree.children(predicate)) {
      if (tree.relation(c).startsWith("aux") && future(tree.token(c).lower())) return true;
    }
    return false;
  }

  /**
   * "X will meet Y in Washington on Tuesday for talks on ..., X's office said": the reported clause
   * the parser left as a loose dependent of the speech verb, with a subject of its own.
   */
  private static boolean reportMisparsedAsDep(DependencyTree tree, int predicate) {
    int head = tree.head(predicate);
    String rel = tree.relation(predicate);
    return head >= 0 && (rel.equals("dep") || rel.equals("parataxis")) && SPEECH.contains(tree.lemma(head))
        && tree.firstChild(predicate, "nsubj") >= 0 && of(tree, head) == Mode.ASSERTED;
  }

  /** "Putin is due (set, scheduled, slated) to meet Erdogan": arranged, as a plain future is; not "likely to". */
  private static final Set<String> TIMETABLED = Set.of("due", "set", "scheduled", "slated");

  /**
   * The predicate is the to-infinitive of "be due/set/scheduled/slated" in a main or reported clause,
   * also where a time comes between them ("was set on Friday to meet", parsed as an adverbial clause).
   */
  private static boolean onTimetable(DependencyTree tree, int predicate) {
    int governor = tree.head(predicate);
    String rel = tree.relation(predicate);
    if (governor < 0 || predicate < governor || !toInfinitive(tree, predicate)
        || !(rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("advcl"))
        || !TIMETABLED.contains(tree.token(governor).lower())) {
      return false;
    }
    boolean be = tree.children(governor).stream()
        .anyMatch(c -> tree.relation(c).equals("cop") || tree.relation(c).equals("aux:pass"));
    if (!be || negated(tree, governor) || conditional(tree, governor) || hypotheticalHere(tree, governor)) return false;
    String governorRel = tree.relation(governor);
    return tree.head(governor) < 0 || governorRel.equals("ccomp") || governorRel.equals("conj");
  }

  /** Participles and adjectives that put a named event ahead: "talks scheduled for Friday", "the planned visit". */
  private static final Set<String> ARRANGED = Set.of("scheduled", "planned", "slated", "due", "proposed",
      "upcoming", "forthcoming", "expected", "prospective", "possible", "future", "mooted", "envisaged");

  /**
   * "Talks between X and Y, scheduled for Thursday and Friday, ...", "the planned summit", "talks due to
   * begin on Monday": an event noun arranged for later (or only proposed) names no act that took place.
   */
  static boolean arrangedNoun(DependencyTree tree, int noun) {
    for (int c : tree.children(noun)) {
      String rel = tree.relation(c);
      if (!(rel.equals("amod") || rel.equals("acl") || rel.equals("acl:relcl"))) continue;
      String word = tree.token(c).lower();
      if (ARRANGED.contains(word) && !negated(tree, c)) return true;
    }
    // "Talks between X and Y are scheduled for Thursday", "the talks are due to begin": the noun is arranged
    int governor = tree.head(noun);
    return governor >= 0 && tree.relation(noun).startsWith("nsubj") && (ARRANGED.contains(tree.token(governor).lower())
        || tree.token(governor).lower().equals("set")) && !negated(tree, governor);
  }
}
