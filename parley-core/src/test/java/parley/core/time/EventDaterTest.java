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
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;
import parley.core.quote.Parses;

class EventDaterTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 11, 10);

  private static EventDate dateOf(String text, Sentence sentence, String evidence) {
    return dateOf(text, List.of(sentence), 0, evidence);
  }

  /** The date of an event whose evidence is {@code evidence}, in sentence {@code index} of {@code sentences}. */
  private static EventDate dateOf(String text, List<Sentence> sentences, int index, String evidence) {
    return dateOf(text, sentences, index, evidence, "172");
  }

  private static EventDate dateOf(String text, List<Sentence> sentences, int index, String evidence, String code) {
    return dateOf(text, sentences, index, evidence, code, "test");
  }

  private static EventDate dateOf(String text, List<Sentence> sentences, int index, String evidence, String code,
      String rule) {
    Document doc = Document.of("d", text, Optional.of(SUNDAY)).withSentences(sentences);
    doc = new TimeResolver().apply(doc);
    int start = text.indexOf(evidence);
    Event event = new Event("d#e1", ActorRef.of("PRK", "Kim", new Span(0, 1)), Optional.empty(),
        new EventType(code, "x", -5, 4, "COERCE"), Mode.ASSERTED, EventDate.published("2019-11-10"),
        index, Evidence.of(text, new Span(start, start + evidence.length())), rule);
    return new EventDater().apply(doc.withEvents(List.of(event))).events().get(0).date();
  }

  @Test
  void timeAttachedToTheVerb_givesTheDate() {
    String text = "Kim in April gave the United States a deadline.";
    Sentence s = Parses.sentence(text, 0, 0, "Kim/NNP/4/nsubj in/IN/3/case April/NNP/4/obl gave/VBD/0/root/give "
        + "the/DT/7/det United/NNP/7/compound States/NNP/4/iobj a/DT/9/det deadline/NN/4/obj ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "gave the United States a deadline"))
        .isEqualTo(new EventDate(Optional.of("2019-04"), "month"));
  }

  @Test
  void saidOnFriday_datesTheSayingClause() {
    String text = "A diplomat said on Friday that Pyongyang expects steps.";
    Sentence s = Parses.sentence(text, 0, 0, "A/DT/2/det diplomat/NN/3/nsubj said/VBD/0/root/say on/IN/5/case "
        + "Friday/NNP/3/obl that/IN/8/mark Pyongyang/NNP/8/nsubj expects/VBZ/3/ccomp/expect steps/NNS/8/obj ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "diplomat said")).isEqualTo(EventDate.fromValue("2019-11-08"));
  }

  @Test
  void noTime_givesPublicationDate_butPastPerfectAndCaptionsDoNot() {
    String text = "The two leaders met in Hanoi.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det two/CD/3/nummod leaders/NNS/4/nsubj "
        + "met/VBD/0/root/meet in/IN/6/case Hanoi/NNP/4/obl ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "leaders met")).isEqualTo(EventDate.published("2019-11-10"));
    String perfect = "The two leaders had met in Hanoi.";
    Sentence p = Parses.sentence(perfect, 0, 0, "The/DT/2/det two/CD/3/nummod leaders/NNS/5/nsubj "
        + "had/VBD/5/aux/have met/VBN/0/root/meet in/IN/7/case Hanoi/NNP/5/obl ./PUNCT/1/punct");
    assertThat(dateOf(perfect, p, "leaders had met").precision()).isNotEqualTo("day").isNotEqualTo("published");
    Sentence caption = Parses.sentence(text, 0, 0, "The/DT/2/det two/CD/3/nummod leaders/NNS/4/nsubj "
        + "met/VBD/0/root/meet in/IN/6/case Hanoi/NNP/4/obl ./PUNCT/1/punct", Section.CAPTION);
    assertThat(dateOf(text, caption, "leaders met")).isEqualTo(EventDate.unknown());
  }

  @Test
  void earlierThisYear_givesTheYear() {
    String text = "Kim met Trump earlier this year.";
    Sentence s = Parses.sentence(text, 0, 0, "Kim/NNP/2/nsubj met/VBD/0/root/meet Trump/NNP/2/obj "
        + "earlier/RBR/5/advmod this/DT/5/det year/NN/2/obl:tmod ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "Kim met Trump")).isEqualTo(new EventDate(Optional.of("2019"), "year"));
  }

  @Test
  void reportedClause_doesNotTakeTheDateOfSaying() {
    String text = "A diplomat said on Friday that Pyongyang expects steps.";
    Sentence s = Parses.sentence(text, 0, 0, "A/DT/2/det diplomat/NN/3/nsubj said/VBD/0/root/say on/IN/5/case "
        + "Friday/NNP/3/obl that/IN/8/mark Pyongyang/NNP/8/nsubj expects/VBZ/3/ccomp/expect steps/NNS/8/obj ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "Pyongyang expects steps")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void whenClause_takesTheDateOfTheClauseItDependsOn() {
    String text = "The row began in May when Chile rejected the offer.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det row/NN/3/nsubj began/VBD/0/root/begin in/IN/5/case "
        + "May/NNP/3/obl when/WRB/8/advmod Chile/NNP/8/nsubj rejected/VBD/3/advcl/reject the/DT/10/det "
        + "offer/NN/8/obj ./PUNCT/3/punct");
    assertThat(dateOf(text, s, "Chile rejected the offer")).isEqualTo(EventDate.fromValue("2019-05"));
  }

  @Test
  void afterClause_doesNotTakeItsGovernorsDate() {
    String text = "Ties sank in May after the court fined the firms.";
    Sentence s = Parses.sentence(text, 0, 0, "Ties/NNS/2/nsubj sank/VBD/0/root/sink in/IN/4/case May/NNP/2/obl "
        + "after/IN/8/mark the/DT/7/det court/NN/8/nsubj fined/VBD/2/advcl/fine the/DT/10/det firms/NNS/8/obj "
        + "./PUNCT/2/punct");
    assertThat(dateOf(text, s, "the court fined the firms")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void measuredAfterClause_isThatMuchBeforeItsGovernorsDay() {
    String text = "Chile on Tuesday recalled its envoy, a day after troops clashed.";
    Sentence s = Parses.sentence(text, 0, 0, "Chile/NNP/4/nsubj on/IN/3/case Tuesday/NNP/4/obl recalled/VBD/0/root/recall "
        + "its/PRP$/6/nmod:poss envoy/NN/4/obj ,/,/4/punct a/DT/9/det day/NN/12/obl:npmod after/IN/12/mark "
        + "troops/NNS/12/nsubj clashed/VBD/4/advcl/clash ./PUNCT/4/punct");
    assertThat(dateOf(text, s, "troops clashed")).isEqualTo(EventDate.fromValue("2019-11-04"));
  }

  @Test
  void perfectJoinedToADatedClause_keepsItsOwnTime() {
    String text = "Kim in April set a deadline and officials have warned Seoul.";
    Sentence s = Parses.sentence(text, 0, 0, "Kim/NNP/4/nsubj in/IN/3/case April/NNP/4/obl set/VBD/0/root/set "
        + "a/DT/6/det deadline/NN/4/obj and/CC/10/cc officials/NNS/10/nsubj have/VBP/10/aux/have "
        + "warned/VBN/4/conj/warn Seoul/NNP/10/obj ./PUNCT/4/punct");
    assertThat(dateOf(text, s, "officials have warned Seoul")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void sentenceGoingOnWithThePreviousOne_takesItsDate() {
    String text = "Chile on Tuesday sent Peru a note.\n\nBut it criticised Lima for the delay.\n\nThe envoys met in Quito.";
    Sentence first = Parses.sentence(text, 0, 0, "Chile/NNP/4/nsubj on/IN/3/case Tuesday/NNP/4/obl sent/VBD/0/root/send "
        + "Peru/NNP/4/iobj a/DT/7/det note/NN/4/obj ./PUNCT/4/punct");
    int second = text.indexOf("But");
    Sentence but = Parses.sentence(text, 1, second, "But/CC/3/cc it/PRP/3/nsubj criticised/VBD/0/root/criticise "
        + "Lima/NNP/3/obj for/IN/7/case the/DT/7/det delay/NN/3/obl ./PUNCT/3/punct");
    int third = text.indexOf("The envoys");
    Sentence envoys = Parses.sentence(text, 2, third, "The/DT/2/det envoys/NNS/3/nsubj met/VBD/0/root/meet "
        + "in/IN/5/case Quito/NNP/3/obl ./PUNCT/3/punct");
    List<Sentence> all = List.of(first, but, envoys);
    assertThat(dateOf(text, all, 1, "it criticised Lima")).isEqualTo(EventDate.fromValue("2019-11-05"));
    // a new paragraph that does not go on with the one before starts from the publication date
    assertThat(dateOf(text, all, 2, "envoys met")).isEqualTo(EventDate.published("2019-11-10"));
  }
  @Test
  void attemptDatedOnItsInfinitive_takesThatDate() {
    String text = "The gunmen who tried to kill the mayor in Lagos last year were caught.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det gunmen/NNS/13/nsubj:pass/gunman who/WP/4/nsubj "
        + "tried/VBD/2/acl:relcl/try to/TO/6/mark kill/VB/4/xcomp the/DT/8/det mayor/NN/6/obj in/IN/10/case "
        + "Lagos/NNP/6/obl last/JJ/12/amod year/NN/6/obl:tmod were/VBD/13/aux:pass/be caught/VBN/0/root/catch "
        + "./PUNCT/13/punct");
    assertThat(dateOf(text, s, "tried to kill the mayor")).isEqualTo(EventDate.fromValue("2018"));
    // evidence that names the attackers by their relative clause is dated by the clause
    assertThat(dateOf(text, s, "gunmen who tried to kill the mayor")).isEqualTo(EventDate.fromValue("2018"));
  }

  @Test
  void eventNounHeldOnADate_takesTheDateOfItsHolding_butADeadlineSetThenDoesNot() {
    String text = "Border talks between the neighbours were last held in March.";
    Sentence s = Parses.sentence(text, 0, 0, "Border/NN/2/compound talks/NNS/8/nsubj:pass/talk between/IN/5/case "
        + "the/DT/5/det neighbours/NNS/2/nmod/neighbour were/VBD/8/aux:pass/be last/RB/8/advmod held/VBN/0/root/hold "
        + "in/IN/10/case March/NNP/8/obl ./PUNCT/8/punct");
    assertThat(dateOf(text, s, "talks between the neighbours")).isEqualTo(EventDate.fromValue("2019-03"));
    String set = "The deadline was set in March.";
    Sentence d = Parses.sentence(set, 0, 0, "The/DT/2/det deadline/NN/4/nsubj:pass was/VBD/4/aux:pass/be "
        + "set/VBN/0/root/set in/IN/6/case March/NNP/4/obl ./PUNCT/4/punct");
    assertThat(dateOf(set, d, "deadline")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void alsoOnTheMainVerb_goesOnWithTheSentenceBefore_acrossAParagraph() {
    String text = "The truce was agreed in talks on Tuesday.\n\nThe two sides also agreed to free prisoners.";
    Sentence first = Parses.sentence(text, 0, 0, "The/DT/2/det truce/NN/4/nsubj:pass was/VBD/4/aux:pass/be "
        + "agreed/VBN/0/root/agree in/IN/6/case talks/NNS/4/obl/talk on/IN/8/case Tuesday/NNP/6/nmod ./PUNCT/4/punct");
    int second = text.indexOf("The two");
    Sentence also = Parses.sentence(text, 1, second, "The/DT/3/det two/CD/3/nummod sides/NNS/5/nsubj/side "
        + "also/RB/5/advmod agreed/VBD/0/root/agree to/TO/7/mark free/VB/5/xcomp prisoners/NNS/7/obj/prisoner "
        + "./PUNCT/5/punct");
    assertThat(dateOf(text, List.of(first, also), 1, "sides also agreed")).isEqualTo(EventDate.fromValue("2019-11-05"));
  }

  @Test
  void dateNamingAThing_isNotTheTimeOfTheAct() {
    String text = "Smith has not given money to any 2018 Senate candidates.";
    Sentence s = Parses.sentence(text, 0, 0, "Smith/NNP/4/nsubj has/VBZ/4/aux/have not/RB/4/advmod given/VBN/0/root/give "
        + "money/NN/4/obj to/IN/10/case any/DT/10/det 2018/CD/10/nummod Senate/NNP/10/compound "
        + "candidates/NNS/4/obl/candidate ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "has not given money")).isEqualTo(EventDate.published("2019-11-10"));
    String letter = "The report raised questions about her claim in a May 4, 2017, letter.";
    Sentence l = Parses.sentence(letter, 0, 0, "The/DT/2/det report/NN/3/nsubj raised/VBD/0/root/raise "
        + "questions/NNS/3/obj/question about/IN/7/case her/PRP$/7/nmod:poss/she claim/NN/4/nmod in/IN/15/case "
        + "a/DT/15/det May/NNP/15/compound 4/CD/10/nummod ,/,/10/punct 2017/CD/10/nummod ,/,/15/punct "
        + "letter/NN/7/nmod ./PUNCT/1/punct");
    assertThat(dateOf(letter, l, "report raised questions")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void dateOfTheOccasionOrOfTheSubject_isTheTimeOfTheAct() {
    String text = "At Saturday's debate, Kim criticised Moon.";
    Sentence s = Parses.sentence(text, 0, 0, "At/IN/4/case Saturday/NNP/4/nmod:poss 's/POS/2/case "
        + "debate/NN/7/obl ,/,/7/punct Kim/NNP/7/nsubj criticised/VBD/0/root/criticise Moon/NNP/7/obj ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "Kim criticised Moon")).isEqualTo(EventDate.fromValue("2019-11-09"));
    String attack = "Monday's attack killed ten soldiers.";
    Sentence a = Parses.sentence(attack, 0, 0, "Monday/NNP/3/nmod:poss 's/POS/1/case attack/NN/4/nsubj "
        + "killed/VBD/0/root/kill ten/CD/6/nummod soldiers/NNS/4/obj/soldier ./PUNCT/1/punct");
    assertThat(dateOf(attack, a, "attack killed ten soldiers")).isEqualTo(EventDate.fromValue("2019-11-04"));
  }

  @Test
  void dateMarkedAsTargetOrBound_isNotTheTimeOfTheAct() {
    String text = "The party has called a vote for June 5, 2019 against the plan.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det party/NN/4/nsubj has/VBZ/4/aux/have called/VBN/0/root/call "
        + "a/DT/6/det vote/NN/4/obj for/IN/8/case June/NNP/6/nmod 5/CD/8/nummod ,/,/8/punct 2019/CD/8/nummod "
        + "against/IN/14/case the/DT/14/det plan/NN/6/nmod ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "party has called a vote")).isEqualTo(EventDate.published("2019-11-10"));
    String since = "The rebels have held the town since March.";
    Sentence h = Parses.sentence(since, 0, 0, "The/DT/2/det rebels/NNS/4/nsubj/rebel have/VBP/4/aux held/VBN/0/root/hold "
        + "the/DT/6/det town/NN/4/obj since/IN/8/case March/NNP/4/obl ./PUNCT/1/punct");
    assertThat(dateOf(since, h, "rebels have held the town")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void dateOfTheActAskedFor_isNotTheTimeOfAsking_butATriedActsIs() {
    String text = "Kim has invited Moon to meet in Seoul on Thursday.";
    Sentence s = Parses.sentence(text, 0, 0, "Kim/NNP/3/nsubj has/VBZ/3/aux/have invited/VBN/0/root/invite "
        + "Moon/NNP/3/obj to/TO/6/mark meet/VB/3/xcomp in/IN/8/case Seoul/NNP/6/obl on/IN/10/case "
        + "Thursday/NNP/6/obl ./PUNCT/1/punct");
    assertThat(dateOf(text, s, "Kim has invited Moon")).isEqualTo(EventDate.published("2019-11-10"));
    String tried = "Kim tried to visit Seoul in May.";
    Sentence t = Parses.sentence(tried, 0, 0, "Kim/NNP/2/nsubj tried/VBD/0/root/try to/TO/4/mark visit/VB/2/xcomp "
        + "Seoul/NNP/4/obj in/IN/7/case May/NNP/4/obl ./PUNCT/1/punct");
    assertThat(dateOf(tried, t, "Kim tried")).isEqualTo(new EventDate(Optional.of("2019-05"), "month"));
  }

  @Test
  void trailingTimeOfTheLastConjunct_isSharedWithTheFirst_ofTheSameSubjectAndTense() {
    String text = "Obama lectured the critics and defended his plan on Sunday night.";
    Sentence s = Parses.sentence(text, 0, 0, "Obama/NNP/2/nsubj lectured/VBD/0/root/lecture the/DT/4/det "
        + "critics/NNS/2/obj/critic and/CC/6/cc defended/VBD/2/conj/defend his/PRP$/8/nmod:poss/he plan/NN/6/obj "
        + "on/IN/11/case Sunday/NNP/11/compound night/NN/6/obl ./PUNCT/2/punct");
    EventDate defended = dateOf(text, s, "defended his plan");
    assertThat(defended.precision()).isNotEqualTo("published");
    assertThat(dateOf(text, s, "Obama lectured the critics")).isEqualTo(defended);
  }

  @Test
  void trailingTimeOfAConjunctWithItsOwnSubject_isNotShared() {
    String text = "Obama lectured the critics and aides defended his plan on Sunday night.";
    Sentence s = Parses.sentence(text, 0, 0, "Obama/NNP/2/nsubj lectured/VBD/0/root/lecture the/DT/4/det "
        + "critics/NNS/2/obj/critic and/CC/7/cc aides/NNS/7/nsubj/aide defended/VBD/2/conj/defend his/PRP$/9/nmod:poss/he "
        + "plan/NN/7/obj on/IN/12/case Sunday/NNP/12/compound night/NN/7/obl ./PUNCT/2/punct");
    assertThat(dateOf(text, s, "Obama lectured the critics")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void dateIsNotHandedAcrossButToAConjunctOfAnotherTense() {
    String text = "The senator criticized the plan on Monday but will support the bill.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det senator/NN/3/nsubj criticized/VBD/0/root/criticize "
        + "the/DT/5/det plan/NN/3/obj on/IN/7/case Monday/NNP/3/obl but/CC/10/cc will/MD/10/aux "
        + "support/VB/3/conj the/DT/12/det bill/NN/10/obj ./PUNCT/3/punct");
    assertThat(dateOf(text, s, "criticized the plan")).isEqualTo(EventDate.fromValue("2019-11-04"));
    assertThat(dateOf(text, s, "will support the bill")).isNotEqualTo(EventDate.fromValue("2019-11-04"));
  }

  @Test
  void clauseTheParserHangsOnANoun_keepsItsOwnDate() {
    String text = "Voters turned on the party after a man and his wife carried out a shooting Dec. 2 in the city.";
    Sentence s = Parses.sentence(text, 0, 0, "Voters/NNS/2/nsubj/voter turned/VBD/0/root/turn on/RP/2/compound:prt "
        + "the/DT/5/det party/NN/2/obj after/IN/8/case a/DT/8/det man/NN/2/obl and/CC/11/cc his/PRP$/11/nmod:poss/he "
        + "wife/NN/8/conj carried/VBD/8/acl/carry out/RP/12/compound:prt a/DT/15/det shooting/NN/12/obj "
        + "Dec./NNP/12/obl:tmod 2/CD/16/nummod in/IN/20/case the/DT/20/det city/NN/12/obl ./PUNCT/2/punct");
    EventDate date = dateOf(text, s, "a man and his wife carried out a shooting Dec. 2");
    assertThat(date.precision()).isEqualTo("day");
    assertThat(date.value()).hasValueSatisfying(v -> assertThat(v).endsWith("-12-02"));
  }

  @Test
  void intentAnnouncedOnADay_isDatedByTheAnnouncement_notByTheMeetingItAnnounces() {
    String text = "The office announced Friday that the speaker will meet the envoy on Thursday.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det office/NN/3/nsubj announced/VBD/0/root/announce "
        + "Friday/NNP/3/obl:tmod that/IN/9/mark the/DT/7/det speaker/NN/9/nsubj will/MD/9/aux meet/VB/3/ccomp "
        + "the/DT/11/det envoy/NN/9/obj on/IN/13/case Thursday/NNP/9/obl ./PUNCT/3/punct");
    assertThat(dateOf(text, List.of(s), 0, "the speaker will meet the envoy", "036"))
        .isEqualTo(EventDate.fromValue("2019-11-08"));
  }

  @Test
  void todayInSpeechReportedOnAnEarlierDay_isTheDayOfSpeaking() {
    String text = "The senator said on Thursday he delivered a letter to the agency today.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det senator/NN/3/nsubj said/VBD/0/root/say on/IN/5/case "
        + "Thursday/NNP/3/obl he/PRP/7/nsubj delivered/VBD/3/ccomp/deliver a/DT/9/det letter/NN/7/obj to/IN/12/case "
        + "the/DT/12/det agency/NN/9/nmod today/NN/7/obl:tmod ./PUNCT/3/punct");
    assertThat(dateOf(text, s, "he delivered a letter")).isEqualTo(EventDate.fromValue("2019-11-07"));
  }

  @Test
  void yearInsideAFiscalYearToken_namesTheBudget_notTheAct() {
    String text = "Protests forced the government to enact a 1987/88 budget.";
    Sentence parsed = Parses.sentence(text, 0, 0, "Protests/NNS/2/nsubj/protest forced/VBD/0/root/force the/DT/4/det "
        + "government/NN/2/obj to/TO/6/mark enact/VB/2/xcomp a/DT/9/det 1987/CD/9/nummod budget/NN/6/obj "
        + "./PUNCT/2/punct");
    // the parser's one token "1987/88" (the fixture's spec cannot write a slash in a word)
    List<Token> tokens = new java.util.ArrayList<>(parsed.tokens());
    Token year = tokens.get(7);
    tokens.set(7, new Token(7, "1987/88", "1987/88", "CD", new Span(year.span().start(), year.span().start() + 7)));
    Sentence s = new Sentence(0, parsed.span(), parsed.section(), tokens, parsed.arcs());
    assertThat(dateOf(text, s, "Protests forced the government")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void reportedPastPerfect_isNotThePublicationDate_evenWhenTheEvidenceStartsAtTheSpeaker() {
    String text = "Britain said it had agreed to Italy's proposal.";
    Sentence s = Parses.sentence(text, 0, 0, "Britain/NNP/2/nsubj said/VBD/0/root/say it/PRP/5/nsubj "
        + "had/VBD/5/aux/have agreed/VBN/2/ccomp/agree to/IN/9/case Italy/NNP/9/nmod:poss 's/POS/7/case "
        + "proposal/NN/5/obl ./PUNCT/2/punct");
    assertThat(dateOf(text, List.of(s), 0, "Britain said it had agreed to Italy", "031", "agree+to:cooperate"))
        .isEqualTo(EventDate.unknown());
    // the saying itself is dated as before
    assertThat(dateOf(text, List.of(s), 0, "Britain said it had agreed to Italy", "010", "say"))
        .isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void infinitiveOnANoun_doesNotTakeTheDateOfTheVerbTheNounDependsOn() {
    String text = "Seoul imposed tariffs on May 2 over Japan's failure to honor the accord.";
    Sentence s = Parses.sentence(text, 0, 0, "Seoul/NNP/2/nsubj imposed/VBD/0/root/impose tariffs/NNS/2/obj/tariff "
        + "on/IN/5/case May/NNP/2/obl 2/CD/5/nummod over/IN/10/case Japan/NNP/10/nmod:poss 's/POS/8/case "
        + "failure/NN/2/obl to/TO/12/mark honor/VB/10/acl the/DT/14/det accord/NN/12/obj ./PUNCT/2/punct");
    assertThat(dateOf(text, s, "honor the accord")).isEqualTo(EventDate.published("2019-11-10"));
    assertThat(dateOf(text, s, "Seoul imposed tariffs")).isEqualTo(EventDate.fromValue("2019-05-02"));
  }

  @Test
  void participleSayingANamedEventWasMade_givesItsDate() {
    String text = "Peru hailed the accord with Chile, signed in March.";
    Sentence s = Parses.sentence(text, 0, 0, "Peru/NNP/2/nsubj hailed/VBD/0/root/hail the/DT/4/det accord/NN/2/obj "
        + "with/IN/6/case Chile/NNP/4/nmod ,/,/8/punct signed/VBN/4/acl/sign in/IN/10/case March/NNP/8/obl "
        + "./PUNCT/2/punct");
    assertThat(dateOf(text, s, "the accord with Chile")).isEqualTo(EventDate.fromValue("2019-03"));
  }

  @Test
  void dateAfterARelativeClauseInThePresent_timesThePastVerbItStandsBefore() {
    String text = "The council, which opposes the plan, on Friday rejected the offer.";
    Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det council/NN/11/nsubj ,/,/2/punct which/WDT/5/nsubj "
        + "opposes/VBZ/2/acl:relcl/oppose the/DT/7/det plan/NN/5/obj ,/,/5/punct on/IN/10/case Friday/NNP/5/obl "
        + "rejected/VBD/0/root/reject the/DT/13/det offer/NN/11/obj ./PUNCT/11/punct");
    assertThat(dateOf(text, s, "council, which opposes the plan, on Friday rejected the offer"))
        .isEqualTo(EventDate.fromValue("2019-11-08"));
    assertThat(dateOf(text, s, "opposes the plan")).isEqualTo(EventDate.published("2019-11-10"));
  }

  @Test
  void clauseMeasuredAfterAnUndatedOne_isNotThePublicationDate() {
    String text = "Chile recalled its envoy, four days after troops crossed the border.";
    Sentence s = Parses.sentence(text, 0, 0, "Chile/NNP/2/nsubj recalled/VBD/0/root/recall its/PRP$/4/nmod:poss "
        + "envoy/NN/2/obj ,/,/2/punct four/CD/7/nummod days/NNS/10/dep/day after/IN/10/mark troops/NNS/10/nsubj/troop "
        + "crossed/VBD/2/advcl/cross the/DT/12/det border/NN/10/obj ./PUNCT/2/punct");
    assertThat(dateOf(text, s, "troops crossed the border")).isEqualTo(EventDate.unknown());
    assertThat(dateOf(text, s, "Chile recalled its envoy")).isEqualTo(EventDate.published("2019-11-10"));
  }
}
