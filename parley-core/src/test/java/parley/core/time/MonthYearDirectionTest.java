package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;
import parley.core.quote.Parses;

/**
 * Which year a month or a date without a year falls in: behind the story in a past clause, ahead in
 * a planned one, and ahead when it is a date of effect or a deadline, on sentences written for the test.
 */
class MonthYearDirectionTest {
  private static final LocalDate NOVEMBER = LocalDate.of(2019, 11, 10);

  private static String value(String text, String words, LocalDate published, List<Sentence> parsed) {
    return ResolvedTimes.valueOf(text, words, published, parsed);
  }

  @Test
  void pastMonthOfTheSameYear_staysInThatYear_howeverFarBack() {
    String text = "In March, a car bomb in the capital killed two soldiers.";
    Sentence s = Parses.sentence(text, 0, 0, "In/IN/2/case March/NNP/10/obl ,/,/10/punct a/DT/6/det car/NN/6/compound "
        + "bomb/NN/10/nsubj in/IN/9/case the/DT/9/det capital/NN/6/nmod killed/VBD/0/root/kill two/CD/12/nummod "
        + "soldiers/NNS/10/obj/soldier ./PUNCT/10/punct");
    assertThat(value(text, "March", NOVEMBER, List.of(s))).isEqualTo("2019-03");
    // a past month of the year before, weeks away ahead, is still read as the coming one (the
    // writer would have named the year): the distance rule is kept across the turn of the year
    String payable = "The board cut the dividend, which it said was payable Jan. 2 to holders.";
    assertThat(value(payable, "Jan. 2", NOVEMBER, List.of())).isEqualTo("2020-01-02");
  }

  @Test
  void dateHungOnAPastVerb_isTheLastOneBehind_evenInTheYearBefore() {
    // a June story telling last autumn's takeover battle: September 25 is behind, not three months ahead
    String text = "On Sept. 25, the board began talks with the buyer.";
    Sentence s = Parses.sentence(text, 0, 0, "On/IN/2/case Sept./NNP/7/obl 25/CD/2/nummod ,/,/7/punct the/DT/6/det "
        + "board/NN/7/nsubj began/VBD/0/root/begin talks/NNS/7/obj/talk with/IN/11/case the/DT/11/det buyer/NN/8/nmod "
        + "./././punct");
    assertThat(value(text, "Sept. 25", LocalDate.of(2019, 6, 29), List.of(s))).isEqualTo("2018-09-25");
    // the next month or two is still read as ahead: the parse often hangs a noun's month on the verb
    // ("notified the refiners of a cut in their supplies in September")
    String cut = "The exporter notified the refiners of a cut in their supplies in September.";
    Sentence c = Parses.sentence(cut, 0, 0, "The/DT/2/det exporter/NN/3/nsubj notified/VBD/0/root/notify the/DT/5/det "
        + "refiners/NNS/3/obj/refiner of/IN/8/case a/DT/8/det cut/NN/5/nmod in/IN/11/case their/PRP$/11/nmod:poss/they "
        + "supplies/NNS/8/nmod/supply in/IN/13/case September/NNP/3/obl ./././punct");
    assertThat(value(cut, "September", LocalDate.of(2019, 8, 16), List.of(c))).isEqualTo("2019-09");
  }

  @Test
  void dateOfEffect_liesAhead_whateverTheClauseTense() {
    String text = "The company reduced its dividend in a move announced on Tuesday, payable Jan. 12.";
    // a November story: last January is within the year, but a payment date is a schedule
    assertThat(value(text, "Jan. 12", LocalDate.of(2019, 12, 20), List.of())).isEqualTo("2020-01-12");
    String effective = "The ministry created a new office, effective Feb. 1.";
    assertThat(value(effective, "Feb. 1", NOVEMBER, List.of())).isEqualTo("2020-02-01");
    // one a few weeks behind stays behind
    assertThat(value(effective, "Feb. 1", LocalDate.of(2019, 2, 20), List.of())).isEqualTo("2019-02-01");
  }

  @Test
  void extendedThrough_liesAhead() {
    String text = "Lenders extended the credit line through January.";
    assertThat(value(text, "January", NOVEMBER, List.of())).isEqualTo("2020-01");
  }

  @Test
  void timeByWhichSomethingIsDone_liesAhead_whenNoVerbDecides() {
    String text = "Repayment of the whole loan by February is the goal.";
    assertThat(value(text, "February", LocalDate.of(2019, 7, 10), List.of())).isEqualTo("2020-02");
  }

  @Test
  void infinitiveQualifyingANoun_isAnAim() {
    String text = "The sale is part of the group's effort to repay its bank loans in February.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det sale/NN/4/nsubj is/VBZ/4/cop/be part/NN/0/root "
        + "of/IN/9/case the/DT/7/det group/NN/9/nmod:poss 's/POS/7/case effort/NN/4/nmod to/TO/11/mark "
        + "repay/VB/9/acl its/PRP$/14/nmod:poss bank/NN/14/compound loans/NNS/11/obj/loan in/IN/16/case "
        + "February/NNP/11/obl ./PUNCT/4/punct");
    assertThat(value(text, "February", NOVEMBER, List.of(s))).isEqualTo("2020-02");
  }

  @Test
  void infinitiveAfterARankedNoun_tellsWhoDidIt() {
    String text = "Among the first countries to join the pact on Friday were Poland and Hungary.";
    Sentence s = Parses.sentence(text, 0, 0, "Among/IN/4/case the/DT/4/det first/JJ/4/amod countries/NNS/12/nsubj/country "
        + "to/TO/6/mark join/VB/4/acl the/DT/8/det pact/NN/6/obj on/IN/10/case Friday/NNP/6/obl were/VBD/12/cop/be "
        + "Poland/NNP/0/root and/CC/14/cc Hungary/NNP/12/conj ./PUNCT/12/punct");
    assertThat(value(text, "Friday", NOVEMBER, List.of(s))).isEqualTo("2019-11-08");
  }

  @Test
  void pastLookingWordTaggedAsABaseForm_isNoPastCue() {
    String text = "The party will pick a leader in June, though it is hard to lay odds on the vote Feb. 23.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det party/NN/4/nsubj will/MD/4/aux pick/VB/0/root a/DT/6/det "
        + "leader/NN/4/obj in/IN/8/case June/NNP/4/obl ,/,/4/punct though/IN/13/mark it/PRP/13/nsubj is/VBZ/13/cop/be "
        + "hard/JJ/4/advcl to/TO/15/mark lay/VB/13/xcomp odds/NNS/15/obj on/IN/19/case the/DT/19/det vote/NN/16/nmod "
        + "Feb./NNP/15/obl:tmod 23/CD/20/nummod ./PUNCT/4/punct");
    assertThat(value(text, "Feb. 23", LocalDate.of(2019, 12, 15), List.of(s))).isEqualTo("2020-02-23");
  }

  @Test
  void sinceYearEnd_isTheLastYearEndPast() {
    assertThat(value("Shares have risen 20% since year-end.", "year-end", NOVEMBER, List.of())).isEqualTo("2018-12-31");
    assertThat(value("The bank hopes to sell the unit by year-end.", "year-end", NOVEMBER, List.of())).isEqualTo("2019-12-31");
  }
}
