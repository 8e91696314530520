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
}
