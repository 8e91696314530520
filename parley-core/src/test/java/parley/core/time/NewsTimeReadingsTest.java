package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Sentence;
import parley.core.quote.Parses;

/**
 * Readings of political news as a TimeML annotator gives them: titles that hold time words, "the
 * past" as an adjective, days in words, seasons named in December, and the tense of clauses about
 * likely, scheduled and tried events; on sentences written for the test.
 */
class NewsTimeReadingsTest {
  /** A Tuesday. */
  private static final LocalDate TUESDAY = LocalDate.of(2016, 4, 19);
  /** A Sunday. */
  private static final LocalDate SUNDAY = LocalDate.of(2016, 4, 24);

  private static List<String> found(String text) {
    return TimeResolver.resolve(text, Optional.of(TUESDAY), List.of()).stream().map(t -> t.text()).toList();
  }

  private static String value(String text, String words, LocalDate published, List<Sentence> parsed) {
    return ResolvedTimes.valueOf(text, words, published, parsed);
  }

  @Test
  void programmeAndMastheadTitles_areNoTimes() {
    assertThat(found("He went on NBC's \"Today\" to talk about the race.")).isEmpty();
    assertThat(found("She said on ABC's ''This Week'' on Sunday that she would run.")).containsExactly("on Sunday");
    assertThat(found("He said on ABC's \"This Week With Jane Doe\" that he was ready.")).isEmpty();
    assertThat(found("The host of the weekly show “Last Week Tonight,” mocked him.")).containsExactly("weekly");
    assertThat(found("He called games on ''Monday Night Baseball'' for years.")).containsExactly("for years");
    assertThat(found("A comic played him on Saturday Night Live last week.")).containsExactly("last week");
    assertThat(found("The survey was done for USA TODAY last month.")).containsExactly("last month");
    assertThat(found("She is a member of USA TODAY's board. Contributing: Ann Lee, USA TODAY.")).isEmpty();
    assertThat(found("Polls came out. THE WEEKEND'S POLLS - a lead for the senator.")).containsExactly("THE WEEKEND");
    assertThat(found("The senator told THE WEEKLY STANDARD on Thursday that he would run.")).containsExactly("on Thursday");
    // the same words as times stay
    assertThat(found("\"Today, we won,\" she said.")).containsExactly("Today");
    assertThat(found("''Now I've got a job,'' she said.")).containsExactly("Now");
    assertThat(found("He backed her on CBS' ''60 Minutes.'' She won.")).isEmpty();
    assertThat(found("The ad ran \"60 minutes\" before the vote.")).containsExactly("60 minutes");
    assertThat(found("<tweet tweet-date=\"March 4, 2016\">Big night</tweet>")).containsExactly("March 4, 2016");
    assertThat(found("The rally is on Saturday night in Ohio.")).containsExactly("on Saturday night");
  }

  @Test
  void thePastBeforeACount_qualifiesIt() {
    assertThat(found("The senator has won six of the past seven contests.")).isEmpty();
    assertThat(found("The figure is unchanged from the past two polls.")).isEmpty();
    assertThat(found("She had criticized him in the past.")).containsExactly("in the past");
    assertThat(found("Critics have in the past said so.")).containsExactly("in the past");
    assertThat(ResolvedTimes.listed("Sales have slowed over the past months.", TUESDAY))
        .containsExactly("the past months = PXM");
  }

  @Test
  void aDayInWordsWithItsYear_isADate() {
    assertThat(ResolvedTimes.listed("The rule took effect July one, 1986, the agency said.", TUESDAY))
        .containsExactly("July one, 1986 = 1986-07-01");
    assertThat(ResolvedTimes.listed("The law dates from June twenty-first, 1990.", TUESDAY))
        .containsExactly("from June twenty-first, 1990 = 1990-06-21");
  }

