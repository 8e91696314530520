package parley.core.time;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * A date inside a comparison names the time of the figure compared with, not of the act: "provided
 * a fifth of the money, compared with 1 percent in 2010", "exports rose, against 3 percent in 1985",
 * "more than in 2012". The date, or a noun it hangs on below the clause's verb, is marked by
 * "compared (with/to)", "than", "versus"; or the phrase is headed by the participle "compared".
 * Stateless.
 */
final class ComparedPeriodDate {
  private static final Set<String> COMPARING = Set.of("compared", "than", "versus", "vs", "vs.");

  private ComparedPeriodDate() {}

  static boolean isCompared(Sentence sentence, int timeHead) {
    int current = timeHead;
    for (int steps = 0; steps < 6; steps++) {
      Token token = sentence.token(current);
      if (token.isVerb()) {
        // "compared with 1 percent in 2010" parsed as a participle clause
        return current != timeHead && token.pos().equals("VBN")
            && token.lemma().toLowerCase(Locale.ROOT).equals("compare");
      }
      for (Arc arc : sentence.dependents(current)) {
        if ((arc.baseRelation().equals("case") || arc.baseRelation().equals("mark"))
            && COMPARING.contains(sentence.token(arc.dependent()).text().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      Optional<Arc> up = sentence.head(current);
      if (up.isEmpty() || up.get().governor() < 0) return false;
      current = up.get().governor();
    }
    return false;
  }
}
