package parley.core.eval;

import java.util.Locale;

/**
 * Deadline scores: of {@code gold} deadlines, {@code found} overlapped a predicted deadline's
 * evidence; of those, how many had the setter and addressee country (first three letters of the
 * code, as for events), the due date and the setting date right. {@code predicted} counts all.
 */
public record DeadlineScore(int gold, int found, int setterCorrect, int addresseeCorrect, int dueCorrect,
    int setCorrect, int predicted) {
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "gold %d, found %d, setter correct %d, addressee correct %d, due correct %d,"
        + " set correct %d, predicted %d", gold, found, setterCorrect, addresseeCorrect, dueCorrect, setCorrect,
        predicted);
  }
}