  @Test
  void thisSummerSaidInDecember_isTheYearsSummer() {
    LocalDate december = LocalDate.of(2015, 12, 12);
    assertThat(ResolvedTimes.listed("Rumors said the drills this summer were a cover.", december))
        .containsExactly("this summer = 2015-SU");
    assertThat(ResolvedTimes.listed("The team will return this spring.", december))
        .containsExactly("this spring = 2016-SP");
    assertThat(ResolvedTimes.listed("Snow fell this winter.", december)).containsExactly("this winter = 2016-WI");
  }

  @Test
  void likelyTo_looksAhead() {
    String text = "The suspect is likely to appear in court Wednesday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det suspect/NN/4/nsubj is/VBZ/4/cop/be likely/JJ/0/root "
        + "to/TO/6/mark appear/VB/4/xcomp in/IN/8/case court/NN/6/obl Wednesday/NNP/6/obl:tmod ./PUNCT/4/punct");
    assertThat(value(text, "Wednesday", TUESDAY, List.of(s))).isEqualTo("2016-04-20");
    // and without a parse, from the words
    assertThat(value("Most said they were less likely to vote for him in November.", "November", TUESDAY, List.of()))
        .isEqualTo("2016-11");
  }

  @Test
  void heldEventInTheSimplePresent_isATimetable() {
    String text = "The state holds its primary on Tuesday, and the polls are close.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det state/NN/3/nsubj holds/VBZ/0/root/hold "
        + "its/PRP$/5/nmod:poss primary/JJ/3/obj on/IN/7/case Tuesday/NNP/3/obl ,/,/3/punct and/CC/13/cc "
        + "the/DT/11/det polls/NNS/13/nsubj/poll are/VBP/13/cop/be close/JJ/3/conj ./PUNCT/3/punct");
    assertThat(value(text, "Tuesday", SUNDAY, List.of(s))).isEqualTo("2016-04-26");
    // holding a lead is a state, not a timetable
    String lead = "The senator holds a narrow lead on Tuesday, the poll said.";
    Sentence l = Parses.sentence(lead, 0, 0, "The/DT/2/det senator/NN/3/nsubj holds/VBZ/11/ccomp/hold a/DT/6/det "
        + "narrow/JJ/6/amod lead/NN/3/obj on/IN/8/case Tuesday/NNP/3/obl ,/,/11/punct the/DT/10/det "
        + "poll/NN/11/nsubj said/VBD/0/root/say ./PUNCT/11/punct");
    assertThat(value(lead, "Tuesday", SUNDAY, List.of(l))).isEqualTo("2016-04-19");
  }

  @Test
  void aTrialSetForAMonth_liesAhead() {
    assertThat(value("The trial is set for November.", "November", TUESDAY, List.of())).isEqualTo("2016-11");
  }

  @Test
  void couldNotBeReached_isATryAlreadyMade() {
    String text = "Officials could not be reached for comment Saturday.";
    Sentence s = Parses.sentence(text, 0, 0, "Officials/NNS/5/nsubj:pass/official could/MD/5/aux not/RB/5/advmod "
        + "be/VB/5/aux:pass reached/VBN/0/root/reach for/IN/7/case comment/NN/5/obl Saturday/NNP/5/obl:tmod "
        + "./PUNCT/5/punct");
    assertThat(value(text, "Saturday", SUNDAY, List.of(s))).isEqualTo("2016-04-23");
  }

  @Test
  void aParticleInsideAName_carriesNoTense() {
    String text = "Envoys gathered in Dar es Salaam Monday, officials said.";
    Sentence s = Parses.sentence(text, 0, 0, "Envoys/NNS/2/nsubj/envoy gathered/VBD/10/ccomp/gather in/IN/4/case "
        + "Dar/NNP/2/obl es/VBZ/2/dep/e Salaam/NNP/7/compound Monday/NNP/5/obl:tmod ,/,/10/punct "
        + "officials/NNS/10/nsubj/official said/VBD/0/root/say ./PUNCT/10/punct");
    assertThat(value(text, "Monday", TUESDAY, List.of(s))).isEqualTo("2016-04-18");
  }

  @Test
  void thisWeekday_followsTheClauseAcrossTheWeek() {
    LocalDate friday = LocalDate.of(2016, 3, 4);
    assertThat(ResolvedTimes.listed("The governor hopes to win the state this Tuesday.", friday))
        .containsExactly("this Tuesday = 2016-03-08");
    assertThat(ResolvedTimes.listed("The governor won the state this Tuesday.", friday))
        .containsExactly("this Tuesday = 2016-03-01");
  }

  @Test
  void laterOrEarlierWeekday_isTheNearestSuchDay() {
    // published on a Tuesday: "later Monday" was yesterday even in a clause that looks ahead
    assertThat(ResolvedTimes.listed("She may face a cool crowd when she speaks later Monday.", TUESDAY))
        .containsExactly("later Monday = 2016-04-18");
    assertThat(ResolvedTimes.listed("The vote will come later Wednesday.", TUESDAY))
        .containsExactly("later Wednesday = 2016-04-20");
  }

  @Test
  void aWeekOfSomething_andMorningShows_areNoCalendarTimes() {
    assertThat(found("He gained ground in the last week of the race.")).isEmpty();
    assertThat(found("The clip played on the morning shows.")).isEmpty();
    assertThat(found("Prices fell last week.")).containsExactly("last week");
  }

  @Test
  void aQuarterOfTheYearToldInThePast_isLastYearsWhenThisYearsIsAhead() {
    LocalDate january = LocalDate.of(2016, 1, 4);
    assertThat(ResolvedTimes.listed("He raised $12 million during the third quarter of the year.", january))
        .containsExactly("during the third quarter of the year = 2015-Q3");
  }

  @Test
  void laterWithNoDayToCountFrom_isALength() {
    assertThat(ResolvedTimes.listed("The court voted in February. The judge died four days later.", TUESDAY))
        .containsExactly("in February = 2016-02", "four days later = P4D");
    assertThat(ResolvedTimes.listed("A few days later, the senator quit.", TUESDAY))
        .containsExactly("A few days later = PXD");
    // counted from a day the story names, it is that day moved
    assertThat(ResolvedTimes.listed("The talks began on April 2. Two days later they broke down.", TUESDAY))
        .containsExactly("on April 2 = 2016-04-02", "Two days later = 2016-04-04");
  }

  @Test
  void earlierInTheDay_isTheDayTheStoryTells() {
    LocalDate saturday = LocalDate.of(2016, 7, 30);
    assertThat(ResolvedTimes.listed("Stocks ended higher on Friday. Oil rose after falling earlier in the day.", saturday))
        .containsExactly("on Friday = 2016-07-29", "earlier in the day = 2016-07-29");
  }

  @Test
  void aWeekdayAheadOfAPastMoment_isTheFirstAfterTheDayBeforePublication() {
    LocalDate thursday = LocalDate.of(2016, 4, 21);
    assertThat(ResolvedTimes.listed("He said he was going to go back to work on Wednesday morning.", thursday))
        .containsExactly("on Wednesday morning = 2016-04-20TMO");
    LocalDate monday = LocalDate.of(2016, 4, 25);
    assertThat(ResolvedTimes.listed("The minister said he would travel to Paris on Friday.", monday))
        .containsExactly("on Friday = 2016-04-29");
    // a look-ahead told in the present keeps the coming day
    assertThat(ResolvedTimes.listed("He is going to go back to work on Wednesday morning.", thursday))
        .containsExactly("on Wednesday morning = 2016-04-27TMO");
  }

  @Test
  void wouldWithAWeekday_looksAheadFromTheStoryUnlessTheSayingIsDated() {
    LocalDate tuesday = LocalDate.of(2016, 8, 2);
    // the reported "will" of a speaker: told on a Tuesday, "would fly home on Monday" is the coming Monday
    assertThat(ResolvedTimes.listed("The envoy said she would fly home on Monday.", tuesday))
        .containsExactly("on Monday = 2016-08-08");
    // said on a day named in the sentence: the first such weekday from that day on
    assertThat(ResolvedTimes.listed("The envoy told aides on Saturday that she would fly home on Monday.", tuesday))
        .containsExactly("on Saturday = 2016-07-30", "on Monday = 2016-08-01");
    // a plan told as it stood still mostly stood the day before
    assertThat(ResolvedTimes.listed("The ballot was expected on Monday.", tuesday))
        .containsExactly("on Monday = 2016-08-01");
    // an earlier day in the sentence dates another act, not the plan: the plan still stood the day before
    String march = "Farmers held a march on Friday and were planning to block the bridge on Saturday.";
    Sentence parsed = Parses.sentence(march, 0, 0, "Farmers/NNS/2/nsubj/farmer held/VBD/0/root/hold a/DT/4/det "
        + "march/NN/2/obj on/IN/6/case Friday/NNP/2/obl and/CC/9/cc were/VBD/9/aux/be planning/VBG/2/conj/plan "
        + "to/TO/11/mark block/VB/9/xcomp the/DT/13/det bridge/NN/11/obj on/IN/15/case Saturday/NNP/11/obl ./././punct");
    assertThat(value(march, "on Friday", tuesday, List.of(parsed))).isEqualTo("2016-07-29");
    assertThat(value(march, "on Saturday", tuesday, List.of(parsed))).isEqualTo("2016-08-06");
  }

  @Test
  void testifyingBeforeACommittee_isNoLookAhead() {
    assertThat(value("The panel asked if she had misled it while testifying before the committee in October.",
        "October", LocalDate.of(2016, 4, 21), List.of())).isEqualTo("2015-10");
  }

  @Test
  void aPresentSpelledAsItsPast_setsNoTimetable() {
    String text = "Tensions over the raids burst into view Tuesday, with lawmakers blasting them.";
    Sentence s = Parses.sentence(text, 0, 0, "Tensions/NNS/5/nsubj/tension over/IN/4/case the/DT/4/det "
        + "raids/NNS/1/nmod/raid burst/VBP/0/root into/IN/7/case view/NN/5/obl Tuesday/NNP/5/obl:tmod ,/,/5/punct "
        + "with/IN/12/mark lawmakers/NNS/12/nsubj/lawmaker blasting/VBG/5/advcl/blast them/PRP/12/obj/they "
        + "./PUNCT/5/punct");
    assertThat(value(text, "Tuesday", LocalDate.of(2016, 1, 13), List.of(s))).isEqualTo("2016-01-12");
  }

  @Test
  void aDayBeforeADash_timesTheClauseBeforeIt() {
    String text = "The race entered a new phase Wednesday - a truce that aides hope will last.";
    // the parse hangs the day on the noun after the dash, under "will last"
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det race/NN/3/nsubj entered/VBD/0/root/enter a/DT/6/det "
        + "new/JJ/6/amod phase/NN/3/obj Wednesday/NNP/10/compound -/HYPH/10/punct a/DT/10/det truce/NN/15/nsubj "
        + "that/WDT/13/obj aides/NNS/13/nsubj/aide hope/VBP/10/acl:relcl will/MD/15/aux last/VB/3/parataxis "
        + "./PUNCT/3/punct");
    assertThat(value(text, "Wednesday", LocalDate.of(2016, 6, 9), List.of(s))).isEqualTo("2016-06-08");
  }

  @Test
  void comingOff_looksBack() {
    String text = "The governor is coming off a strong debate Thursday night, when critics praised him.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det governor/NN/4/nsubj is/VBZ/4/aux/be coming/VBG/0/root/come "
        + "off/RP/4/compound:prt a/DT/8/det strong/JJ/8/amod debate/NN/4/obj Thursday/NNP/10/compound "
        + "night/NN/4/obl:tmod ,/,/10/punct when/WRB/14/advmod critics/NNS/14/nsubj/critic "
        + "praised/VBD/10/acl:relcl/praise him/PRP/14/obj/he ./PUNCT/4/punct");
    assertThat(value(text, "Thursday", LocalDate.of(2016, 3, 4), List.of(s))).isEqualTo("2016-03-03TNI");
  }
}
