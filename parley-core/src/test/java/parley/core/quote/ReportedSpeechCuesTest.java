package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.quote.QuoteLookup.quote;
import static parley.core.quote.QuoteLookup.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Quote;

/**
 * Reported speech cued by more than a speech verb with a clause, in sentences of our own with the
 * parse CoreNLP gave them: an infinitive with its own subject after "called for" or "called on",
 * a passive speech verb with a "by" phrase, and a speech noun delivered by a verb's subject
 * ("voiced criticism of", "in support of").
 */
class ReportedSpeechCuesTest {
  private static List<Quote> quotes(String paragraph, String spec) {
    Document doc = Parses.paragraphs("cues", new String[] {paragraph}, new String[][] {{spec}});
    return new QuoteAttributor().apply(doc).quotes();
  }

  @Test
  void anInfinitiveWithItsOwnSubject_afterCallingFor_isWhatTheSubjectCallsFor() {
    List<Quote> quotes = quotes("The senator is calling for the city to build more housing.",
        "The/DT/2/det senator/NN/4/nsubj is/VBZ/4/aux/be calling/VBG/0/root/call for/IN/9/mark the/DT/7/det "
            + "city/NN/9/nsubj to/TO/9/mark build/VB/4/advcl more/JJR/11/amod/more housing/NN/9/obj ./././punct");
    assertThat(speaker(quote(quotes, "the city to build more housing"))).isEqualTo("The senator");
  }

  @Test
  void calledHimToDiscuss_isAPhoneCallNotAnAppeal_calledOnHimTo_is() {
    assertThat(quotes("She called him on Friday to discuss the budget.",
        "She/PRP/2/nsubj called/VBD/0/root/call him/PRP/2/obj/he on/IN/2/compound:prt Friday/NNP/2/obl:tmod "
            + "to/TO/7/mark discuss/VB/2/xcomp the/DT/9/det budget/NN/7/obj ./././punct"))
        .extracting(Quote::text).doesNotContain("to discuss the budget");
    assertThat(quotes("She called him to discuss the budget.",
        "She/PRP/2/nsubj called/VBD/0/root/call him/PRP/2/obj/he to/TO/5/mark discuss/VB/2/xcomp the/DT/7/det "
            + "budget/NN/5/obj ./././punct")).extracting(Quote::text).doesNotContain("to discuss the budget");
    List<Quote> quotes = quotes("She called on him to discuss the budget.",
        "She/PRP/2/nsubj called/VBD/0/root/call on/IN/2/compound:prt him/PRP/2/obj/he to/TO/6/mark "
            + "discuss/VB/2/xcomp the/DT/8/det budget/NN/6/obj ./././punct");
    assertThat(speaker(quote(quotes, "to discuss the budget"))).isEqualTo("She");
  }

  @Test
  void anInfinitiveWithItsOwnSubject_afterCalledOn_isWhatTheSubjectCallsFor() {
    List<Quote> quotes = quotes("The governor has also called on the state to cut taxes.",
        "The/DT/2/det governor/NN/5/nsubj has/VBZ/5/aux/have also/RB/5/advmod called/VBN/0/root/call on/IN/10/mark "
            + "the/DT/8/det state/NN/10/nsubj to/TO/10/mark cut/VB/5/advcl taxes/NNS/10/obj/tax ./././punct");
    assertThat(speaker(quote(quotes, "the state to cut taxes"))).isEqualTo("The governor");
  }

  @Test
  void anAdverbialInfinitiveAfterANonSpeechVerb_isNoReport() {
    List<Quote> quotes = quotes("The senator is waiting for the city to build more housing.",
        "The/DT/2/det senator/NN/4/nsubj is/VBZ/4/aux/be waiting/VBG/0/root/wait for/IN/9/mark the/DT/7/det "
            + "city/NN/9/nsubj to/TO/9/mark build/VB/4/advcl more/JJR/11/amod/more housing/NN/9/obj ./././punct");
    assertThat(quotes).isEmpty();
  }

  @Test
  void aPassiveSpeechVerbWithABy_phrase_isTheAgentsWordsAboutTheSubject() {
    // The parser hung "by Senator Smith" on the verb as a plain oblique, not as an agent.
    List<Quote> quotes = quotes("The plan was criticized by Senator Smith as too expensive.",
        "The/DT/2/det plan/NN/4/nsubj:pass was/VBD/4/aux:pass/be criticized/VBN/0/root/criticize by/IN/7/case "
            + "Senator/NNP/7/compound Smith/NNP/4/obl as/IN/10/case too/RB/10/advmod expensive/JJ/4/advcl ./././punct");
    assertThat(speaker(quote(quotes, "The plan"))).isEqualTo("Senator Smith");
  }

