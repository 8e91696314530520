package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.quote.Parses;

/**
 * A bare weekday points back in a past-tense clause and ahead in a future one (TimeML): the clause
 * that decides is the one the day belongs to, on sentences written for the test.
 */
class WeekdayDirectionTest {
  /** A Friday. */
  private static final LocalDate FRIDAY = LocalDate.of(2019, 11, 8);

  private static String value(String text, String words, LocalDate published, List<Sentence> parsed) {
    return ResolvedTimes.valueOf(text, words, published, parsed);
  }

  @Test
  void participleClause_takesTheTenseOfTheVerbItHangsOn() {
    String text = "After visiting the port Thursday, the envoy said he was pleased.";
    Sentence s = Parses.sentence(text, 0, 0, "After/IN/2/mark visiting/VBG/9/advcl/visit the/DT/4/det port/NN/2/obj "
        + "Thursday/NNP/2/obl:tmod ,/,/9/punct the/DT/8/det envoy/NN/9/nsubj said/VBD/0/root/say he/PRP/12/nsubj "
        + "was/VBD/12/cop/be pleased/JJ/9/ccomp ./PUNCT/9/punct");
    assertThat(value(text, "Thursday", FRIDAY, List.of(s))).isEqualTo("2019-11-07");
    // "by" near the day does not make it ahead when the clause it hangs on is past
    String deadline = "The firm closed its offer, with holders tendering most shares by the Tuesday deadline.";
    Sentence d = Parses.sentence(deadline, 0, 0, "The/DT/2/det firm/NN/3/nsubj closed/VBD/0/root/close "
        + "its/PRP$/5/nmod:poss offer/NN/3/obj ,/,/3/punct with/IN/9/mark holders/NNS/9/nsubj/holder "
        + "tendering/VBG/3/advcl/tender most/RBS/11/advmod shares/NNS/9/obj/share by/IN/15/case the/DT/15/det "
        + "Tuesday/NNP/15/compound deadline/NN/9/obl ./PUNCT/3/punct");
    assertThat(value(deadline, "Tuesday", FRIDAY, List.of(d))).isEqualTo("2019-11-05");
  }

