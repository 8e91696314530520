package parley.core.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time resolution scores: of {@code gold} expressions, {@code found} overlapped a predicted one and
 * {@code correct} also had the gold value; {@code byType} splits the counts by TimeML type.
 */
public record TimeScore(Counts all, Map<String, Counts> byType) {
  public TimeScore {
    byType = Map.copyOf(new TreeMap<>(byType));
  }

  /** Counts for one group of gold times. */
  public record Counts(int gold, int found, int correct) {
    public double accuracy() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    public double foundRate() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    Counts plus(boolean wasFound, boolean wasCorrect) {
      return new Counts(gold + 1, found + (wasFound ? 1 : 0), correct + (wasCorrect ? 1 : 0));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "gold %d, found %d (%.3f), value correct %d (accuracy %.3f)",
          gold, found, foundRate(), correct, accuracy());
    }
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("all: ").append(all);
    new TreeMap<>(byType).forEach((type, c) -> out.append('\n').append(type).append(": ").append(c));
    return out.toString();
  }
}
