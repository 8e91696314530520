package parley.store;

/**
 * How events are merged: reports whose event dates lie within {@code windowDays} of each other
 * (chained), and texts whose MinHash similarity reaches {@code duplicateSimilarity}.
 */
public record MergeSettings(int windowDays, double duplicateSimilarity) {
  public MergeSettings {
    if (windowDays < 0) throw new IllegalArgumentException("negative merge window: " + windowDays);
    if (duplicateSimilarity <= 0 || duplicateSimilarity > 1) {
      throw new IllegalArgumentException("similarity must be in (0, 1]: " + duplicateSimilarity);
    }
  }

  public static MergeSettings defaults() {
    return new MergeSettings(3, 0.8);
  }
}
