package parley.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.List;
import java.util.Locale;

/**
 * A sentence's first word is capitalised whatever it is, so the tagger often reads a plural common
 * noun there as a proper one ("Sanctions against Iran ...", "Islamists attacked ...": NNPS), and the
 * lemmatiser then leaves it as written ("sanctions"). Such a word is lemmatised as the plural noun
 * it may be ("sanction"), so event nouns and role words match it as they do after "The".
 */
final class InitialPluralLemma {
  private InitialPluralLemma() {}

  /** The lemma of token {@code i}: {@code lemma} unless it is a sentence-initial NNPS left unreduced. */
  static String of(List<CoreLabel> labels, int i, String lemma) {
    CoreLabel label = labels.get(i);
    String word = label.word();
    if (word == null || !"NNPS".equals(label.tag()) || !initial(labels, i)) return lemma;
    String lower = word.toLowerCase(Locale.ROOT);
    if (!lower.equals(lemma) || !lower.endsWith("s") || lower.length() < 4) return lemma;
    String plural = Morphology.lemmaStatic(lower, "NNS");
    return plural == null || plural.isEmpty() ? lemma : plural.toLowerCase(Locale.ROOT);
  }

  /** Only punctuation (an opening quote or bracket) stands before token {@code i}. */
  private static boolean initial(List<CoreLabel> labels, int i) {
    for (int j = 0; j < i; j++) {
      String word = labels.get(j).word();
      if (word == null || word.isEmpty() || Character.isLetterOrDigit(word.charAt(0))) return false;
    }
    return true;
  }
}