  @Test
  void aPassiveSpeechVerbWithATimeAfterBy_namesNoSpeaker() {
    List<Quote> quotes = quotes("The plan was criticized by Friday.",
        "The/DT/2/det plan/NN/4/nsubj:pass was/VBD/4/aux:pass/be criticized/VBN/0/root/criticize by/IN/6/case "
            + "Friday/NNP/4/obl ./././punct");
    assertThat(quotes).isEmpty();
  }

  @Test
  void aPassiveStanceWithTheEndOfAWeekAfterBy_namesNoSpeaker() {
    List<Quote> quotes = quotes("The gaffe would be forgotten by week's end.",
        "The/DT/2/det gaffe/NN/5/nsubj:pass would/MD/5/aux be/VB/5/aux:pass forgotten/VBN/0/root/forget "
            + "by/IN/9/case week/NN/9/nmod:poss 's/POS/7/case end/NN/5/obl ./././punct");
    assertThat(quotes).isEmpty();
  }

  @Test
  void aSpeechNounVoicedByTheSubject_givesItsTopicToTheSubject() {
    List<Quote> quotes = quotes("Critics voiced criticism of the mayor's plan.",
        "Critics/NNS/2/nsubj/critic voiced/VBD/0/root/voice criticism/NN/2/obj of/IN/8/case the/DT/6/det "
            + "mayor/NN/8/nmod:poss 's/POS/6/case plan/NN/3/nmod ./././punct");
    assertThat(speaker(quote(quotes, "the mayor's plan"))).isEqualTo("Critics");
  }

  @Test
  void attacksUnleashedByTheSubject_areTheSubjectsWordsAgainstTheirTarget() {
    List<Quote> quotes = quotes("Jones unleashed sharp attacks against Smith in the debate.",
        "Jones/NNP/2/nsubj unleashed/VBD/0/root/unleash sharp/JJ/4/amod attacks/NNS/2/obj/attack against/IN/6/case "
            + "Smith/NNP/4/nmod in/IN/9/case the/DT/9/det debate/NN/4/nmod ./././punct");
    assertThat(speaker(quote(quotes, "Smith"))).isEqualTo("Jones");
  }

  @Test
  void aSpeechNounTheSubjectReceivesFromSomeone_isTheirWordsAboutTheSubject() {
    List<Quote> quotes = quotes("The plan drew criticism from Senator Smith.",
        "The/DT/2/det plan/NN/3/nsubj drew/VBD/0/root/draw criticism/NN/3/obj from/IN/7/case "
            + "Senator/NNP/7/compound Smith/NNP/3/obl ./././punct");
    assertThat(speaker(quote(quotes, "The plan"))).isEqualTo("Senator Smith");
    assertThat(quotes).extracting(q -> speaker(q)).doesNotContain("The plan");
  }

  @Test
  void inSupportOf_givesItsObjectToTheSubjectOfTheVerb() {
    List<Quote> quotes = quotes("The group raised money in support of Lee.",
        "The/DT/2/det group/NN/3/nsubj raised/VBD/0/root/raise money/NN/3/obj in/IN/6/case support/NN/3/obl "
            + "of/IN/8/case Lee/NNP/6/nmod ./././punct");
    assertThat(speaker(quote(quotes, "Lee"))).isEqualTo("The group");
  }

  @Test
  void aVerbThatSpeaksWithItsParticle_attributesItsObject() {
    List<Quote> quotes = quotes("The governor walked back his remarks on Monday.",
        "The/DT/2/det governor/NN/3/nsubj walked/VBD/0/root/walk back/RB/3/advmod his/PRP$/6/nmod:poss/he "
            + "remarks/NNS/3/obj/remark on/IN/8/case Monday/NNP/6/nmod ./././punct");
    assertThat(speaker(quote(quotes, "his remarks on Monday"))).isEqualTo("The governor");
  }

  @Test
  void firedBackAt_attributesWhoItIsAimedAt_firedAloneDoesNot() {
    List<Quote> quotes = quotes("Smith fired back at Jones over the budget.",
        "Smith/NNP/2/nsubj fired/VBD/0/root/fire back/RB/2/advmod at/IN/5/case Jones/NNP/2/obl over/IN/8/case "
            + "the/DT/8/det budget/NN/2/obl ./././punct");
    assertThat(speaker(quote(quotes, "Jones"))).isEqualTo("Smith");
    List<Quote> fired = quotes("Smith fired at Jones over the budget.",
        "Smith/NNP/2/nsubj fired/VBD/0/root/fire at/IN/4/case Jones/NNP/2/obl over/IN/7/case "
            + "the/DT/7/det budget/NN/2/obl ./././punct");
    assertThat(fired).isEmpty();
  }

  @Test
  void aForecast_isWhatItsSubjectSaid() {
    List<Quote> quotes = quotes("Analysts forecast that prices would rise.",
        "Analysts/NNS/2/nsubj/analyst forecast/VBP/0/root that/IN/6/mark prices/NNS/6/nsubj/price would/MD/6/aux "
            + "rise/VB/2/ccomp ./././punct");
    assertThat(speaker(quote(quotes, "prices would rise"))).isEqualTo("Analysts");
  }

