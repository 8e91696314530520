package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.quote.QuoteLookup.quote;
import static parley.core.quote.QuoteLookup.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Quote;

/**
 * Attributions cued by an adjective of feeling or conviction, by a poll told with "in", and by a
 * speech or stance verb whose clause the parser hung on it as parataxis, small clause or unknown
 * gerund, in sentences of our own with the parse CoreNLP gave them.
 */
class StanceAndPollCuesTest {
  private static List<Quote> quotes(String paragraph, String spec) {
    Document doc = Parses.paragraphs("cues", new String[] {paragraph}, new String[][] {{spec}});
    return new QuoteAttributor().apply(doc).quotes();
  }

  @Test
  void aClauseHungOnASpeechVerbAsParataxis_isItsReport() {
    List<Quote> quotes = quotes("Some farmers think it will not.",
        "Some/DT/2/det farmers/NNS/3/nsubj/farmer think/VBP/0/root it/PRP/6/nsubj will/MD/6/aux not/RB/3/parataxis ./././punct");
    assertThat(speaker(quote(quotes, "it will not"))).isEqualTo("Some farmers");
  }

  @Test
  void aPassiveClauseHungOnTellAsParataxis_isWhatTheSubjectTells() {
    List<Quote> quotes = quotes("The coach tells fans she may be fired over the loss.",
        "The/DT/2/det coach/NN/3/nsubj tells/VBZ/0/root/tell fans/NNS/3/obj/fan she/PRP/8/nsubj:pass may/MD/8/aux "
            + "be/VB/8/aux:pass fired/VBN/3/parataxis/fire over/IN/11/case the/DT/11/det loss/NN/8/obl ./././punct");
    assertThat(speaker(quote(quotes, "she may be fired over the loss"))).isEqualTo("The coach");
  }

  @Test
  void aStanceVerbsSmallClause_isTheStance() {
    List<Quote> quotes = quotes("The mayor considers the plan unfair.",
        "The/DT/2/det mayor/NN/3/nsubj considers/VBZ/0/root/consider the/DT/5/det plan/NN/6/nsubj unfair/JJ/3/xcomp ./././punct");
    assertThat(speaker(quote(quotes, "the plan unfair"))).isEqualTo("The mayor");
  }

  @Test
  void aGerundParsedAsAnUnknownDependentOfAStanceVerb_isTheStance() {
    List<Quote> quotes = quotes("The governor supports raising the fuel tax.",
        "The/DT/2/det governor/NN/3/nsubj supports/VBZ/0/root/support raising/VBG/3/dep/raise the/DT/7/det "
            + "fuel/NN/7/compound tax/NN/4/obj ./././punct");
    assertThat(speaker(quote(quotes, "raising the fuel tax"))).isEqualTo("The governor");
  }

  @Test
  void aClauseAfterAnAdjectiveOfFeeling_isTheStanceOfItsSubject() {
    List<Quote> quotes = quotes("The farmers are worried that prices will fall.",
        "The/DT/2/det farmers/NNS/4/nsubj/farmer are/VBP/4/cop/be worried/JJ/0/root that/IN/8/mark "
            + "prices/NNS/8/nsubj/price will/MD/8/aux fall/VB/4/ccomp ./././punct");
    assertThat(speaker(quote(quotes, "prices will fall"))).isEqualTo("The farmers");
  }

  @Test
  void anAdjectiveOfFeelingInARelativeClause_isTheStanceOfTheNounItModifies() {
    List<Quote> quotes = quotes("Teachers who are concerned about the budget met on Friday.",
        "Teachers/NNS/8/nsubj/teacher who/WP/4/nsubj are/VBP/4/cop/be concerned/JJ/1/acl:relcl about/IN/7/case "
            + "the/DT/7/det budget/NN/4/obl met/VBD/0/root/meet on/IN/10/case Friday/NNP/8/obl ./././punct");
    assertThat(speaker(quote(quotes, "the budget"))).isEqualTo("Teachers");
  }

  @Test
  void aParticipleOfFeelingAfterBe_isAStanceThoughTaggedPassive() {
    List<Quote> quotes = quotes("The senator was opposed to the new tax.",
        "The/DT/2/det senator/NN/4/nsubj:pass was/VBD/4/aux:pass/be opposed/VBN/0/root/oppose to/IN/8/case "
            + "the/DT/8/det new/JJ/8/amod tax/NN/4/obl ./././punct");
    assertThat(speaker(quote(quotes, "the new tax"))).isEqualTo("The senator");
  }

