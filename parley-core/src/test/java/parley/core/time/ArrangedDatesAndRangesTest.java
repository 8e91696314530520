package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;
import parley.core.quote.Parses;

/**
 * Dates something was arranged for or must be done by, spans of months, and dates whose year is
 * told in words, on sentences written for the test.
 */
class ArrangedDatesAndRangesTest {
  private static final LocalDate MARCH = LocalDate.of(2019, 3, 19);

  @Test
  void dateSetForAHearing_liesAhead_thoughTheSettingIsPast() {
    String text = "The commission has set a hearing on the rates for July 28.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det commission/NN/4/nsubj has/VBZ/4/aux/have set/VBN/0/root "
        + "a/DT/6/det hearing/NN/4/obj on/IN/9/case the/DT/9/det rates/NNS/6/nmod/rate for/IN/11/case July/NNP/4/obl "
        + "28/CD/11/nummod ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "July 28", MARCH, List.of(s))).isEqualTo("2019-07-28");
  }

  @Test
  void dateSomethingIsToBeDoneBy_liesAhead() {
    String text = "The board ordered the banks to repay the loans by December 31.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det board/NN/3/nsubj ordered/VBD/0/root/order the/DT/5/det "
        + "banks/NNS/3/obj/bank to/TO/7/mark repay/VB/3/xcomp the/DT/9/det loans/NNS/7/obj/loan by/IN/11/case "
        + "December/NNP/7/obl 31/CD/11/nummod ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "December 31", LocalDate.of(2019, 6, 2), List.of(s))).isEqualTo("2019-12-31");
  }

  @Test
  void planQualifyingANoun_mayBeOver() {
    // a Sunday story: the service planned for Saturday and canceled was yesterday's
    String text = "A memorial service planned at the college for Saturday was canceled.";
    Sentence s = Parses.sentence(text, 0, 0, "A/DT/3/det memorial/JJ/3/amod service/NN/11/nsubj:pass planned/VBN/3/acl/plan "
        + "at/IN/7/case the/DT/7/det college/NN/4/obl for/IN/9/case Saturday/NNP/4/obl was/VBD/11/aux:pass/be "
        + "canceled/VBN/0/root/cancel ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "Saturday", LocalDate.of(2019, 3, 24), List.of(s))).isEqualTo("2019-03-23");
  }

  @Test
  void spanOfMonths_liesWithinOneYear_fromItsNearerEnd() {
    // an October story: September just past decides that January is this year's, not the coming one
    String surplus = "The agency said the January-September surplus was a record.";
    assertThat(ResolvedTimes.listed(surplus, LocalDate.of(2019, 10, 19)))
        .contains("January = 2019-01", "September = 2019-09");
    // a March story: shipments for May to September are this year's
    String shipment = "Importers bought soybeans last month for May to September shipment.";
    assertThat(ResolvedTimes.listed(shipment, LocalDate.of(2019, 3, 2)))
        .contains("for May = 2019-05", "September = 2019-09");
    // a quota year running January to December
    String quota = "The quota for the quota year (January-December) has been set.";
    assertThat(ResolvedTimes.listed(quota, LocalDate.of(2019, 2, 26)))
        .contains("January = 2019-01", "December = 2019-12");
  }

  @Test
  void yearToldInWords_afterAMonthAndDay() {
    String text = "The protocol, signed on July 31 last year, extended the accord.";
    assertThat(ResolvedTimes.listed(text, LocalDate.of(2019, 6, 2))).containsExactly("on July 31 last year = 2018-07-31");
  }

  @Test
  void numberBeforeAHyphenatedUnit_isNoDay() {
    String text = "The ministry proposed a coupon for the April 10-year bond.";
    assertThat(ResolvedTimes.listed(text, LocalDate.of(2019, 3, 30))).doesNotContain("April 10 = 2019-04-10");
  }

  @Test
  void boundOnPartOfADay_liesAhead() {
    // a Tuesday story: the time given runs until Thursday to come
    String text = "The institute has given shippers until close of business on Thursday to submit details.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det institute/NN/4/nsubj has/VBZ/4/aux/have given/VBN/0/root/give "
        + "shippers/NNS/4/obj/shipper until/IN/7/case close/NN/4/obl of/IN/9/case business/NN/7/nmod on/IN/13/mark "
        + "Thursday/NNP/13/nsubj to/TO/13/mark submit/VB/7/acl details/NNS/13/obj/detail ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "Thursday", LocalDate.of(2019, 10, 22), List.of(s))).isEqualTo("2019-10-24");
  }

  @Test
  void verbJoinedToAModalOne_sharesItsFuture() {
    String text = "Higher demand should boost prices and enable the group to raise its price in January, traders said.";
    Sentence s = Parses.sentence(text, 0, 0, "Higher/JJR/2/amod/high demand/NN/4/nsubj should/MD/4/aux boost/VB/18/ccomp "
        + "prices/NNS/4/obj/price and/CC/7/cc enable/VB/4/conj the/DT/9/det group/NN/7/obj to/TO/11/mark "
        + "raise/VB/7/xcomp its/PRP$/13/nmod:poss price/NN/11/obj in/IN/15/case January/NNP/11/obl ,/,/18/punct "
        + "traders/NNS/18/nsubj/trader said/VBD/0/root/say ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "January", LocalDate.of(2019, 6, 29), List.of(s))).isEqualTo("2020-01");
  }

  @Test
  void passiveInfinitiveOfAnExpectation_liesAhead() {
    String text = "The purchase was expected to be completed by September 30.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det purchase/NN/4/nsubj:pass was/VBD/4/aux:pass/be "
        + "expected/VBN/0/root/expect to/TO/7/mark be/VB/7/aux:pass completed/VBN/4/xcomp/complete by/IN/9/case "
        + "September/NNP/7/obl 30/CD/9/nummod ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "September 30", LocalDate.of(2019, 3, 31), List.of(s))).isEqualTo("2019-09-30");
  }
}
