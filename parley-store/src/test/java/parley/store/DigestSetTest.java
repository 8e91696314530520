package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestSetTest {
  @Test
  void add_zeroKey_keptLikeAnyOther() {
    DigestSet set = new DigestSet();
    assertThat(set.contains(0, 0)).isFalse();
    assertThat(set.add(0, 0)).isTrue();
    assertThat(set.add(0, 0)).isFalse();
    assertThat(set.contains(0, 0)).isTrue();
    assertThat(set.size()).isEqualTo(1);
  }

  @Test
  void add_keysSharingOneHalf_areDifferentKeys() {
    DigestSet set = new DigestSet();
    assertThat(set.add(5, 1)).isTrue();
    assertThat(set.add(5, 2)).isTrue();
    assertThat(set.add(6, 1)).isTrue();
    assertThat(set.contains(5, 3)).isFalse();
    assertThat(set.size()).isEqualTo(3);
  }

  @Test
  void add_collidingSlotsPastGrowth_allFound() {
    DigestSet set = new DigestSet();
    for (long i = 1; i <= 5_000; i++) assertThat(set.add(i << 32, 0)).isTrue();
    for (long i = 1; i <= 5_000; i++) assertThat(set.contains(i << 32, 0)).isTrue();
    assertThat(set.contains(5_001L << 32, 0)).isFalse();
    assertThat(set.size()).isEqualTo(5_000);
  }
}
