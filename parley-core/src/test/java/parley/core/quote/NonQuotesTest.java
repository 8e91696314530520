package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Quote;

/**
 * Words the attributor once gave out as quotations though nobody says them, in sentences of our
 * own: scare quotes and titles in quotation marks.
 */
class NonQuotesTest {
  private static List<Quote> quotes(String[] paragraphs, String[][] specs) {
    Document doc = Parses.paragraphs("non-quotes", paragraphs, specs);
    return new QuoteAttributor().apply(doc).quotes();
  }

  @Test
  void aFewWordsInQuotationMarksThatNobodySays_areAScareQuoteOrATitle_notAQuotation() {
    List<Quote> quotes = quotes(new String[] {
        "The two governors met in the “undercard” debate before watching “Meet the Press Tonight” at home."},
        new String[][] {{"The/DT/3/det two/CD/3/nummod governors/NNS/4/nsubj/governor met/VBD/0/root/meet in/IN/9/case "
            + "the/DT/9/det “/``/9/punct undercard/NN/9/compound ”/''/9/punct debate/NN/4/obl before/IN/11/mark "
            + "watching/VBG/4/advcl/watch “/``/14/punct Meet/VB/14/compound the/DT/14/det Press/NNP/11/obj "
            + "Tonight/NNP/14/flat ”/''/14/punct at/IN/19/case home/NN/11/obl ./././punct"}});
    assertThat(quotes).extracting(Quote::text).doesNotContain("undercard", "Meet the Press Tonight");
  }

  @Test
  void aLongerQuoteWhoseSpeakerIsNotFound_staysAQuotation() {
    String words = "“Every single vote will count in a race as close as this one.”";
    List<Quote> quotes = quotes(new String[] {words}, new String[][] {{
        "“/``/5/punct Every/DT/4/det single/JJ/4/amod vote/NN/6/nsubj will/MD/6/aux count/VB/0/root "
            + "in/IN/9/case a/DT/9/det race/NN/6/obl as/RB/11/advmod close/JJ/9/amod as/IN/14/case this/DT/14/det "
            + "one/NN/11/obl ./././punct ”/''/6/punct"}});
    assertThat(quotes).extracting(Quote::text).anyMatch(t -> t.contains("Every single vote will count"));
    assertThat(quotes).filteredOn(q -> q.text().contains("Every single vote")).allMatch(q -> q.speaker().isEmpty());
  }
}
