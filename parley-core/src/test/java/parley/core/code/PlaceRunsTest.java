package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceRunsTest {
  @Test
  void clearWhere_takesNeighbouringTokensOfOneCountryAsOneRun() {
    String[] places = {null, "USA", "USA", "CAN", null, "USA"};
    List<String> runs = new ArrayList<>();
    PlaceRuns.clearWhere(places, (first, last) -> {
      runs.add(first + "-" + last);
      return false;
    });
    assertThat(runs).containsExactly("1-2", "3-3", "5-5");
    assertThat(places).containsExactly(null, "USA", "USA", "CAN", null, "USA");
  }

  @Test
  void clearWhere_clearsOnlyTheRejectedRunsWhole() {
    String[] places = {"GBR", "GBR", null, "FRA"};
    PlaceRuns.clearWhere(places, (first, last) -> places[first].equals("GBR"));
    assertThat(places).containsExactly(null, null, null, "FRA");
  }
}
