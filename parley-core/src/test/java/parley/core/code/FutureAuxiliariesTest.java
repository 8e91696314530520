package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FutureAuxiliariesTest {
  @Test
  void futureIsWillShallAndTheWoOfWont() {
    assertThat(List.of("will", "'ll", "shall", "wo")).allMatch(FutureAuxiliaries::future);
    assertThat(List.of("would", "'d", "may", "can", "going")).noneMatch(FutureAuxiliaries::future);
  }

  @Test
  void futureOrConditionalAddsWouldAndItsContraction() {
    assertThat(List.of("will", "'ll", "shall", "wo", "would", "'d")).allMatch(FutureAuxiliaries::futureOrConditional);
    assertThat(List.of("could", "might", "may", "should", "must", "can")).noneMatch(FutureAuxiliaries::futureOrConditional);
  }

  @Test
  void wontIsTheTokenizersWo() {
    assertThat(FutureAuxiliaries.WONT).isEqualTo("wo");
  }
}
