package parley.core.eval;

import java.util.Locale;

/**
 * Quote scores: of {@code gold} quotes, {@code found} overlapped a predicted quote and
 * {@code speakerCorrect} also had the right speaker; {@code predicted} counts all predictions, of
 * which {@code supported} overlap some gold quote's text.
 */
public record QuoteScore(int gold, int found, int speakerCorrect, int predicted, int supported) {
  /** Of the predicted quotes, the share that overlaps a gold quote. */
  public double precision() {
    return predicted == 0 ? 0 : (double) supported / predicted;
  }

  public double foundRate() {
    return gold == 0 ? 0 : (double) found / gold;
  }

  /** Speaker accuracy over all gold quotes. */
  public double speakerAccuracy() {
    return gold == 0 ? 0 : (double) speakerCorrect / gold;
  }

  /** Speaker accuracy over the gold quotes that were found. */
  public double speakerAccuracyWhenFound() {
    return found == 0 ? 0 : (double) speakerCorrect / found;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "gold %d, found %d (%.3f), speaker correct %d (%.3f of gold, %.3f of found),"
        + " predicted %d, of which %d overlap a gold quote (precision %.3f)", gold, found, foundRate(), speakerCorrect,
        speakerAccuracy(), speakerAccuracyWhenFound(), predicted, supported, precision());
  }
}
