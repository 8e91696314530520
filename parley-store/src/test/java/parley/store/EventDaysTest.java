package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDaysTest {
  @Test
  void firstDay_ofEachPrecision() {
    assertThat(EventDays.firstDay("2019-11-08")).contains(LocalDate.of(2019, 11, 8));
    assertThat(EventDays.firstDay("2019-11-08T10:00")).contains(LocalDate.of(2019, 11, 8));
    assertThat(EventDays.firstDay("2019-04")).contains(LocalDate.of(2019, 4, 1));
    assertThat(EventDays.firstDay("2019")).contains(LocalDate.of(2019, 1, 1));
    assertThat(EventDays.firstDay("2019-W45")).contains(LocalDate.of(2019, 11, 4));
  }

  @Test
  void firstDay_impossibleOrUnknown_isEmpty() {
    assertThat(EventDays.firstDay("2019-02-30")).isEmpty();
    assertThat(EventDays.firstDay("2019-13")).isEmpty();
    assertThat(EventDays.firstDay("PRESENT_REF")).isEmpty();
  }
}
