package parley.core.eval;

import java.util.List;
import java.util.Locale;

/** Event dates on matched events: of {@code dated} with a gold date, {@code correct} agreed with it. */
public record DateScore(int dated, int correct, List<String> errors) {
  public DateScore {
    errors = List.copyOf(errors);
  }

  public double accuracy() {
    return dated == 0 ? 0 : (double) correct / dated;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "matched events with a gold date %d, date correct %d (accuracy %.3f)",
        dated, correct, accuracy());
  }
}
