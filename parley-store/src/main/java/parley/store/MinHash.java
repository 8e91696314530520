package parley.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private MinHash() {}

  /**
   * The signature, or empty for a text too short to have a 5-gram. Words are runs of letters and
   * numbers (Unicode categories L and N) of the lower-cased text, each hashed by FNV-1a over its
   * UTF-8 bytes; read in one pass, without splitting the text into strings.
   */
  public static Optional<long[]> signature(String text) {
    return signatureOfWordHashes(wordHashes(text.toLowerCase(Locale.ROOT)));
  }

  /** The signature over word hashes as {@link #wordHashes} gives them. */
  static Optional<long[]> signatureOfWordHashes(long[] wordHashes) {
    int words = (int) wordHashes[0];
    if (words < SHINGLE) return Optional.empty();
    long[] min = new long[SLOTS];
    Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 1; i + SHINGLE <= words + 1; i++) {
      long h = 0;
      for (int k = 0; k < SHINGLE; k++) h = h * 0x9E3779B97F4A7C15L + wordHashes[i + k];
      for (int slot = 0; slot < SLOTS; slot++) {
        long v = mix(h ^ SEEDS[slot]);
        if (v < min[slot]) min[slot] = v;
      }
    }
    return Optional.of(min);
  }

  /** The FNV-1a hash of each word, from index 1; index 0 holds the number of words. */
  static long[] wordHashes(String lower) {
    long[] out = new long[16];
    int words = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (isWordPart(cp)) {
        h = fnvUtf8(h, cp);
        inWord = true;
      } else if (inWord) {
        if (++words >= out.length) out = Arrays.copyOf(out, out.length * 2);
        out[words] = h;
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) {
      if (++words >= out.length) out = Arrays.copyOf(out, out.length * 2);
      out[words] = h;
    }
    out[0] = words;
    return out;
  }

  /** A letter or a number ({@code \p{L}} or {@code \p{N}}). */
  private static boolean isWordPart(int cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    if (Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** FNV-1a over the UTF-8 bytes of one code point. */
  private static long fnvUtf8(long h, int cp) {
    if (cp < 0x80) return fnvByte(h, cp);
    if (cp < 0x800) return fnvByte(fnvByte(h, 0xC0 | (cp >> 6)), 0x80 | (cp & 0x3F));
    if (cp < 0x10000) {
      return fnvByte(fnvByte(fnvByte(h, 0xE0 | (cp >> 12)), 0x80 | ((cp >> 6) & 0x3F)), 0x80 | (cp & 0x3F));
    }
    return fnvByte(fnvByte(fnvByte(fnvByte(h, 0xF0 | (cp >> 18)), 0x80 | ((cp >> 12) & 0x3F)),
        0x80 | ((cp >> 6) & 0x3F)), 0x80 | (cp & 0x3F));
  }

  /** One FNV-1a step; the byte is sign-extended as Java's {@code byte} is. */
  private static long fnvByte(long h, int unsignedByte) {
    return (h ^ (byte) unsignedByte) * FNV_PRIME;
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
