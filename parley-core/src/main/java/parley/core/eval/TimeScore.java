package parley.core.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time resolution scores: of {@code gold} expressions, {@code found} overlapped a predicted one and
 * {@code correct} also had the gold value; {@code byType} splits the counts by TimeML type. Of the
 * {@code predicted} expressions, {@code predictedMatched} overlapped a gold one (relaxed match).
 */
public record TimeScore(Counts all, Map<String, Counts> byType, int predicted, int predictedMatched) {
  public TimeScore {
    byType = Map.copyOf(new TreeMap<>(byType));
  }

  /** Scores without the count of predicted expressions (precision unknown). */
  public TimeScore(Counts all, Map<String, Counts> byType) {
    this(all, byType, 0, 0);
  }

  /** Relaxed-match precision: predicted expressions overlapping a gold one, over all predicted. */
  public double relaxedPrecision() {
    return predicted == 0 ? 0 : (double) predictedMatched / predicted;
  }

  /** Relaxed-match F1 of precision and recall (recall = found / gold). */
  public double relaxedF1() {
    double p = relaxedPrecision();
    double r = all.foundRate();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** TempEval-3's value F1: relaxed-match F1 times value accuracy over the found expressions. */
  public double valueF1() {
    return relaxedF1() * all.accuracyWhenFound();
  }

  /** Counts for one group of gold times. */
  public record Counts(int gold, int found, int correct) {
    public double accuracy() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    /** Value accuracy over the expressions found (TempEval-3's attribute accuracy). */
    public double accuracyWhenFound() {
      return found == 0 ? 0 : (double) correct / found;
    }

    public double foundRate() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    Counts plus(boolean wasFound, boolean wasCorrect) {
      return new Counts(gold + 1, found + (wasFound ? 1 : 0), correct + (wasCorrect ? 1 : 0));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "gold %d, found %d (%.3f), value correct %d (accuracy %.3f of gold,"
          + " %.3f of found)", gold, found, foundRate(), correct, accuracy(), accuracyWhenFound());
    }
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("all: ").append(all);
    if (predicted > 0) {
      out.append(String.format(Locale.ROOT, "\nTempEval-3 style (precision holds only where the gold marks every expression): relaxed match P %.3f (%d of %d predicted) R %.3f"
          + " F1 %.3f; value F1 (relaxed F1 x accuracy of found) %.3f", relaxedPrecision(), predictedMatched,
          predicted, all.foundRate(), relaxedF1(), valueF1()));
    }
    if (byType.size() > 1 || !byType.containsKey("UNTYPED")) {
      new TreeMap<>(byType).forEach((type, c) -> out.append('\n').append(type).append(": ").append(c));
    }
    return out.toString();
  }
}
