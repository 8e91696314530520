package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Words and figures that look like times but name none; sentences and tables written for the test. */
class FalseTimeReadingsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(1987, 3, 27);

  private static List<String> found(String text) {
    return TimeResolver.resolve(text, Optional.of(PUBLISHED), List.of()).stream().map(t -> t.text()).toList();
  }

  @Test
  void monthlyFiguresInATable_areNoDates() {
    assertThat(found("Barley prev 12.5, Feb 30.2, Mar 7.4, Apr 3.2, total 53.3.")).isEmpty();
    assertThat(found("SPREAD    LAST     PREV\n  May/Jul   0.22 under  0.25 under\n")).isEmpty();
    assertThat(found("Fob Santos     May        6/4 P     Jun        5.5/7 P")).isEmpty();
    assertThat(found("  Mar    121.50 121.75  14  May    120.25 120.00")).isEmpty();
    assertThat(found("  Mar    121.50 121.75 120.25  1990  Jun    120.25 120.00")).isEmpty();
    assertThat(found(" Mar    121.50 121.75  14\n May    120.25 120.00  1990\n Jun    119.75")).isEmpty();
  }

  @Test
  void datesInProse_stay() {
    assertThat(found("Shipments resumed on Apr 3. Prices rose.")).containsExactly("on Apr 3");
    assertThat(found("The talks end May 2, 1987, officials said.")).containsExactly("May 2, 1987");
    assertThat(found("The pact signed on 14\nMay was torn up.")).containsExactly("on 14\nMay");
    assertThat(found("The fund was set up in 1990.  Its  value doubled.")).containsExactly("in 1990");
    assertThat(found("The cargo is for June 10/July 10 shipment.")).containsExactly("for June 10", "July 10");
    assertThat(found("Results for the period ended Feb 28\n  Net profit 4.1 mln")).containsExactly("Feb 28");
  }

  @Test
  void aSecondBeforeANoun_isTheOrdinal() {
    assertThat(found("Prices rose for a second consecutive month.")).isEmpty();
    assertThat(found("In a second stage, the firm will sell its stake.")).isEmpty();
    assertThat(found("She rebounded after a second-place finish.")).isEmpty();
    assertThat(found("The lights went out for a second.")).containsExactly("for a second");
  }

  @Test
  void timeWordsInNames_areNoTimes() {
    assertThat(found("He told the editors of The Daily Courier that he would run.")).isEmpty();
    assertThat(found("The group bought the Herald and Weekly Chronicle last year.")).containsExactly("last year");
    assertThat(found("Shares of 21st Century Fox fell.")).isEmpty();
    assertThat(found("He spoke on NBC's This Week about the vote.")).isEmpty();
    assertThat(found("A group called Future 21 ran ads.")).isEmpty();
    assertThat(found("The lead manager was The Long Term Credit Bank.")).isEmpty();
    assertThat(found("The mine opened last month, the Shanxi Daily said.")).containsExactly("last month");
    // the same words in their time sense stay
    assertThat(found("The agency publishes the figures weekly.")).containsExactly("weekly");
    assertThat(found("Life changed in the 21st century.")).containsExactly("in the 21st century");
    assertThat(found("Current rules allow it.")).containsExactly("Current");
  }

  @Test
  void overnightAsSuddenlyOrAShift_isNoTime() {
    assertThat(found("She turned from a loyal aide to a fierce critic overnight.")).isEmpty();
    assertThat(found("The network will run news during the daytime and overnight hours.")).isEmpty();
    assertThat(found("Rebels shelled the town overnight.")).containsExactly("overnight");
  }

  @Test
  void otherSenses_ofTimeWords_areNoTimes() {
    assertThat(found("The current account surplus widened.")).isEmpty();
    assertThat(found("The current surplus widened.")).containsExactly("current");
    assertThat(found("He did well with the quarter of voters who earn most.")).isEmpty();
    assertThat(found("Sales fell in the quarter of 1986 that ended in June.")).contains("1986");
    assertThat(found("Profit rose in the 1986/87 year.")).doesNotContain("87 year");
    assertThat(found("Receipts were 41,000 head versus 39,000 week ago.")).isEmpty();
    assertThat(found("Talks were held on May 3 and 4.")).contains("4");
  }

  @Test
  void aYearBeforeTheWordYear_isThatYear() {
    assertThat(TimeResolver.resolve("Net income, 1985 year includes a gain.", Optional.of(PUBLISHED), List.of())
        .stream().map(t -> t.text() + " = " + t.value().orElse("")).toList()).containsExactly("1985 = 1985");
    assertThat(found("The walls stood for 2000 years.")).containsExactly("for 2000 years");
  }

  @Test
  void aSplitYear_isOneExpression() {
    assertThat(TimeResolver.resolve("The 1987/88 crop year starts in May.", Optional.of(PUBLISHED), List.of())
        .stream().map(t -> t.text() + " = " + t.value().orElse("")).toList())
        .containsExactly("1987/88 = 1987", "in May = 1987-05");
    assertThat(found("Profit rose in the 1986/87 year.")).containsExactly("1986/87");
    assertThat(found("It rose from 1985 to 1987/88.")).containsExactly("from 1985", "1987/88");
  }
}
