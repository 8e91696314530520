package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;
import parley.core.quote.Parses;

/**
 * Dates hung on a verb with "will" or on a plan told in the present: they lie ahead however far, on
 * sentences written for the test.
 */
class FutureVerbDatesTest {
  private static final LocalDate JANUARY = LocalDate.of(2016, 1, 20);

  @Test
  void monthOnAVerbWithWill_isTheComingOne_thoughLastYearsIsNearer() {
    String text = "The presidential election will be held in November.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/3/det presidential/JJ/3/amod election/NN/6/nsubj:pass will/MD/6/aux "
        + "be/VB/6/aux:pass held/VBN/0/root/hold in/IN/8/case November/NNP/6/obl ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "November", JANUARY, List.of(s))).isEqualTo("2016-11");
  }

  @Test
  void dayOnAVerbWithWill_isTheComingOne() {
    String text = "The company will pay the dividend on Dec. 15.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det company/NN/4/nsubj will/MD/4/aux pay/VB/0/root the/DT/6/det "
        + "dividend/NN/4/obj on/IN/8/case Dec./NNP/4/obl 15/CD/8/nummod ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "Dec. 15", JANUARY, List.of(s))).isEqualTo("2016-12-15");
  }

  @Test
  void dateOnANounUnderWill_staysTheNearestOne() {
    // the pact was made in February; only the meeting lies ahead
    String text = "The ministers will meet tomorrow to review their February 22 pact.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det ministers/NNS/4/nsubj/minister will/MD/4/aux meet/VB/0/root "
        + "tomorrow/NN/4/obj to/TO/7/mark review/VB/4/xcomp their/PRP$/11/nmod:poss/they February/NNP/11/compound "
        + "22/CD/9/nummod pact/NN/7/obj ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "February 22", LocalDate.of(2016, 4, 7), List.of(s))).isEqualTo("2016-02-22");
  }

  @Test
  void infinitiveUnderAPresentPlan_looksAhead() {
    String text = "The summit is expected to take place in December.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det summit/NN/4/nsubj:pass is/VBZ/4/aux:pass/be "
        + "expected/VBN/0/root/expect to/TO/6/mark take/VB/4/xcomp place/NN/6/obj in/IN/9/case December/NNP/6/obl ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "December", JANUARY, List.of(s))).isEqualTo("2016-12");
    String visit = "The president plans to visit China in October.";
    Sentence v = Parses.sentence(visit, 0, 0, "The/DT/2/det president/NN/3/nsubj plans/VBZ/0/root/plan to/TO/5/mark "
        + "visit/VB/3/xcomp China/NNP/5/obj in/IN/8/case October/NNP/5/obl ./././punct");
    assertThat(ResolvedTimes.valueOf(visit, "October", JANUARY, List.of(v))).isEqualTo("2016-10");
  }

  @Test
  void unparsedSentence_readsTheSurePlanFromItsWords() {
    assertThat(ResolvedTimes.listed("Elections are scheduled for November.", JANUARY)).containsExactly("for November = 2016-11");
    assertThat(ResolvedTimes.listed("Lawmakers are due to vote on the bill in October.", JANUARY))
        .containsExactly("in October = 2016-10");
    // a past form between the cue and the time: the month is the story's last one
    assertThat(ResolvedTimes.listed("The law will replace rules that were adopted in November.", JANUARY))
        .containsExactly("in November = 2015-11");
    // a month qualifying a noun keeps the nearest reading
    assertThat(ResolvedTimes.listed("The ministers will review the December accord.", JANUARY))
        .containsExactly("December = 2015-12");
  }

  @Test
  void timeAsAPresentPredicate_looksAhead() {
    assertThat(ResolvedTimes.listed("The vote is on Sunday.", JANUARY)).containsExactly("on Sunday = 2016-01-24");
    assertThat(ResolvedTimes.listed("The deadline for bids is Friday.", JANUARY)).containsExactly("Friday = 2016-01-22");
    String text = "The protesters said the next rally is on Sunday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det protesters/NNS/3/nsubj/protester said/VBD/0/root/say the/DT/6/det "
        + "next/JJ/6/amod rally/NN/9/nsubj is/VBZ/9/cop/be on/IN/9/case Sunday/NNP/3/ccomp ./././punct");
    assertThat(ResolvedTimes.valueOf(text, "Sunday", JANUARY, List.of(s))).isEqualTo("2016-01-24");
    // told in the past, the same day is the one gone by
    assertThat(ResolvedTimes.listed("The vote was on Sunday.", JANUARY)).containsExactly("on Sunday = 2016-01-17");
  }
}
