package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;
import parley.core.quote.Parses;

/**
 * Readings found wrong on modern campaign news (sentences written for the test): a present tense in
 * a clause of condition or time tells what is to come, "certain to" looks ahead, US holidays, the
 * September 11 attacks, shows named by a day word, and a month that is a first name.
 */
class CampaignNewsTimeReadingsTest {
  private static final LocalDate MARCH = LocalDate.of(2020, 3, 15);

  private static String value(String text, String words, LocalDate published, List<Sentence> parsed) {
    return ResolvedTimes.valueOf(text, words, published, parsed);
  }

  @Test
  void presentInAConditionalClause_pointsAhead() {
    String text = "Analysts said Smith was the stronger candidate if Jones is the nominee in November.";
    Sentence s = Parses.sentence(text, 0, 0, "Analysts/NNS/2/nsubj/analyst said/VBD/0/root/say Smith/NNP/7/nsubj "
        + "was/VBD/7/cop/be the/DT/7/det stronger/JJR/7/amod/strong candidate/NN/2/ccomp if/IN/12/mark Jones/NNP/12/nsubj "
        + "is/VBZ/12/cop/be the/DT/12/det nominee/NN/7/advcl in/IN/14/case November/NNP/12/obl ./././punct");
    assertThat(value(text, "November", MARCH, List.of(s))).isEqualTo("2020-11");
    // the month naming the subject of such a clause ("if the November election does not go its way")
    String election = "The party could lose seats if the November election does not go its way.";
    Sentence e = Parses.sentence(election, 0, 0, "The/DT/2/det party/NN/4/nsubj could/MD/4/aux lose/VB/0/root "
        + "seats/NNS/4/obj/seat if/IN/12/mark the/DT/9/det November/NNP/9/compound election/NN/12/nsubj "
        + "does/VBZ/12/aux/do not/RB/12/advmod go/VB/4/advcl its/PRP$/14/nmod:poss way/NN/12/obj ./././punct");
    assertThat(value(election, "November", MARCH, List.of(e))).isEqualTo("2020-11");
    // a weekday too: published on a Wednesday, the Friday to come
    String strike = "Officials said the strike ends if the union is paid on Friday.";
    Sentence k = Parses.sentence(strike, 0, 0, "Officials/NNS/2/nsubj/official said/VBD/0/root/say the/DT/4/det "
        + "strike/NN/5/nsubj ends/VBZ/2/ccomp/end if/IN/10/mark the/DT/8/det union/NN/10/nsubj:pass is/VBZ/10/aux:pass/be "
        + "paid/VBN/2/advcl/pay on/IN/12/case Friday/NNP/10/obl ./././punct");
    assertThat(value(strike, "Friday", LocalDate.of(2020, 3, 18), List.of(k))).isEqualTo("2020-03-20");
  }

  @Test
  void presentPerfectInATimeClause_pointsAhead() {
    String text = "Nobody knew what happens after the votes have been counted in November.";
    Sentence s = Parses.sentence(text, 0, 0, "Nobody/NN/2/nsubj knew/VBD/0/root/know what/WP/4/nsubj "
        + "happens/VBZ/2/ccomp/happen after/IN/10/mark the/DT/7/det votes/NNS/10/nsubj:pass/vote have/VBP/10/aux "
        + "been/VBN/10/aux:pass/be counted/VBN/4/advcl/count in/IN/12/case November/NNP/10/obl ./././punct");
    assertThat(value(text, "November", MARCH, List.of(s))).isEqualTo("2020-11");
  }

  @Test
  void pastTenseInAConditionalClause_staysBehind() {
    String text = "Analysts said Smith was stronger if Jones won in November.";
    Sentence s = Parses.sentence(text, 0, 0, "Analysts/NNS/2/nsubj/analyst said/VBD/0/root/say Smith/NNP/5/nsubj "
        + "was/VBD/5/cop/be stronger/JJR/2/ccomp/strong if/IN/8/mark Jones/NNP/8/nsubj won/VBD/5/advcl/win "
        + "in/IN/10/case November/NNP/8/obl ./././punct");
    assertThat(value(text, "November", MARCH, List.of(s))).isEqualTo("2019-11");
  }

  @Test
  void certainTo_looksAhead() {
    String text = "Smith is almost certain to win a seat at the summer convention.";
    Sentence s = Parses.sentence(text, 0, 0, "Smith/NNP/4/nsubj is/VBZ/4/cop/be almost/RB/4/advmod certain/JJ/0/root "
        + "to/TO/6/mark win/VB/4/xcomp a/DT/8/det seat/NN/6/obj at/IN/12/case the/DT/12/det summer/NN/12/compound "
        + "convention/NN/6/obl ./././punct");
    assertThat(value(text, "summer", LocalDate.of(2020, 4, 26), List.of(s))).isEqualTo("2020-SU");
  }

