package parley.core.code;

/**
 * A sentence's place tokens taken as runs: neighbouring tokens read as the same country's place
 * ("New York", "Santa Fe") form one run, which a place rule keeps or clears as a whole.
 */
final class PlaceRuns {
  /** Whether the place run from token {@code first} to {@code last} is no place here. */
  @FunctionalInterface
  interface NoPlace {
    boolean test(int first, int last);
  }

  private PlaceRuns() {}

  /** Clears in {@code placeCountries} each run that {@code noPlace} rejects. */
  static void clearWhere(String[] placeCountries, NoPlace noPlace) {
    int i = 0;
    while (i < placeCountries.length) {
      if (placeCountries[i] == null) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < placeCountries.length && placeCountries[i].equals(placeCountries[last + 1])) last++;
      if (noPlace.test(i, last)) {
        for (int k = i; k <= last; k++) placeCountries[k] = null;
      }
      i = last + 1;
    }
  }
}
