package parley.core.eval;

import java.util.List;

/**
 * Precision, recall and F1 of coded events against gold, with what was missed and what was coded
 * wrongly. Precision = matched / (predicted - matched optional); recall = matched required / required.
 */
public record EventScore(int predicted, int matched, int matchedOptional, int required, int matchedRequired,
    int pairsFound, int pairsTypedRight, int negativesHit, List<String> misses, List<String> falsePositives) {
  public EventScore {
    misses = List.copyOf(misses);
    falsePositives = List.copyOf(falsePositives);
  }

  public double precision() {
    int denominator = predicted - matchedOptional;
    return denominator <= 0 ? 0 : (double) (matched - matchedOptional) / denominator;
  }

  public double recall() {
    return required == 0 ? 0 : (double) matchedRequired / required;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Gold pairs whose actors were found with some event between them, whatever its class. */
  public double pairRecall() {
    return required == 0 ? 0 : (double) pairsFound / required;
  }

  /** Of the pairs found, how many carried the right class. */
  public double typeAccuracy() {
    return pairsFound == 0 ? 0 : (double) pairsTypedRight / pairsFound;
  }
}