  @Test
  void usHolidaysFixedByRule() {
    assertThat(value("By Labor Day, the campaign had hired staff in every state.", "Labor Day",
        LocalDate.of(2016, 1, 31), List.of())).isEqualTo("2015-09-07");
    assertThat(value("The mayor hopes to reopen the pools before Memorial Day.", "Memorial Day",
        LocalDate.of(2020, 5, 10), List.of())).isEqualTo("2020-05-25");
    // the inauguration after the coming election, not the last one
    assertThat(value("The plan only has to last until Inauguration Day.", "Inauguration Day",
        LocalDate.of(2016, 5, 5), List.of())).isEqualTo("2017-01-20");
    assertThat(value("The plan only has to last until Inauguration Day.", "Inauguration Day",
        LocalDate.of(2017, 3, 5), List.of())).isEqualTo("2017-01-20");
  }

  @Test
  void newYearsEve_withACurlyApostrophe() {
    assertThat(ResolvedTimes.listed("The files released on New Year’s Eve were hard to read.",
        LocalDate.of(2015, 12, 31))).containsExactly("on New Year’s Eve = 2015-12-31");
  }

  @Test
  void septemberElevenNamingTheAttacks_isThe2001Day() {
    assertThat(value("She spoke of her work for the families after the Sept. 11 attacks.", "Sept. 11",
        LocalDate.of(2016, 4, 14), List.of())).isEqualTo("2001-09-11");
    assertThat(value("Nobody forgot the September 11 terrorist attacks.", "September 11",
        LocalDate.of(2016, 4, 14), List.of())).isEqualTo("2001-09-11");
    // any other September 11 is a date like another
    assertThat(value("The board met on Sept. 11 to approve the budget.", "Sept. 11",
        LocalDate.of(2016, 10, 4), List.of())).isEqualTo("2016-09-11");
  }

  @Test
  void dayWordNamingAShow_isNoTime() {
    assertThat(ResolvedTimes.listed("Smith told NBC's Today show that he would run.", MARCH)).isEmpty();
    assertThat(ResolvedTimes.listed("She taped an appearance on The Tonight Show with its host.", MARCH)).isEmpty();
    assertThat(ResolvedTimes.listed("Smith said today that he would run.", MARCH))
        .containsExactly("today = 2020-03-15");
  }