  @Test
  void theCandidateFilter_keepsASentenceWhoseVerbSpeaksWithItsParticle() {
    Document doc = Parses.paragraphs("cues", new String[] {"Smith fired back at Jones."}, new String[][] {{
        "Smith/NNP/2/nsubj fired/VBD/0/root/fire back/RB/2/advmod at/IN/5/case Jones/NNP/2/obl ./././punct"}});
    assertThat(new AttributionCandidateFilter().test(doc.sentences().get(0))).isTrue();
  }

  @Test
  void aGerundAfterCalledFor_parsedAsAnAdverbialClause_isWhatTheSubjectCallsFor() {
    List<Quote> quotes = quotes("The union has attacked the contract, and has called for ending the overtime rules.",
        "The/DT/2/det union/NN/4/nsubj has/VBZ/4/aux/have attacked/VBN/0/root/attack the/DT/6/det contract/NN/4/obj "
            + ",/,/4/punct and/CC/10/cc has/VBZ/10/aux/have called/VBN/4/conj/call for/IN/12/case "
            + "ending/VBG/10/advcl/end the/DT/15/det overtime/NN/15/compound rules/NNS/12/obj/rule ./././punct");
    assertThat(speaker(quote(quotes, "ending the overtime rules"))).isEqualTo("The union");
  }

  @Test
  void callingAnObjectANameHungLoosely_saysThatName() {
    List<Quote> quotes = quotes("The senator called the report a fraud invented by lobbyists.",
        "The/DT/2/det senator/NN/3/nsubj called/VBD/0/root/call the/DT/5/det report/NN/3/obj a/DT/7/det "
            + "fraud/NN/5/dep invented/VBN/7/acl/invent by/IN/10/case lobbyists/NNS/8/obl/lobbyist ./././punct");
    assertThat(speaker(quote(quotes, "the report a fraud invented by lobbyists"))).isEqualTo("The senator");
  }

  @Test
  void aSpeechVerbAfterAnAppositivesComma_speaksAsItsSubject_notAsItsObject() {
    List<Quote> quotes = quotes("Jane Ortiz, the mayor's eldest sister, noted the problem in a speech last week.",
        "Jane/NNP/2/compound Ortiz/NNP/10/nsubj ,/,/2/punct the/DT/5/det mayor/NN/8/nmod:poss 's/POS/5/case "
            + "eldest/JJS/8/amod/old sister/NN/2/appos ,/,/2/punct noted/VBD/0/root/note the/DT/12/det "
            + "problem/NN/10/obj in/IN/15/case a/DT/15/det speech/NN/10/obl last/JJ/17/amod week/NN/10/obl:tmod "
            + "./././punct");
    assertThat(quotes).extracting(Quote::text).doesNotContain("Jane Ortiz, the mayor's eldest sister");
    assertThat(speaker(quotes.stream().filter(q -> q.text().startsWith("the problem")).findFirst().orElseThrow()))
        .isEqualTo("Jane Ortiz");
  }

  @Test
  void aSpeechVerbAfterAClausesComma_stillSpeaksAsTheNounAfterIt() {
    List<Quote> quotes = quotes("The plan is dead, noted a senior aide.",
        "The/DT/2/det plan/NN/4/nsubj is/VBZ/4/cop/be dead/JJ/0/root ,/,/4/punct noted/VBD/4/dep/note "
            + "a/DT/9/det senior/JJ/9/amod aide/NN/6/obj ./././punct");
    assertThat(speaker(quote(quotes, "The plan is dead"))).isEqualTo("a senior aide");
  }

  @Test
  void aNameCompoundedBeforeASpeechNounWithAThatClause_isItsSource() {
    List<Quote> quotes = quotes("A White House statement that the talks had failed was released on Monday.",
        "A/DT/4/det White/NNP/3/compound House/NNP/4/compound statement/NN/11/nsubj:pass that/IN/9/mark "
            + "the/DT/7/det talks/NNS/9/nsubj/talk had/VBD/9/aux/have failed/VBN/4/ccomp/fail was/VBD/11/aux:pass/be "
            + "released/VBN/0/root/release on/IN/13/case Monday/NNP/11/obl ./././punct");
    assertThat(speaker(quote(quotes, "the talks had failed"))).isEqualTo("White House");
  }

  @Test
  void aNameCompoundedBeforeAReportWithARelativeClause_reportsNothing() {
    List<Quote> quotes = quotes("The Benghazi report that found no fault was long.",
        "The/DT/3/det Benghazi/NNP/3/compound report/NN/9/nsubj that/WDT/5/nsubj found/VBD/3/acl:relcl/find "
            + "no/DT/7/det fault/NN/5/obj was/VBD/9/cop/be long/JJ/0/root ./././punct");
    assertThat(quotes).extracting(Quote::text).doesNotContain("found no fault", "that found no fault");
  }
}
