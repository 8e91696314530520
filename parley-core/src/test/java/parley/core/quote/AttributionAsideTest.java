package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.quote.QuoteLookup.quote;
import static parley.core.quote.QuoteLookup.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Quote;

/** Attributions printed as asides: "The plan, the mayor told me on Friday, is ...", "..., the aide added." */
class AttributionAsideTest {
  private static List<Quote> quotes(String paragraph, String spec) {
    Document doc = Parses.paragraphs("aside", new String[] {paragraph}, new String[][] {{spec}});
    return new QuoteAttributor().apply(doc).quotes();
  }

  @Test
  void asideWithHearerAndTime_speaksAsItsNounPhrase_notAsTheClauseSubject() {
    // The parser gives "told" two subjects, "plan" first.
    List<Quote> quotes = quotes("The plan, the mayor told me on Friday, is that the road will close.",
        "The/DT/2/det plan/NN/6/nsubj ,/,/6/punct the/DT/5/det mayor/NN/6/nsubj told/VBD/0/root/tell me/PRP/6/obj/i "
            + "on/IN/9/case Friday/NNP/6/obl ,/,/6/punct is/VBZ/16/cop/be that/IN/16/mark the/DT/14/det "
            + "road/NN/16/nsubj will/MD/16/aux close/VB/6/dep ./././punct");
    Quote q = quote(quotes, "The plan, the mayor told me on Friday, is that the road will close");
    assertThat(speaker(q)).isEqualTo("the mayor");
  }

  @Test
  void asideClosingTheSentence_reportsTheWholeClauseBeforeIt_andTheReportInsideItDoesNotNest() {
    // The parser hangs "added" as a clause of "overruled".
    List<Quote> quotes = quotes(
        "Smith had told officials that she did not want the car, but the city overruled that request, the aide added.",
        "Smith/NNP/3/nsubj had/VBD/3/aux/have told/VBN/0/root/tell officials/NNS/3/obj/official that/IN/9/mark "
            + "she/PRP/9/nsubj did/VBD/9/aux/do not/RB/9/advmod want/VB/3/ccomp the/DT/11/det car/NN/9/obj "
            + ",/,/3/punct but/CC/16/cc the/DT/15/det city/NN/16/nsubj overruled/VBD/3/conj/overrule "
            + "that/IN/22/mark request/NN/22/nsubj ,/,/22/punct the/DT/21/det aide/NN/22/nsubj "
            + "added/VBD/16/ccomp/add ./././punct");
    Quote q = quote(quotes,
        "Smith had told officials that she did not want the car, but the city overruled that request");
    assertThat(speaker(q)).isEqualTo("the aide");
    assertThat(quotes).extracting(Quote::text).doesNotContain("she did not want the car");
  }

  @Test
  void verbFollowedByAClause_isNoAside() {
    List<Quote> quotes = quotes("Later, the mayor told reporters that the road will close.",
        "Later/RB/5/advmod ,/,/5/punct the/DT/4/det mayor/NN/5/nsubj told/VBD/0/root/tell "
            + "reporters/NNS/5/obj/reporter that/IN/11/mark the/DT/9/det road/NN/11/nsubj will/MD/11/aux "
            + "close/VB/5/ccomp ./././punct");
    assertThat(quotes).extracting(Quote::text).containsExactly("the road will close");
    assertThat(speaker(quotes.get(0))).isEqualTo("the mayor");
  }

  @Test
  void invertedSpeakerWithAPossessive_isTheWholeName() {
    List<Quote> quotes = quotes("Turnout is not likely to change much, noted CNN’s Ana Lopez.",
        "Turnout/NN/4/nsubj is/VBZ/4/cop/be not/RB/4/advmod likely/JJ/9/ccomp to/TO/6/mark change/VB/4/xcomp "
            + "much/RB/6/obj ,/,/9/punct noted/VBD/0/root/note CNN/NNP/13/nmod:poss ’s/POS/10/case/'s "
            + "Ana/NNP/13/compound Lopez/NNP/9/obj ./././punct");
    assertThat(speaker(quote(quotes, "Turnout is not likely to change much"))).isEqualTo("Ana Lopez");
  }