  @Test
  void monthAsAFirstName_isNoTime() {
    assertThat(ResolvedTimes.listed("April Brennan, a spokeswoman for the party, called the vote fair.", MARCH)).isEmpty();
    assertThat(ResolvedTimes.listed("The reporter asked June Walker about the plan.", MARCH)).isEmpty();
    // a month with a preposition, a modifier or a determiner is a time
    LocalDate june = LocalDate.of(2020, 6, 15);
    assertThat(ResolvedTimes.listed("In April Smith said the vote was fair.", june)).containsExactly("In April = 2020-04");
    assertThat(ResolvedTimes.listed("The April jobs report disappointed.", june)).containsExactly("April = 2020-04");
  }
  @Test
  void dayByWhichAnOrderIsToBeCarriedOut_liesAhead() {
    // published on a Sunday, the order given on Friday: the coming Thursday
    String text = "The judge ordered that the records be released by Thursday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det judge/NN/3/nsubj ordered/VBD/0/root/order that/IN/8/mark "
        + "the/DT/6/det records/NNS/8/nsubj:pass/record be/VB/8/aux:pass released/VBN/3/ccomp/release by/IN/10/case "
        + "Thursday/NNP/8/obl ./././punct");
    assertThat(value(text, "Thursday", LocalDate.of(2020, 5, 31), List.of(s))).isEqualTo("2020-06-04");
  }

  @Test
  void dayAPlanWasFor_followsTheMomentItWasTold() {
    // published on a Friday: the plan told on Tuesday was for the Thursday just gone
    String text = "The chief executive was planning to hold a dinner for the senator on Thursday night, "
        + "a spokeswoman said on Tuesday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/3/det chief/JJ/3/amod executive/NN/5/nsubj was/VBD/5/aux/be "
        + "planning/VBG/19/ccomp/plan to/TO/7/mark hold/VB/5/xcomp a/DT/9/det dinner/NN/7/obj for/IN/12/case "
        + "the/DT/12/det senator/NN/9/nmod on/IN/15/case Thursday/NNP/15/compound night/NN/7/obl ,/,/19/punct "
        + "a/DT/18/det spokeswoman/NN/19/nsubj said/VBD/0/root/say on/IN/21/case Tuesday/NNP/19/obl ./././punct");
    assertThat(value(text, "Thursday", LocalDate.of(2020, 6, 5), List.of(s))).isEqualTo("2020-06-04TNI");
  }
  @Test
  void theYearBesideAYear_isThatYear() {
    assertThat(ResolvedTimes.listed("He founded the movement in 2008, the year he went back to teaching.", MARCH))
        .containsExactly("in 2008 = 2008", "the year = 2008");
    assertThat(ResolvedTimes.listed("The party won in 2008 and lost the year after.", MARCH))
        .doesNotContain("the year = 2008");
  }
  @Test
  void passiveConjunctSharesTheModal() {
    String text = "The inquiry could drag on for many months and not be completed by the time of the Nov. 3 election.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det inquiry/NN/4/nsubj could/MD/4/aux drag/VB/0/root "
        + "on/RP/4/compound:prt for/IN/8/case many/JJ/8/amod months/NNS/4/obl/month and/CC/12/cc not/RB/12/advmod "
        + "be/VB/12/aux:pass completed/VBN/4/conj/complete by/IN/15/case the/DT/15/det time/NN/12/obl of/IN/20/case "
        + "the/DT/20/det Nov./NNP/20/compound 3/CD/18/nummod election/NN/15/nmod ./././punct");
    assertThat(value(text, "Nov. 3", LocalDate.of(2020, 4, 15), List.of(s))).isEqualTo("2020-11-03");
  }
  @Test
  void contractedWillWithACurlyApostrophe_looksAhead() {
    // the tagger reads "’ll" as a verb of its own; the cue word still tells the future
    String text = "“We’ll be meeting on Friday in the capital,” the senator said.";
    Sentence s = Parses.sentence(text, 0, 0, "“/``/15/punct We/PRP/3/nsubj ’ll/VBP/15/ccomp/will be/VB/5/aux "
        + "meeting/VBG/3/dep/meet on/IN/7/case Friday/NNP/5/obl in/IN/10/case the/DT/10/det capital/NN/5/obl "
        + ",/,/15/punct ”/''/15/punct the/DT/14/det senator/NN/15/nsubj said/VBD/0/root/say ./././punct");
    assertThat(value(text, "Friday", LocalDate.of(2020, 3, 18), List.of(s))).isEqualTo("2020-03-20");
    assertThat(value("She’ll travel to the capital on Friday.", "Friday", LocalDate.of(2020, 3, 18), List.of()))
        .isEqualTo("2020-03-20");
  }
  @Test
  void monthOpeningAPastSentence_isTheLastOneBehind_evenWeeksAhead() {
    String text = "In October, the senator proposed a new tax on fuel.";
    Sentence s = Parses.sentence(text, 0, 0, "In/IN/2/case October/NNP/6/obl ,/,/6/punct the/DT/5/det "
        + "senator/NN/6/nsubj proposed/VBD/0/root/propose a/DT/9/det new/JJ/9/amod tax/NN/6/obj on/IN/11/case "
        + "fuel/NN/9/nmod ./././punct");
    assertThat(value(text, "October", LocalDate.of(2016, 9, 6), List.of(s))).isEqualTo("2015-10");
    // one behind the story stays in its year
    assertThat(value(text, "October", LocalDate.of(2016, 11, 6), List.of(s))).isEqualTo("2016-10");
    // told past by a cue word, without a parse
    assertThat(value(text, "October", LocalDate.of(2016, 9, 6), List.of())).isEqualTo("2015-10");
  }
  @Test
  void letUs_looksAhead() {
    String text = "The crowd cheered when he boomed: “Let’s defeat her in November.”";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det crowd/NN/3/nsubj cheered/VBD/0/root/cheer when/WRB/6/advmod "
        + "he/PRP/6/nsubj boomed/VBD/3/advcl/boom :/:/6/punct “/``/6/punct Let/VB/6/dep ’s/POS/11/nsubj/'s "
        + "defeat/VB/9/ccomp her/PRP/11/obj/she in/IN/14/case November/NNP/11/obl ./././punct ”/''/3/punct");
    assertThat(value(text, "November", LocalDate.of(2020, 7, 21), List.of(s))).isEqualTo("2020-11");
  }
}
