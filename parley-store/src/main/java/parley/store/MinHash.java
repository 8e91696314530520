package parley.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MinHash signature of a text over its word 5-grams (lower case, punctuation dropped): 64 slots,
 * whose share of equal values estimates the Jaccard similarity of two texts, and 8 LSH bands of 8
 * slots that two texts share when they are near-duplicates (Jaccard ~0.8 or more).
 */
public final class MinHash {
  public static final int SLOTS = 64;
  public static final int BANDS = 8;
  static final int SHINGLE = 5;
  private static final long[] SEEDS = seeds();
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private MinHash() {}

  /** The signature, or empty for a text too short to have a 5-gram. */
  public static Optional<long[]> signature(String text) {
    String[] words = NOT_WORD.split(text.toLowerCase(Locale.ROOT));
    words = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
    if (words.length < SHINGLE) return Optional.empty();
    long[] min = new long[SLOTS];
    Arrays.fill(min, Long.MAX_VALUE);
    long[] wordHashes = new long[words.length];
    for (int i = 0; i < words.length; i++) wordHashes[i] = fnv(words[i]);
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long h = 0;
      for (int k = 0; k < SHINGLE; k++) h = h * 0x9E3779B97F4A7C15L + wordHashes[i + k];
      for (int slot = 0; slot < SLOTS; slot++) {
        long v = mix(h ^ SEEDS[slot]);
        if (v < min[slot]) min[slot] = v;
      }
    }
    return Optional.of(min);
  }

  /** The hash of each band: its 8 slot values combined. */
  public static long[] bands(long[] signature) {
    int rows = SLOTS / BANDS;
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b + 1;
      for (int r = 0; r < rows; r++) h = mix(h * 31 + signature[b * rows + r]);
      out[b] = h;
    }
    return out;
  }

  /** Estimated Jaccard similarity: the share of slots with equal values. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SLOTS; i++) if (a[i] == b[i]) same++;
    return same / (double) SLOTS;
  }

  private static long fnv(String word) {
    long h = 0xcbf29ce484222325L;
    for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: a good 64-bit mix. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[SLOTS];
    long s = 0x5DEECE66DL;
    for (int i = 0; i < SLOTS; i++) {
      s += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(s);
    }
    return seeds;
  }
}