  @Test
  void participleNamingSomething_isNoAside() {
    List<Quote> quotes = quotes("His group, called the Green Fund, raised money.",
        "His/PRP$/2/nmod:poss/he group/NN/4/nsubj ,/,/2/punct called/VBD/0/root/call the/DT/7/det "
            + "Green/NNP/7/compound Fund/NNP/4/obj ,/,/4/punct raised/VBD/4/dep/raise money/NN/9/obj ./././punct");
    assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("raised money"));
  }

  @Test
  void asSomeonePutIt_attributesTheClauseItHangsOn() {
    List<Quote> quotes = quotes("As Ms. Ruiz put it in a statement, the network is a voice for the poor.",
        "As/IN/4/mark Ms./NNP/3/compound Ruiz/NNP/4/nsubj put/VBD/14/advcl it/PRP/4/obj in/IN/8/case a/DT/8/det "
            + "statement/NN/4/obl ,/,/14/punct the/DT/11/det network/NN/14/nsubj is/VBZ/14/cop/be a/DT/14/det "
            + "voice/NN/0/root for/IN/17/case the/DT/17/det poor/JJ/14/nmod ./././punct");
    assertThat(speaker(quote(quotes, "the network is a voice for the poor"))).isEqualTo("Ms. Ruiz");
  }

  @Test
  void footageOfSomeoneSaying_isTheirs_notTheAdsThatShowsIt() {
    List<Quote> quotes = quotes("The ad closes with footage of Jones saying at the rally, “That makes me rich.”",
        "The/DT/2/det ad/NN/3/nsubj closes/VBZ/0/root/close with/IN/5/case footage/NN/3/obl of/IN/7/case "
            + "Jones/NNP/5/nmod saying/VBG/5/acl/say at/IN/11/case the/DT/11/det rally/NN/8/obl ,/,/3/punct "
            + "“/``/3/punct That/DT/15/nsubj makes/VBZ/3/ccomp/make me/PRP/17/nsubj/i rich/JJ/15/xcomp "
            + "./././punct ”/''/3/punct");
    assertThat(speaker(quote(quotes, "That makes me rich."))).isEqualTo("Jones");
  }

  @Test
  void someoneHeardYelling_speaks() {
    List<Quote> quotes = quotes("Ana Ruiz can be heard yelling to the officers that her son was unarmed.",
        "Ana/NNP/2/compound Ruiz/NNP/5/nsubj:pass can/MD/5/aux be/VB/5/aux:pass heard/VBN/0/root/hear "
            + "yelling/VBG/5/dep/yell to/IN/9/case the/DT/9/det officers/NNS/6/obl/officer that/WDT/14/dep "
            + "her/PRP$/12/nmod:poss/she son/NN/14/nsubj was/VBD/14/cop/be unarmed/JJ/6/ccomp ./././punct");
    assertThat(speaker(QuoteLookup.quoteWith(quotes, "her son was unarmed"))).isEqualTo("Ana Ruiz");
  }

  @Test
  void directQuoteReportedInsideAnotherReport_isTheOuterSpeakers() {
    List<Quote> quotes = quotes("Over the years, Smith said, most voters have come to believe “that the tax is fair.”",
        "Over/IN/3/case the/DT/3/det years/NNS/11/obl/year ,/,/6/punct Smith/NNP/6/nsubj said/VBD/0/root/say "
            + ",/,/6/punct most/JJS/9/amod voters/NNS/11/nsubj/voter have/VBP/11/aux come/VBN/6/ccomp "
            + "to/TO/13/mark believe/VB/11/xcomp “/``/19/punct that/IN/19/mark the/DT/17/det tax/NN/19/nsubj "
            + "is/VBZ/19/cop/be fair/JJ/13/ccomp ./././punct ”/''/6/punct");
    assertThat(speaker(QuoteLookup.quoteWith(quotes, "the tax is fair"))).isEqualTo("Smith");
  }

  @Test
  void participleAfterACopulaClause_speaksAsThatClausesSubject() {
    List<Quote> quotes = quotes("Jones was angry at the builder of the house, saying he did a bad job.",
        "Jones/NNP/3/nsubj was/VBD/3/cop/be angry/JJ/0/root at/IN/6/case the/DT/6/det builder/NN/3/obl "
            + "of/IN/9/case the/DT/9/det house/NN/6/nmod ,/,/9/punct saying/VBG/9/acl/say he/PRP/13/nsubj "
            + "did/VBD/11/ccomp/do a/DT/16/det bad/JJ/16/amod job/NN/13/obj ./././punct");
    assertThat(speaker(quote(quotes, "he did a bad job"))).isEqualTo("Jones");
  }

  @Test
  void anAsideOpenedByAs_withOneOfAGroupSpeaking_reportsTheSentenceAroundIt() {
    List<Quote> quotes = quotes("Hawaii, as one of the governor's climate advisers pointed out, normally does not get two storms in a row.",
        "Hawaii/NNP/17/nsubj ,/,/17/punct as/IN/4/case one/CD/17/obl of/IN/10/case the/DT/7/det "
            + "governor/NN/10/nmod:poss 's/POS/7/case climate/NN/10/compound advisers/NNS/4/nmod/adviser "
            + "pointed/VBD/4/acl/point out/RP/11/compound:prt ,/,/17/punct normally/RB/17/advmod does/VBZ/17/aux/do "
            + "not/RB/17/advmod get/VB/0/root two/CD/19/nummod storms/NNS/17/obj/storm in/IN/22/case a/DT/22/det "
            + "row/NN/19/nmod ./././punct");
    Quote q = quotes.stream().filter(x -> x.text().contains("normally does not get")).findFirst().orElseThrow();
    assertThat(speaker(q)).isEqualTo("the governor's climate advisers");
  }
}
