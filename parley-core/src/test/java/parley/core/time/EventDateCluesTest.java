package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.EventType;
import parley.core.doc.Evidence;
import parley.core.doc.Mode;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.quote.Parses;

/**
 * Event dates from clues beside the event's own clause: a noun's own date, the occasion a noun names,
 * a same-time adverbial clause; and dates an act cannot have: an untold past, a time after
 * publication for a past act.
 */
class EventDateCluesTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 11, 10);
  private static final EventDate PUBLISHED = EventDate.published("2019-11-10");

  private static EventDate dateOf(String text, String parse, String evidence) {
    return dateOf(text, parse, evidence, "111");
  }

  private static EventDate dateOf(String text, String parse, String evidence, String code) {
    Sentence sentence = Parses.sentence(text, 0, 0, parse);
    Document doc = Document.of("d", text, Optional.of(SUNDAY)).withSentences(List.of(sentence));
    doc = new TimeResolver().apply(doc);
    int start = text.indexOf(evidence);
    Event event = new Event("d#e1", ActorRef.of("FRA", "x", new Span(0, 1)), Optional.empty(),
        new EventType(code, "x", -2, 3, "x"), Mode.ASSERTED, PUBLISHED,
        0, Evidence.of(text, new Span(start, start + evidence.length())), "test");
    return new EventDater().apply(doc.withEvents(List.of(event))).events().get(0).date();
  }

  @Test
  void nounEvent_takesTheDateBeforeIt() {
    String text = "The envoys praised last month's accord between the two states.";
    String parse = "The/DT/2/det envoys/NNS/3/nsubj/envoy praised/VBD/0/root/praise last/JJ/5/amod "
        + "month/NN/7/nmod:poss 's/POS/5/case accord/NN/3/obj between/IN/12/case the/DT/12/det two/CD/12/nummod "
        + "states/NNS/7/nmod/state ./PUNCT/3/punct";
    assertThat(dateOf(text, parse, "accord between the two states")).isEqualTo(EventDate.fromValue("2019-10"));
  }

  @Test
  void deadlinesOwnDate_isWhenItFallsDue_notWhenItWasSet() {
    String text = "A year-end deadline for the rebels to disarm is approaching.";
    String parse = "A/DT/5/det year/NN/4/compound -/HYPH/4/punct end/NN/5/compound deadline/NN/12/nsubj "
        + "for/IN/10/mark the/DT/8/det rebels/NNS/10/nsubj/rebel to/TO/10/mark disarm/VB/5/acl "
        + "is/VBZ/12/aux/be approaching/VBG/0/root/approach ./PUNCT/12/punct";
    assertThat(dateOf(text, parse, "deadline for the rebels to disarm", "139")).isEqualTo(PUBLISHED);
    String vote = "A Friday vote on the truce divided the rebels.";
    String voteParse = "A/DT/3/det Friday/NNP/3/compound vote/NN/7/nsubj on/IN/6/case the/DT/6/det truce/NN/3/nmod "
        + "divided/VBD/0/root/divide the/DT/9/det rebels/NNS/7/obj/rebel ./PUNCT/7/punct";
    assertThat(dateOf(vote, voteParse, "vote on the truce")).isEqualTo(EventDate.fromValue("2019-11-08"));
  }

  @Test
  void nounEvent_whereADatedActTookPlace_takesItsDate() {
    String text = "Dozens of people were injured in clashes between police and miners last month.";
    String parse = "Dozens/NNS/5/nsubj:pass/dozen of/IN/3/case people/NNS/1/nmod/person were/VBD/5/aux:pass/be "
        + "injured/VBN/0/root/injure in/IN/7/case clashes/NNS/5/obl/clash between/IN/9/case police/NNS/7/nmod "
        + "and/CC/11/cc miners/NNS/9/conj/miner last/JJ/13/amod month/NN/5/obl:tmod ./PUNCT/5/punct";
    assertThat(dateOf(text, parse, "clashes between police and miners")).isEqualTo(EventDate.fromValue("2019-10"));
  }

  @Test
  void clauseRelativeByInWhich_isWithinItsNounsDate() {
    String text = "She recalled the March 2011 visit in which the two envoys exchanged notes.";
    String parse = "She/PRP/2/nsubj recalled/VBD/0/root/recall the/DT/6/det March/NNP/6/compound 2011/CD/4/nummod "
        + "visit/NN/2/obj in/IN/8/case which/WDT/12/obl the/DT/11/det two/CD/11/nummod envoys/NNS/12/nsubj/envoy "
        + "exchanged/VBD/6/acl:relcl/exchange notes/NNS/12/obj/note ./PUNCT/2/punct";
    assertThat(dateOf(text, parse, "the two envoys exchanged notes")).isEqualTo(EventDate.fromValue("2011-03"));
  }

  @Test
  void whenClauseDate_datesThePastActItHangsOn_butAnAfterClauseDoesNot() {
    String text = "When he ran for governor in 2010, his rival attacked him.";
    String parse = "When/WRB/3/advmod he/PRP/3/nsubj ran/VBD/11/advcl/run for/IN/5/case governor/NN/3/obl "
        + "in/IN/7/case 2010/CD/3/obl ,/,/11/punct his/PRP$/10/nmod:poss/he rival/NN/11/nsubj "
        + "attacked/VBD/0/root/attack him/PRP/11/obj/he ./PUNCT/11/punct";
    assertThat(dateOf(text, parse, "his rival attacked him")).isEqualTo(EventDate.fromValue("2010"));
    String after = "After he ran for governor in 2010, his rival attacked him.";
    String afterParse = "After/IN/3/mark he/PRP/3/nsubj ran/VBD/11/advcl/run for/IN/5/case governor/NN/3/obl "
        + "in/IN/7/case 2010/CD/3/obl ,/,/11/punct his/PRP$/10/nmod:poss/he rival/NN/11/nsubj "
        + "attacked/VBD/0/root/attack him/PRP/11/obj/he ./PUNCT/11/punct";
    assertThat(dateOf(after, afterParse, "his rival attacked him")).isEqualTo(PUBLISHED);
    // a clause after the act may be a deeper clause's the parser hung on it: not read
    String trailing = "His rival attacked him when he ran for governor in 2010.";
    String trailingParse = "His/PRP$/2/nmod:poss/he rival/NN/3/nsubj attacked/VBD/0/root/attack him/PRP/3/obj/he "
        + "when/WRB/7/advmod he/PRP/7/nsubj ran/VBD/3/advcl/run for/IN/9/case governor/NN/7/obl in/IN/11/case "
        + "2010/CD/7/obl ./PUNCT/3/punct";
    assertThat(dateOf(trailing, trailingParse, "His rival attacked him")).isEqualTo(PUBLISHED);
  }

  @Test
  void participleClauseBeforeTheVerb_givesItsDate() {
    String text = "Speaking on Tuesday, the mayor criticized the plan.";
    String parse = "Speaking/VBG/7/advcl/speak on/IN/3/case Tuesday/NNP/1/obl ,/,/7/punct the/DT/6/det "
        + "mayor/NN/7/nsubj criticized/VBD/0/root/criticize the/DT/9/det plan/NN/7/obj ./PUNCT/7/punct";
    assertThat(dateOf(text, parse, "the mayor criticized the plan")).isEqualTo(EventDate.fromValue("2019-11-05"));
  }

  @Test
  void untoldPastTime_isNotThePublicationDate() {
    String text = "The minister has in the past rejected the proposal.";
    String parse = "The/DT/2/det minister/NN/7/nsubj has/VBZ/7/aux/have in/IN/6/case the/DT/6/det past/JJ/7/obl "
        + "rejected/VBN/0/root/reject the/DT/9/det proposal/NN/7/obj ./PUNCT/7/punct";
    assertThat(dateOf(text, parse, "minister has in the past rejected")).isEqualTo(EventDate.unknown());
    String previously = "The envoy previously criticized the agreement.";
    String previouslyParse = "The/DT/2/det envoy/NN/4/nsubj previously/RB/4/advmod criticized/VBD/0/root/criticize "
        + "the/DT/6/det agreement/NN/4/obj ./PUNCT/4/punct";
    assertThat(dateOf(previously, previouslyParse, "envoy previously criticized")).isEqualTo(EventDate.unknown());
    String recently = "The envoy recently criticized the agreement.";
    String recentlyParse = "The/DT/2/det envoy/NN/4/nsubj recently/RB/4/advmod criticized/VBD/0/root/criticize "
        + "the/DT/6/det agreement/NN/4/obj ./PUNCT/4/punct";
    assertThat(dateOf(recently, recentlyParse, "envoy recently criticized")).isEqualTo(PUBLISHED);
  }

  @Test
  void dateAfterPublication_isNotThatOfAPastAct() {
    String text = "The chancellor has invited the delegation for talks next month.";
    String parse = "The/DT/2/det chancellor/NN/4/nsubj has/VBZ/4/aux/have invited/VBN/0/root/invite the/DT/6/det "
        + "delegation/NN/4/obj for/IN/8/case talks/NNS/4/obl/talk next/JJ/10/amod month/NN/8/obl:tmod ./PUNCT/4/punct";
    assertThat(dateOf(text, parse, "chancellor has invited the delegation")).isEqualTo(PUBLISHED);
    String future = "The chancellor will meet the delegation next month.";
    String futureParse = "The/DT/2/det chancellor/NN/4/nsubj will/MD/4/aux/will meet/VB/0/root/meet the/DT/6/det "
        + "delegation/NN/4/obj next/JJ/8/amod month/NN/4/obl:tmod ./PUNCT/4/punct";
    assertThat(dateOf(future, futureParse, "chancellor will meet the delegation")).isEqualTo(EventDate.fromValue("2019-12"));
  }

  @Test
  void actDatedByAWeek_isGivenTheMonthTheWeekLiesIn() {
    String text = "The envoys met last week in the capital.";
    String parse = "The/DT/2/det envoys/NNS/3/nsubj/envoy met/VBD/0/root/meet last/JJ/5/amod week/NN/3/obl:tmod "
        + "in/IN/8/case the/DT/8/det capital/NN/3/obl ./PUNCT/3/punct";
    assertThat(dateOf(text, parse, "envoys met")).isEqualTo(new EventDate(Optional.of("2019-10"), "month"));
  }

  @Test
  void conjunctHungOnAParticipleBetween_sharesTheFirstConjunctsDate() {
    String text = "On Sunday, the pastor stood at the pulpit and, citing a verse, endorsed the senator.";
    String parse = "On/IN/2/case Sunday/NNP/6/obl ,/,/6/punct the/DT/5/det pastor/NN/6/nsubj stood/VBD/0/root/stand "
        + "at/IN/9/case the/DT/9/det pulpit/NN/6/obl and/CC/12/cc ,/,/12/punct citing/VBG/6/conj/cite a/DT/14/det "
        + "verse/NN/12/obj ,/,/12/punct endorsed/VBD/12/conj/endorse the/DT/18/det senator/NN/16/obj ./PUNCT/6/punct";
    assertThat(dateOf(text, parse, "endorsed the senator")).isEqualTo(EventDate.fromValue("2019-11-10"));
    String monday = "On Monday, the pastor stood at the pulpit and, citing a verse, endorsed the senator.";
    assertThat(dateOf(monday, parse.replace("Sunday", "Monday"), "endorsed the senator"))
        .isEqualTo(EventDate.fromValue("2019-11-04"));
  }

  @Test
  void threatToldWithWould_isDatedByItsTelling_notByTheThreatenedAct() {
    String text = "Argentina said last month it would suspend debt payments on Friday.";
    String parse = "Argentina/NNP/2/nsubj said/VBD/0/root/say last/JJ/4/amod month/NN/2/obl:tmod it/PRP/7/nsubj "
        + "would/MD/7/aux suspend/VB/2/ccomp debt/NN/9/compound payments/NNS/7/obj/payment on/IN/11/case "
        + "Friday/NNP/7/obl ./PUNCT/2/punct";
    assertThat(dateOf(text, parse, "it would suspend debt payments", "1311")).isEqualTo(EventDate.fromValue("2019-10"));
    assertThat(dateOf(text, parse, "it would suspend debt payments", "0311")).isEqualTo(EventDate.fromValue("2019-10"));
  }

  @Test
  void dateInACopularClause_isNotFreeForTheVerbAbove() {
    String text = "The minister asked, repeating a claim that the general was responsible for the raids of March 3, 2015.";
    String parse = "The/DT/2/det minister/NN/3/nsubj asked/VBD/0/root/ask ,/,/3/punct repeating/VBG/3/dep/repeat "
        + "a/DT/7/det claim/NN/5/obj that/IN/12/mark the/DT/10/det general/NN/12/nsubj was/VBD/12/cop/be "
        + "responsible/JJ/3/ccomp for/IN/15/case the/DT/15/det raids/NNS/12/obl/raid of/IN/17/case March/NNP/15/nmod "
        + "3/CD/17/nummod ,/,/17/punct 2015/CD/17/nummod ./PUNCT/3/punct";
    assertThat(dateOf(text, parse, "The minister asked")).isEqualTo(PUBLISHED);
  }

  @Test
  void untoldPastTimeTrailingCoordinatedVerbs_isNoneOfTheirDates() {
    String text = "The two aides produced a draft and delivered it to the campaign several weeks ago.";
    String parse = "The/DT/3/det two/CD/3/nummod aides/NNS/4/nsubj/aide produced/VBD/0/root/produce a/DT/6/det "
        + "draft/NN/4/obj and/CC/8/cc delivered/VBD/4/conj/deliver it/PRP/8/obj to/IN/12/case the/DT/12/det "
        + "campaign/NN/8/obl several/JJ/14/amod weeks/NNS/8/obl/week ago/RB/14/advmod ./PUNCT/4/punct";
    assertThat(dateOf(text, parse, "aides produced a draft")).isEqualTo(EventDate.unknown());
  }
}
