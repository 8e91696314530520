package parley.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Headlines leave out articles, so a tagger reads "China signs loan" or "Netherlands grants aid" as
 * one noun phrase ("China signs" like "China ports") and the headline has no verb. In a headline with
 * no verb, the plural noun right after the leading proper nouns, with words after it, is its verb
 * (VBZ): the subject-verb-object order of a headline.
 */
final class HeadlineVerb {
  private HeadlineVerb() {}

  /** Retags the verb of a verbless headline; returns whether a tag changed. */
  static boolean retag(List<CoreLabel> labels) {
    if (labels.stream().anyMatch(l -> l.tag() != null && (l.tag().startsWith("VB") || l.tag().equals("MD")))) {
      return false;
    }
    int i = 0;
    while (i < labels.size() && labels.get(i).tag() != null && labels.get(i).tag().startsWith("NNP")) i++;
    if (i == 0 || i + 1 >= labels.size()) return false;
    CoreLabel candidate = labels.get(i);
    if (!"NNS".equals(candidate.tag()) || !candidate.word().endsWith("s")) return false;
    candidate.setTag("VBZ");
    return true;
  }
}