  @Test
  void anActivePerfectWithAnObject_isTheVerbsStanceNotAnAdjectives() {
    List<Quote> quotes = quotes("The unions have opposed it on those grounds.",
        "The/DT/2/det unions/NNS/4/nsubj/union have/VBP/4/aux opposed/VBN/0/root/oppose it/PRP/4/obj "
            + "on/IN/8/case those/DT/8/det/that grounds/NNS/4/obl ./././punct");
    assertThat(quotes).extracting(Quote::text).containsExactly("it");
  }

  @Test
  void anExpletiveSubject_holdsNoStance() {
    List<Quote> quotes = quotes("It is certain that the bill will pass.",
        "It/PRP/3/nsubj is/VBZ/3/cop/be certain/JJ/0/root that/IN/8/mark the/DT/6/det bill/NN/8/nsubj "
            + "will/MD/8/aux pass/VB/3/ccomp ./././punct");
    assertThat(quotes).isEmpty();
  }

  @Test
  void aFeelingsTopicEndsAtTheComma() {
    List<Quote> quotes = quotes("The fans were angry at the coach, who lost the game.",
        "The/DT/2/det fans/NNS/4/nsubj/fan were/VBD/4/cop/be angry/JJ/0/root at/IN/7/case the/DT/7/det "
            + "coach/NN/4/obl ,/,/7/punct who/WP/10/nsubj lost/VBD/7/acl:relcl/lose the/DT/12/det game/NN/10/obj ./././punct");
    assertThat(speaker(quote(quotes, "the coach"))).isEqualTo("The fans");
  }

  @Test
  void aPollToldWithIn_isTheSourceOfTheClause() {
    List<Quote> quotes = quotes("In a new county poll, Smith leads Jones by five points.",
        "In/IN/5/case a/DT/5/det new/JJ/5/amod county/NN/5/compound poll/NN/8/obl ,/,/8/punct Smith/NNP/8/nsubj "
            + "leads/VBZ/0/root/lead Jones/NNP/8/obj by/IN/12/case five/CD/12/nummod points/NNS/8/obl/point ./././punct");
    assertThat(speaker(quote(quotes, "Smith leads Jones by five points"))).isEqualTo("a new county poll");
  }

  @Test
  void aPollOnANoun_findsNothing() {
    List<Quote> quotes = quotes("Smith has a big lead in the polls.",
        "Smith/NNP/2/nsubj has/VBZ/0/root/have a/DT/5/det big/JJ/5/amod lead/NN/2/obj in/IN/8/case the/DT/8/det "
            + "polls/NNS/5/nmod/poll ./././punct");
    assertThat(quotes).isEmpty();
  }

  @Test
  void aPollWhoseRespondentsSpeak_isLeftToTheirReport() {
    List<Quote> quotes = quotes("In a poll, most voters said they liked the plan.",
        "In/IN/3/case a/DT/3/det poll/NN/7/obl ,/,/7/punct most/JJS/6/amod voters/NNS/7/nsubj/voter "
            + "said/VBD/0/root/say they/PRP/9/nsubj liked/VBD/7/ccomp/like the/DT/11/det plan/NN/9/obj ./././punct");
    assertThat(quotes).extracting(Quote::text).containsExactly("they liked the plan");
    assertThat(speaker(quotes.get(0))).isEqualTo("most voters");
  }

  @Test
  void derideAndRegard_attributeTheirObjects() {
    List<Quote> derided = quotes("Rivals deride the plan as timid.",
        "Rivals/NNS/2/nsubj/rival deride/VBP/0/root the/DT/4/det plan/NN/2/obj as/IN/6/case timid/JJ/2/obl ./././punct");
    assertThat(speaker(quote(derided, "the plan"))).isEqualTo("Rivals");
    List<Quote> regarded = quotes("The coach regards the loss as a lesson.",
        "The/DT/2/det coach/NN/3/nsubj regards/VBZ/0/root/regard the/DT/5/det loss/NN/3/obj as/IN/8/case "
            + "a/DT/8/det lesson/NN/3/obl ./././punct");
    assertThat(speaker(quote(regarded, "the loss"))).isEqualTo("The coach");
  }
}
