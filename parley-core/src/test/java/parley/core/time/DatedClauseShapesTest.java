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

/** Event dates from clause shapes met in unseen news: a "when" clause on a date, compared figures, do-support. */
class DatedClauseShapesTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 11, 10);

  private static EventDate dateOf(String text, List<Sentence> sentences, int index, String evidence) {
    Document doc = Document.of("d", text, Optional.of(SUNDAY)).withSentences(sentences);
    doc = new TimeResolver().apply(doc);
    int start = text.indexOf(evidence);
    Event event = new Event("d#e1", ActorRef.of("DEU", "Germany", new Span(0, 1)), Optional.empty(),
        new EventType("020", "x", 3, 1, "REQUEST"), Mode.ASSERTED, EventDate.published("2019-11-10"),
        index, Evidence.of(text, new Span(start, start + evidence.length())), "test");
    return new EventDater().apply(doc.withEvents(List.of(event))).events().get(0).date();
  }

  @Test
  void aWhenClauseOnADate_isAtThatDate_whateverTheTenseAbove() {
    String text = "The rift has been public since 2014, when Germany urged France to spend more.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det/the rift/NN/5/nsubj/rift has/VBZ/5/aux/have "
        + "been/VBN/5/cop/be public/JJ/0/root/public since/IN/7/case/since 2014/CD/5/obl/2014 ,/,/7/punct/, "
        + "when/WRB/11/advmod/when Germany/NNP/11/nsubj/germany urged/VBD/7/acl:relcl/urge France/NNP/11/obj/france "
        + "to/TO/14/mark/to spend/VB/11/xcomp/spend more/JJR/14/obj/more ././5/punct/.");
    assertThat(dateOf(text, List.of(s), 0, "Germany urged France")).isEqualTo(EventDate.fromValue("2014"));
  }

  @Test
  void aConjunctOfAWhenClauseOnADate_sharesIt_andTheEventDateIsTheDay() {
    // the parse hangs the "when" clause on "night"; "boiled" mis-tagged as a participle
    String text = "The anger boiled over at a rally in Ohio on Wednesday night when Smith took issue with the plan "
        + "and assailed Jones.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det/the anger/NN/3/nsubj/anger boiled/VBN/0/root/boil "
        + "over/RP/3/compound:prt/over at/IN/7/case/at a/DT/7/det/a rally/NN/3/obl/rally in/IN/9/case/in "
        + "Ohio/NNP/7/nmod/ohio on/IN/12/case/on Wednesday/NNP/12/compound/wednesday night/NN/3/obl/night "
        + "when/WRB/15/advmod/when Smith/NNP/15/nsubj/smith took/VBD/12/acl:relcl/take issue/NN/15/obj/issue "
        + "with/IN/19/case/with the/DT/19/det/the plan/NN/15/obl/plan and/CC/21/cc/and assailed/VBD/15/conj/assail "
        + "Jones/NNP/21/obj/jones ././3/punct/.");
    assertThat(dateOf(text, List.of(s), 0, "Smith took issue")).isEqualTo(new EventDate(Optional.of("2019-11-06"), "day"));
    assertThat(dateOf(text, List.of(s), 0, "assailed Jones")).isEqualTo(new EventDate(Optional.of("2019-11-06"), "day"));
  }

  @Test
  void theDateOfAComparedFigure_isNotTheActs() {
    String text = "Exports rose 5 percent, compared with 3 percent in 2010.";
    Sentence s = Parses.sentence(text, 0, 0, "Exports/NNS/2/nsubj/export rose/VBD/0/root/rise 5/CD/4/nummod/5 "
        + "percent/NN/2/obj/percent ,/,/2/punct/, compared/VBN/9/case/compare with/IN/9/case/with "
        + "3/CD/9/nummod/3 percent/NN/2/advcl/percent in/IN/11/case/in 2010/CD/9/nmod/2010 ././2/punct/.");
    assertThat(dateOf(text, List.of(s), 0, "Exports rose")).isEqualTo(EventDate.published("2019-11-10"));
    String than = "Exports rose more than in 2010.";
    Sentence t = Parses.sentence(than, 0, 0, "Exports/NNS/2/nsubj/export rose/VBD/0/root/rise more/RBR/2/advmod/more "
        + "than/IN/6/case/than in/IN/6/case/in 2010/CD/2/obl/2010 ././2/punct/.");
    assertThat(dateOf(than, List.of(t), 0, "Exports rose")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void didNotApologize_isSimplePast_andGoesOnWithTheSentenceBefore() {
    String first = "Israel issued a statement on Tuesday denying the report.";
    String second = "It added that it was questioning the vote, but it did not apologize to Egypt.";
    String text = first + " " + second;
    int at = first.length() + 1;
    Sentence s1 = Parses.sentence(text, 0, 0, "Israel/NNP/2/nsubj/israel issued/VBD/0/root/issue a/DT/4/det/a "
        + "statement/NN/2/obj/statement on/IN/6/case/on Tuesday/NNP/2/obl/tuesday denying/VBG/2/dep/deny "
        + "the/DT/9/det/the report/NN/7/obj/report ././2/punct/.");
    Sentence s2 = Parses.sentence(text, 1, at, "It/PRP/2/nsubj/it added/VBD/0/root/add that/IN/6/mark/that "
        + "it/PRP/6/nsubj/it was/VBD/6/aux/be questioning/VBG/2/ccomp/question the/DT/8/det/the vote/NN/6/obj/vote "
        + ",/,/2/punct/, but/CC/14/cc/but it/PRP/14/nsubj/it did/VBD/14/aux/do not/RB/14/advmod/not "
        + "apologize/VB/2/conj/apologize to/IN/16/case/to Egypt/NNP/14/obl/egypt ././2/punct/.");
    assertThat(ClauseLocator.isSimplePast(s2, 13)).isTrue();
    assertThat(dateOf(text, List.of(s1, s2), 1, "it did not apologize to Egypt"))
        .isEqualTo(EventDate.fromValue("2019-11-05"));
  }

  @Test
  void aDayPartOrClockTime_datesTheEventOnItsDay() {
    assertThat(EventDate.fromValue("2019-11-08TNI")).isEqualTo(new EventDate(Optional.of("2019-11-08"), "day"));
    assertThat(EventDate.fromValue("2019-11-08T10:00")).isEqualTo(new EventDate(Optional.of("2019-11-08"), "day"));
  }

  @Test
  void aSeasonQuarterOrHalf_isThatPrecision_andAWeekendDatesTheEventInItsMonth() {
    assertThat(EventDate.fromValue("2019-SU")).isEqualTo(new EventDate(Optional.of("2019-SU"), "season"));
    assertThat(EventDate.fromValue("2019-Q3")).isEqualTo(new EventDate(Optional.of("2019-Q3"), "quarter"));
    assertThat(EventDate.fromValue("2019-H1")).isEqualTo(new EventDate(Optional.of("2019-H1"), "half"));
    assertThat(EventDate.fromValue("2019")).isEqualTo(new EventDate(Optional.of("2019"), "year"));
    // 2019-W26-WE is Saturday 29 and Sunday 30 June
    assertThat(EventDate.fromValue("2019-W26-WE").precision()).isEqualTo("weekend");
    assertThat(MonthOfWeek.of(EventDate.fromValue("2019-W26-WE"))).isEqualTo(EventDate.fromValue("2019-06"));
    // 2019-W31 runs from Monday 29 July to Sunday 4 August; its Thursday is 1 August
    assertThat(MonthOfWeek.of(EventDate.fromValue("2019-W31"))).isEqualTo(EventDate.fromValue("2019-08"));
  }

  @Test
  void onceBeforeAPastVerb_isAnUntoldPast_butOnceAfterItCounts() {
    String text = "The pact, which Germany once supported, angered France.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det/the pact/NN/9/nsubj/pact ,/,/2/punct/, which/WDT/7/obj/which "
        + "Germany/NNP/7/nsubj/germany once/RB/7/advmod/once supported/VBD/2/acl:relcl/support ,/,/2/punct/, "
        + "angered/VBD/0/root/anger France/NNP/9/obj/france ././9/punct/.");
    assertThat(dateOf(text, List.of(s), 0, "Germany once supported")).isEqualTo(EventDate.unknown());
    String after = "Germany backed the pact once.";
    Sentence a = Parses.sentence(after, 0, 0, "Germany/NNP/2/nsubj/germany backed/VBD/0/root/back the/DT/4/det/the "
        + "pact/NN/2/obj/pact once/RB/2/advmod/once ././2/punct/.");
    assertThat(dateOf(after, List.of(a), 0, "Germany backed the pact")).isEqualTo(EventDate.published("2019-11-10"));
  }
}
