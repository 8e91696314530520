package parley.core.time;

import java.time.LocalDate;

/**
 * A past verb's quarter of no named year is the last one of that number already told of: "exports
 * fell in the second quarter" told in February is last year's second quarter, and so is "the first
 * quarter" told on 2 January, when the quarter has barely begun. Weeks into its own quarter, a
 * quarter numbered like it may be a fiscal one just reported ("reported a fourth-quarter loss" in
 * late October), so it stays this year's.
 */
final class QuarterNotOver {
  /** Days into a quarter within which nothing of it can yet be told as done. */
  private static final int JUST_BEGUN = 14;

  private QuarterNotOver() {}

  /** Whether quarter {@code q} of the anchor's year is still ahead, or only just begun, on {@code anchor}. */
  static boolean when(int q, LocalDate anchor) {
    int current = IsoValues.quarterOf(anchor);
    LocalDate start = LocalDate.of(anchor.getYear(), 3 * current - 2, 1);
    return q > current || q == current && anchor.isBefore(start.plusDays(JUST_BEGUN));
  }
}
