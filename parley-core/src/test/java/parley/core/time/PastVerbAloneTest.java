package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;
import parley.core.quote.Parses;

/**
 * A yearless date that only a past verb can own is last year's even when this year's lies weeks
 * ahead; with a noun of the verb between them it keeps the reading ahead. Sentences written for the test.
 */
class PastVerbAloneTest {
  private static final LocalDate NOVEMBER = LocalDate.of(2016, 11, 18);

  @Test
  void dateOnlyAPastVerbCanOwn_isLastYears() {
    String text = "The summit was held on December 12.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det summit/NN/4/nsubj:pass was/VBD/4/aux:pass/be held/VBN/0/root/hold "
        + "on/IN/6/case December/NNP/4/obl 12/CD/6/nummod ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "December 12", NOVEMBER, List.of(s))).isEqualTo("2015-12-12");
  }

  @Test
  void placeBetweenVerbAndMonth_doesNotHoldTheMonth() {
    String text = "The two leaders met in Hanoi in February.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/3/det two/CD/3/nummod leaders/NNS/4/nsubj/leader met/VBD/0/root/meet "
        + "in/IN/6/case Hanoi/NNP/4/obl in/IN/8/case February/NNP/4/obl ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "February", LocalDate.of(2016, 1, 20), List.of(s))).isEqualTo("2015-02");
  }

  @Test
  void nounOfTheVerbBetween_mayOwnTheMonth_soItStaysAhead() {
    // the cutback, not the telling, may be December's: the parser hangs the month on "told"
    String text = "The minister told oil companies of a cutback in supplies in December.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det minister/NN/3/nsubj told/VBD/0/root/tell oil/NN/5/compound "
        + "companies/NNS/3/obj/company of/IN/8/case a/DT/8/det cutback/NN/5/nmod in/IN/10/case supplies/NNS/8/nmod/supply "
        + "in/IN/12/case December/NNP/3/obl ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "December", NOVEMBER, List.of(s))).isEqualTo("2016-12");
  }
}
