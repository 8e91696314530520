package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A results story reports one quarter: "the quarter", "the latest period" and the year-ago comparisons
 * are valued from it, not from the calendar quarter just ended nor from quarters looked forward to or
 * named in passing. On sentences written for the test.
 */
class ReportedQuarterTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 10, 24);

  private static List<String> values(String text) {
    return values(text, PUBLISHED);
  }

  private static List<String> values(String text, LocalDate published) {
    return ResolvedTimes.listed(text, published);
  }

  @Test
  void theQuarter_isTheFiscalQuarterReported_notTheCalendarOne() {
    String text = "The toolmaker earned $3 million in the fiscal first quarter. Sales for the quarter rose 8%. "
        + "In the 2018 period, it had earned $1 million.";
    assertThat(values(text)).contains("in the fiscal first quarter = 2019-Q1", "for the quarter = 2019-Q1",
        "2018 period = 2018-Q1");
  }

  @Test
  void latestPeriod_isTheFiscalFourthQuarterTheStoryLeadsWith() {
    String text = "The grocer posted lower fourth-quarter profit. Sales in the latest period rose 5%.";
    assertThat(values(text)).contains("in the latest period = 2019-Q4");
  }

  @Test
  void aQuarterLookedForwardTo_isNotTheOneReported() {
    String text = "The insurer's third-quarter profit rose. The storm will bring a fourth-quarter charge. "
        + "In the latest quarter, its car insurance lost money, compared with a profit a year ago.";
    assertThat(values(text)).contains("In the latest quarter = 2019-Q3", "a year ago = 2018-Q3");
  }

  @Test
  void yearEarlierPeriod_farFromTheQuarterNamed_andAfterAQuarterlyDividend_isThatQuarterAYearBack() {
    String filler = "The board met in the capital and discussed the plant, its workers and its long history. ";
    String text = "The chemical maker said third-quarter profit grew. It also raised its quarterly dividend. "
        + filler.repeat(6) + "In the year-earlier period, the company earned $4 million.";
    assertThat(values(text)).contains("In the year-earlier period = 2018-Q3");
  }

  @Test
  void yearAgo_afterTheDayTheQuarterEnded_isTheQuarter_andAYearEarlierAfterIt_too() {
    String text = "The weaver earned $4 million for the fiscal first quarter ended Sept. 30. It lost $2 million "
        + "a year ago. Sales were $30 million, compared with $28 million a year earlier.";
    assertThat(values(text)).contains("a year ago = 2018-Q1", "a year earlier = 2018-Q1");
  }

  @Test
  void aQuarterDescribedInPassing_orLongPast_isNotTheOneReported() {
    assertThat(values("Net rose in the third quarter from a year ago. After a flat second quarter, sales grew. "
        + "Charges taken in the year-earlier period were large.")).contains("in the year-earlier period = 2018-Q3");
    assertThat(values("The utility stopped its dividend in the third quarter of 2014. It reported third-quarter "
        + "net of $6 million, up from $5 million a year ago.")).contains("a year ago = 2018-Q3");
  }

  @Test
  void yearAgoSecondQuarter_keepsTheQuarterItNames() {
    assertThat(values("The chipmaker expects a third-quarter loss, after a loss in the year-ago second quarter."))
        .contains("in the year-ago second quarter = 2018-Q2");
  }

  @Test
  void finalQuarterLastYear_isNoYearAgoComparison_andQuarterToQuarter_isNoTime() {
    assertThat(values("Imports rose 3% during the final quarter last year.")).contains("last year = 2018");
    assertThat(values("The quarter-to-quarter comparison was helped by charges.")).isEmpty();
  }

  @Test
  void aQuarterOver_beatsOneUnderWay_forTheLead() {
    String text = "The retailer remains optimistic about the fourth quarter. For the third quarter, it earned "
        + "$4 million. Sales in the quarter rose 9% from a year ago.";
    assertThat(values(text)).contains("in the quarter = 2019-Q3", "from a year ago = 2018-Q3");
  }

  @Test
  void anEarlierQuarterNamedSince_isComparedWith_notReported() {
    String text = "Output rose in the fourth quarter of 2018 after falling in the third quarter. "
        + "Investment fell in the quarter.";
    assertThat(values(text, LocalDate.of(2019, 3, 15))).contains("in the quarter = 2018-Q4");
  }

  @Test
  void aQuarterLookedForwardTo_isTheOneComparedWith_inItsOwnSentence() {
    String text = "The carmaker reported lower third-quarter profit. It said fourth-quarter earnings will exceed "
        + "those of the year-ago quarter.";
    assertThat(values(text)).contains("the year-ago quarter = 2018-Q4");
  }
}
