package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.TimeExpression;

/**
 * "A year earlier" and "last year" in results reporting name the period they are compared with one
 * year back: the nearest period reported before them decides (a quarter, nine months, a year). On
 * sentences written for the test.
 */
class ComparedPeriodTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 10, 24);

  private static List<String> values(String text) {
    return ResolvedTimes.listed(text, PUBLISHED);
  }

  @Test
  void yearEarlier_afterNineMonths_isTheYear_notTheQuarterBeforeIt() {
    String text = "Profit rose in the third quarter to $4 million from $3 million a year earlier. "
        + "For the nine months, profit rose to $9 million from $8 million a year earlier.";
    assertThat(values(text)).containsExactly("in the third quarter = 2019-Q3", "a year earlier = 2018-Q3",
        "For the nine months = P9M", "a year earlier = 2018");
  }

  @Test
  void yearAgoQuarter_isAQuarter_evenAfterADate() {
    String text = "Profit rose in the third quarter. The quarter ended Sept. 30. Profit in the year-ago quarter was lower.";
    assertThat(values(text)).contains("in the year-ago quarter = 2018-Q3");
  }

  @Test
  void periodYear_afterNineMonths_isTheYear() {
    String text = "Sales rose in the third quarter. In the first nine months, sales fell from the 2018 period.";
    assertThat(values(text)).contains("2018 = 2018");
  }

  @Test
  void lastYear_closingAComparison_isTheSameQuarterAYearBack() {
    String text = "In the latest quarter, the unit earned $5 million, compared with a loss of $2 million last year.";
    assertThat(values(text)).contains("last year = 2018-Q3");
    assertThat(values("Profit rose in the third quarter. It rose from last year.")).contains("from last year = 2018-Q3");
    // "last year" told of its own, with no comparison, stays the year
    assertThat(values("Profit rose in the third quarter. Last year the unit was sold.")).contains("Last year = 2018");
    assertThat(values("Profit rose in the third quarter from a year ago. Last year, the unit lost money."))
        .contains("Last year = 2018");
    // the year just reported is the one compared
    assertThat(values("Sales rose in the fourth quarter. Net for the year ended Aug. 31 was $2 million, down from "
        + "$9 million last year.")).contains("last year = 2018");
    // "last year's" qualifies its own noun
    assertThat(values("Sales rose in the third quarter, compared with last year's strike-hit figures."))
        .contains("last year = 2018");
  }
}
