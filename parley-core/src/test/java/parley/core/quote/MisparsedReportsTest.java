package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.quote.QuoteLookup.quote;
import static parley.core.quote.QuoteLookup.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Quote;

/**
 * Reports the parser hangs wrongly: ", saying ..." participles, "As the Herald reported, ...",
 * a "that" clause hung on the speech verb's prepositional phrase, and "call X Y" (the specs are
 * CoreNLP's parses of these sentences).
 */
class MisparsedReportsTest {
  private static List<Quote> quotes(String paragraph, String spec) {
    Document doc = Parses.paragraphs("misparsed", new String[] {paragraph}, new String[][] {{spec}});
    return new QuoteAttributor().apply(doc).quotes();
  }

  @Test
  void participleParsedAsAMarker_reportsTheClauseAfterIt_saidByTheMainSubject() {
    List<Quote> quotes = quotes("The judge imposed a five-year sentence, saying a tough penalty was needed to deter future fraud.",
        "The/DT/2/det judge/NN/3/nsubj imposed/VBD/0/root/impose a/DT/8/det five/CD/7/nummod -/HYPH/7/punct "
            + "year/NN/8/compound sentence/NN/3/obj ,/,/3/punct saying/VBG/15/mark/say a/DT/13/det tough/JJ/13/amod "
            + "penalty/NN/15/nsubj:pass was/VBD/15/aux:pass/be needed/VBN/3/advcl/need to/TO/17/mark "
            + "deter/VB/15/xcomp future/JJ/19/amod fraud/NN/17/obj ./././punct");
    Quote q = quote(quotes, "a tough penalty was needed to deter future fraud");
    assertThat(speaker(q)).isEqualTo("The judge");
  }

  @Test
  void participleParsedAsAClausalSubject_reportsTheClauseAfterIt() {
    List<Quote> quotes = quotes("The union rejected the offer, arguing the raise was too small.",
        "The/DT/2/det union/NN/3/nsubj rejected/VBD/0/root/reject the/DT/5/det offer/NN/3/obj ,/,/3/punct "
            + "arguing/VBG/12/csubj/argue the/DT/9/det raise/NN/7/obj was/VBD/12/cop/be too/RB/12/advmod "
            + "small/JJ/3/parataxis ./././punct");
    Quote q = quote(quotes, "the raise was too small");
    assertThat(speaker(q)).isEqualTo("The union");
  }