  @Test
  void barePastParticiple_keepsItsOwnPast_underAFutureVerb() {
    String text = "The bank will buy the shares issued Tuesday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det bank/NN/4/nsubj will/MD/4/aux buy/VB/0/root "
        + "the/DT/6/det shares/NNS/4/obj/share issued/VBN/4/advcl/issue Tuesday/NNP/7/obl:tmod ./PUNCT/4/punct");
    assertThat(value(text, "Tuesday", FRIDAY, List.of(s))).isEqualTo("2019-11-05");
  }

  @Test
  void presentTaggedAsBaseForm_isATimetable() {
    String text = "The two leaders meet separately Monday with the envoy.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/3/det two/CD/3/nummod leaders/NNS/4/nsubj/leader "
        + "meet/VB/0/root separately/RB/4/advmod Monday/NNP/4/obl:tmod with/IN/9/case the/DT/9/det "
        + "envoy/NN/4/obl ./PUNCT/4/punct");
    assertThat(value(text, "Monday", FRIDAY, List.of(s))).isEqualTo("2019-11-11");
  }

  @Test
  void bareInfinitive_afterLet_isNoPresent() {
    String text = "The leader let the offensive begin as planned Saturday night.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det leader/NN/3/nsubj let/VBD/0/root the/DT/5/det "
        + "offensive/NN/6/nsubj begin/VB/3/ccomp as/IN/8/mark planned/VBN/6/advcl/plan Saturday/NNP/10/compound "
        + "night/NN/6/obl:tmod ./PUNCT/3/punct");
    assertThat(value(text, "Saturday", FRIDAY.plusDays(3), List.of(s))).startsWith("2019-11-09");
  }

  @Test
  void planToldInThePastPerfect_wasForADayNowPast() {
    String text = "The vote had been scheduled to take place on Friday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det vote/NN/5/nsubj:pass had/VBD/5/aux/have "
        + "been/VBN/5/aux:pass/be scheduled/VBN/0/root/schedule to/TO/7/mark take/VB/5/xcomp place/NN/7/obj "
        + "on/IN/10/case Friday/NNP/7/obl ./PUNCT/5/punct");
    LocalDate monday = FRIDAY.plusDays(3);
    assertThat(value(text, "Friday", monday, List.of(s))).isEqualTo("2019-11-08");
    // without the perfect the plan still lies ahead
    String plan = "The vote is scheduled to take place on Friday.";
    Sentence p = Parses.sentence(plan, 0, 0, "The/DT/2/det vote/NN/4/nsubj:pass is/VBZ/4/aux:pass/be "
        + "scheduled/VBN/0/root/schedule to/TO/6/mark take/VB/4/xcomp place/NN/6/obj on/IN/9/case "
        + "Friday/NNP/6/obl ./PUNCT/4/punct");
    assertThat(value(plan, "Friday", monday, List.of(p))).isEqualTo("2019-11-15");
  }

  @Test
  void possessiveDay_datesAThingDone_unlessAwaited() {
    String text = "Lawyers said they would appeal Wednesday's verdict.";
    Sentence s = Parses.sentence(text, 0, 0, "Lawyers/NNS/2/nsubj/lawyer said/VBD/0/root/say they/PRP/5/nsubj "
        + "would/MD/5/aux appeal/VB/2/ccomp Wednesday/NNP/8/nmod:poss 's/POS/6/case verdict/NN/5/obj "
        + "./PUNCT/2/punct");
    assertThat(value(text, "Wednesday", FRIDAY, List.of(s))).isEqualTo("2019-11-06");
    assertThat(value("The bid follows Tuesday's offer by a rival.", "Tuesday", FRIDAY, List.of()))
        .isEqualTo("2019-11-05");
    assertThat(value("Rallies were held ahead of Sunday's vote.", "Sunday", FRIDAY, List.of()))
        .isEqualTo("2019-11-10");
    assertThat(value("Police will stand guard until Sunday's vote.", "Sunday", FRIDAY, List.of()))
        .isEqualTo("2019-11-10");
    // "before" looks either way: the share held before Thursday's purchases is a past share
    assertThat(value("Its stake before Thursday's purchases was small.", "Thursday", FRIDAY, List.of()))
        .isEqualTo("2019-11-07");
  }
  @Test
  void headlinePresent_tellsWhatHappened_whileTheSameSentenceInABodyIsATimetable() {
    String text = "Rebels attack border post Thursday";
    String spec = "Rebels/NNS/2/nsubj/rebel attack/VBP/0/root border/NN/4/compound post/NN/2/obj "
        + "Thursday/NNP/2/obl:tmod";
    Sentence title = Parses.sentence(text, 0, 0, spec, Section.TITLE);
    assertThat(value(text, "Thursday", FRIDAY, List.of(title))).isEqualTo("2019-11-07");
    Sentence body = Parses.sentence(text, 0, 0, spec, Section.BODY);
    assertThat(value(text, "Thursday", FRIDAY, List.of(body))).isEqualTo("2019-11-14");
    // what a headline announces it tells with "to": that lies ahead
    String ahead = "Envoys to meet in Geneva Tuesday";
    Sentence plan = Parses.sentence(ahead, 0, 0, "Envoys/NNS/0/root/envoy to/TO/3/mark meet/VB/1/acl "
        + "in/IN/5/case Geneva/NNP/3/obl Tuesday/NNP/3/obl:tmod", Section.TITLE);
    assertThat(value(ahead, "Tuesday", FRIDAY, List.of(plan))).isEqualTo("2019-11-12");
  }

  @Test
  void dayOnABarePastParticipleQualifyingANoun_pointsBack() {
    String text = "A statement issued by the campaign late Tuesday was notable.";
    Sentence s = Parses.sentence(text, 0, 0, "A/DT/2/det statement/NN/10/nsubj issued/VBN/2/acl/issue by/IN/6/case "
        + "the/DT/6/det campaign/NN/3/obl late/JJ/8/amod Tuesday/NNP/6/obl:tmod was/VBD/10/cop/be notable/JJ/0/root "
        + "./PUNCT/10/punct");
    assertThat(value(text, "Tuesday", FRIDAY, List.of(s))).isEqualTo("2019-11-05");
  }

  @Test
  void dayInACopularClause_takesTheTenseOfTheCopula() {
    String text = "By sunrise Tuesday, the campaign was in overdrive.";
    Sentence s = Parses.sentence(text, 0, 0, "By/IN/2/case sunrise/NN/9/obl Tuesday/NNP/2/obl:tmod ,/,/9/punct "
        + "the/DT/6/det campaign/NN/9/nsubj was/VBD/9/cop/be in/IN/9/case overdrive/NN/0/root ./PUNCT/9/punct");
    // "sunrise Tuesday" is Tuesday morning
    assertThat(value(text, "Tuesday", FRIDAY, List.of(s))).isEqualTo("2019-11-05TMO");
    // a copula before an infinitive is a plan: "was due to travel there Tuesday", however it is parsed
    String plan = "He was due to travel to the capital on Tuesday to meet the leaders.";
    Sentence p = Parses.sentence(plan, 0, 0, "He/PRP/5/nsubj was/VBD/5/cop/be due/JJ/5/case to/IN/3/fixed "
        + "travel/NN/0/root to/IN/8/case the/DT/8/det capital/NN/5/nmod on/IN/10/case Tuesday/NNP/5/obl "
        + "to/TO/12/mark meet/VB/5/xcomp the/DT/14/det leaders/NNS/12/obj/leader ./PUNCT/5/punct");
    assertThat(value(plan, "Tuesday", FRIDAY, List.of(p))).isEqualTo("2019-11-12");
  }

  @Test
  void passiveAgentBy_isNoCueForTheFuture() {
    // text only: the cue words decide; "by" of a passive's agent does not point ahead
    assertThat(value("The filing was thrown out by the agency on Friday.", "Friday", LocalDate.of(2019, 11, 13),
        List.of())).isEqualTo("2019-11-08");
    assertThat(value("The notes were priced late Thursday by the sole manager.", "Thursday", LocalDate.of(2019, 11, 11),
        List.of())).isEqualTo("2019-11-07");
    // "by" that introduces a time still does: "by July or August"
    assertThat(value("The change could take place by July or August.", "August", LocalDate.of(2019, 3, 9),
        List.of())).isEqualTo("2019-08");
  }

  @Test
  void dayUnderACopularPredicate_takesItsAuxiliary() {
    String text = "The dividend will be payable Jan. 3 to holders, the company said.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det dividend/NN/5/nsubj will/MD/5/aux be/VB/5/cop "
        + "payable/JJ/13/ccomp Jan./NNP/5/obl:tmod 3/CD/6/nummod to/IN/9/case holders/NNS/5/obl/holder ,/,/13/punct "
        + "the/DT/12/det company/NN/13/nsubj said/VBD/0/root/say ./PUNCT/13/punct");
    assertThat(TenseCue.fromParse(s, new parley.core.doc.Span(text.indexOf("Jan."), text.indexOf("Jan.") + 7)))
        .isEqualTo(TimeValueResolver.Tense.FUTURE);
  }

  @Test
  void planWordThatAlsoEndsInEd_pointsAhead() {
    // text only: "scheduled" and "planned" are future cues, not past forms like "reduced"
    assertThat(value("A vote on the bill by the committee is scheduled for Thursday.", "Thursday",
        LocalDate.of(2019, 11, 12), List.of())).isEqualTo("2019-11-14");
    assertThat(value("Analysts await the session planned to start on June 25.", "June 25",
        LocalDate.of(2019, 3, 5), List.of())).isEqualTo("2019-06-25");
  }
}
