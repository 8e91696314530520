package parley.store;

/**
 * A growing set of 128-bit keys (the first half of a SHA-256 digest) in one open-addressing
 * {@code long[]}: about 32 to 64 bytes a key, where a {@code HashSet<String>} of hex digests takes
 * some 150. Two different texts or ids share a key only if their SHA-256 digests share 128 bits.
 */
final class DigestSet {
  private static final double MAX_LOAD = 0.5;

  /** Pairs of longs (high, low); the pair (0, 0) marks an empty slot, so a (0, 0) key is kept aside. */
  private long[] slots = new long[2 * 1024];
  private int size;
  private boolean holdsZero;

  /** Adds the key; whether it was new. */
  boolean add(long high, long low) {
    if (high == 0 && low == 0) {
      boolean added = !holdsZero;
      holdsZero = true;
      if (added) size++;
      return added;
    }
    if (size + 1 > MAX_LOAD * capacity()) grow();
    if (!insert(slots, high, low)) return false;
    size++;
    return true;
  }

  boolean contains(long high, long low) {
    if (high == 0 && low == 0) return holdsZero;
    int mask = capacity() - 1;
    for (int i = slot(high, low, mask); ; i = (i + 1) & mask) {
      long h = slots[2 * i];
      long l = slots[2 * i + 1];
      if (h == 0 && l == 0) return false;
      if (h == high && l == low) return true;
    }
  }

  int size() {
    return size;
  }

  private int capacity() {
    return slots.length / 2;
  }

  private static boolean insert(long[] table, long high, long low) {
    int mask = table.length / 2 - 1;
    for (int i = slot(high, low, mask); ; i = (i + 1) & mask) {
      long h = table[2 * i];
      long l = table[2 * i + 1];
      if (h == 0 && l == 0) {
        table[2 * i] = high;
        table[2 * i + 1] = low;
        return true;
      }
      if (h == high && l == low) return false;
    }
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (int i = 0; i < slots.length; i += 2) {
      if (slots[i] != 0 || slots[i + 1] != 0) insert(bigger, slots[i], slots[i + 1]);
    }
    slots = bigger;
  }

  /** The key's bits are SHA-256 output, already uniform: the low bits pick the slot. */
  private static int slot(long high, long low, int mask) {
    return (int) (low ^ high) & mask;
  }
}