  @Test
  void participleWithoutAClause_reportsNoClause() {
    List<Quote> quotes = quotes("Prices rose again, adding to the confusion.",
        "Prices/NNS/2/nsubj/price rose/VBD/0/root/rise again/RB/2/advmod ,/,/2/punct adding/VBG/2/dep/add "
            + "to/IN/8/case the/DT/8/det confusion/NN/5/obl ./././punct");
    assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.startsWith("to the confusion"));
  }

  @Test
  void asTheNewspaperReported_attributesTheMainClause() {
    List<Quote> quotes = quotes("As The Herald reported, the council was also accused of breaking the rules.",
        "As/IN/4/mark The/DT/3/det Herald/NNP/4/nsubj reported/VBD/10/advcl/report ,/,/10/punct the/DT/7/det "
            + "council/NN/10/nsubj:pass was/VBD/10/aux:pass/be also/RB/10/advmod accused/VBN/0/root/accuse "
            + "of/IN/12/mark breaking/VBG/10/advcl/break the/DT/14/det rules/NNS/12/obj/rule ./././punct");
    Quote q = quote(quotes, "the council was also accused of breaking the rules");
    assertThat(speaker(q)).contains("Herald");
  }

  @Test
  void thatClauseHungOnTheVerbsPrepositionalPhrase_isReported() {
    List<Quote> quotes = quotes(
        "The mayor of Springfield said in one of a series of Twitter messages that the bridge was closing for repairs.",
        "The/DT/2/det mayor/NN/5/nsubj of/IN/4/case Springfield/NNP/2/nmod said/VBD/0/root/say in/IN/7/case "
            + "one/CD/5/obl of/IN/10/case a/DT/10/det series/NN/7/nmod of/IN/13/case Twitter/NNP/13/compound "
            + "messages/NNS/10/nmod/message that/IN/18/mark the/DT/16/det bridge/NN/18/nsubj was/VBD/18/aux/be "
            + "closing/VBG/10/dep/close for/IN/20/case repairs/NNS/18/obl/repair ./././punct");
    assertThat(quotes).extracting(Quote::text).anyMatch(t -> t.contains("the bridge was closing for repairs"));
    Quote q = quotes.stream().filter(x -> x.text().contains("the bridge was closing")).findFirst().orElseThrow();
    assertThat(speaker(q)).contains("mayor");
  }

  @Test
  void callingSomethingAName_saysTheObjectWithItsName() {
    List<Quote> quotes = quotes("Critics call it the enforcement of political correctness.",
        "Critics/NNS/2/nsubj/critic call/VBP/0/root it/PRP/2/iobj the/DT/5/det enforcement/NN/2/obj "
            + "of/IN/8/case political/JJ/8/amod correctness/NN/5/nmod ./././punct");
    Quote q = quote(quotes, "it the enforcement of political correctness");
    assertThat(speaker(q)).isEqualTo("Critics");
  }

  @Test
  void callingSomeone_withoutAName_saysNothingOfThem() {
    List<Quote> quotes = quotes("She called him on Friday about the budget.",
        "She/PRP/2/nsubj called/VBD/0/root/call him/PRP/2/obj/he on/IN/5/case Friday/NNP/2/obl "
            + "about/IN/8/case the/DT/8/det budget/NN/2/obl ./././punct");
    assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.startsWith("him"));
  }

  @Test
  void passiveJudgementWithAnObjectOrAnAsPhrase_isHeldByNoOneNamed() {
    List<Quote> considered = quotes("The walk-off is considered one of the largest in company history.",
        "The/DT/4/det walk/NN/4/compound -/HYPH/4/punct off/NN/6/nsubj:pass is/VBZ/6/aux:pass/be "
            + "considered/VBN/0/root/consider one/CD/6/obj of/IN/7/acl the/DT/8/dep largest/JJS/9/dep/large "
            + "in/IN/13/case company/NN/13/compound history/NN/10/nmod ./././punct");
    assertThat(quote(considered, "The walk-off is considered one of the largest in company history").speaker()).isEmpty();
    List<Quote> seen = quotes("His charm is widely seen as an asset for the party.",
        "His/PRP$/2/nmod:poss/he charm/NN/5/nsubj:pass is/VBZ/5/aux:pass/be widely/RB/5/advmod seen/VBN/0/root/see "
            + "as/IN/8/case an/DT/8/det/a asset/NN/5/obl for/IN/11/case the/DT/11/det party/NN/8/nmod ./././punct");
    assertThat(seen).extracting(Quote::text).contains("His charm is widely seen as an asset for the party");
  }

  @Test
  void knownAs_namesAndHoldsNoView() {
    List<Quote> quotes = quotes("The town is known as the gateway.",
        "The/DT/2/det town/NN/4/nsubj:pass is/VBZ/4/aux:pass/be known/VBN/0/root/know as/IN/7/case "
            + "the/DT/7/det gateway/NN/4/obl ./././punct");
    assertThat(quotes).isEmpty();
  }

  @Test
  void aReportedClauseParsedAsTheHeadOfItsSpeechVerb_isStillWhatTheSubjectSaid() {
    List<Quote> csubj = quotes("He said there were a million calls to the hotline within two days.",
        "He/PRP/2/nsubj/he said/VBD/7/csubj/say there/EX/2/advmod/there were/VBD/7/cop/be a/DT/7/det/a "
            + "million/CD/7/nummod/million calls/NNS/0/root/call to/IN/10/case/to the/DT/10/det/the "
            + "hotline/NN/7/nmod/hotline within/IN/13/case/within two/CD/13/nummod/two days/NNS/7/obl/day ././7/punct/.");
    assertThat(speaker(quote(csubj, "there were a million calls to the hotline within two days"))).isEqualTo("He");
    List<Quote> advcl = quotes("And while he said he would bring back the draft for some students, he stressed that "
            + "it would be voluntary.",
        "And/CC/7/cc/and while/IN/4/mark/while he/PRP/4/nsubj/he said/VBD/7/advcl/say he/PRP/7/nsubj/he "
            + "would/MD/7/aux/would bring/VB/0/root/bring back/RB/7/advmod/back the/DT/10/det/the draft/NN/7/obj/draft "
            + "for/IN/13/case/for some/DT/13/det/some students/NNS/7/obl/student ,/,/7/punct/, he/PRP/16/nsubj/he "
            + "stressed/VBD/7/parataxis/stress that/IN/21/mark/that it/PRP/21/nsubj/it would/MD/21/aux/would "
            + "be/VB/21/cop/be voluntary/JJ/16/ccomp/voluntary ././7/punct/.");
    assertThat(advcl).extracting(Quote::text).contains("he would bring back the draft for some students",
        "it would be voluntary");
  }

  @Test
  void aSpeechVerbInAClauseBeforeACommaReportsNothingAfterIt() {
    List<Quote> quotes = quotes("Before Smith testified, the panel met in private.",
        "Before/IN/3/mark/before Smith/NNP/3/nsubj/smith testified/VBD/7/advcl/testify ,/,/7/punct/, "
            + "the/DT/6/det/the panel/NN/7/nsubj/panel met/VBD/0/root/meet in/IN/9/case/in private/JJ/7/advcl/private "
            + "././7/punct/.");
    assertThat(quotes).extracting(Quote::text).doesNotContain("the panel met in private");
  }
}
