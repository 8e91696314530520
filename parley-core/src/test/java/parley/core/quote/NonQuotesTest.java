package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Quote;

/**
 * Words the attributor once gave out as quotations though nobody says them, in sentences of our
 * own: scare quotes and titles in quotation marks; markup attribute values; who was spoken to and where ("spoke to reporters", "wrote on Twitter"); and a bare relative
 * "that" left as the speaker.
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

  @Test
  void aRelativeThatTheParserLeftBare_speaksAsTheNounBeforeIt() {
    List<Quote> quotes = quotes(new String[] {"Doe runs Safe Streets, a charity that says crime is falling."},
        new String[][] {{"Doe/NNP/2/nsubj runs/VBZ/0/root/run Safe/NNP/4/compound Streets/NNP/2/obj ,/,/4/punct "
            + "a/DT/7/det charity/NN/4/appos that/WDT/9/nsubj says/VBZ/2/parataxis/say crime/NN/12/nsubj "
            + "is/VBZ/12/aux/be falling/VBG/9/ccomp/fall ./././punct"}});
    assertThat(QuoteLookup.speaker(QuoteLookup.quote(quotes, "crime is falling"))).isEqualTo("a charity");
  }

  @Test
  void whoIsSpokenTo_isNoQuotation() {
    List<Quote> quotes = quotes(new String[] {"Mayor Doe spoke to reporters after the vote."},
        new String[][] {{"Mayor/NNP/2/compound Doe/NNP/3/nsubj spoke/VBD/0/root/speak to/IN/5/case "
            + "reporters/NNS/3/obl/reporter after/IN/8/case the/DT/8/det vote/NN/3/obl ./././punct"}});
    assertThat(quotes).extracting(Quote::text).doesNotContain("reporters");
  }

  @Test
  void theOutletSpeechGoesOutOn_isNoQuotation_butTheTopicAfterItIs() {
    List<Quote> quotes = quotes(new String[] {"Mayor Doe wrote on Twitter about the new budget."},
        new String[][] {{"Mayor/NNP/2/compound Doe/NNP/3/nsubj wrote/VBD/0/root/write on/IN/5/case "
            + "Twitter/NNP/3/obl about/IN/9/case the/DT/9/det new/JJ/9/amod budget/NN/3/obl ./././punct"}});
    assertThat(quotes).extracting(Quote::text).doesNotContain("Twitter").contains("the new budget");
  }

  @Test
  void whatAVerbPointsTo_staysItsTopic() {
    List<Quote> quotes = quotes(new String[] {"Mayor Doe pointed to the polls."},
        new String[][] {{"Mayor/NNP/2/compound Doe/NNP/3/nsubj pointed/VBD/0/root/point to/IN/6/case "
            + "the/DT/6/det polls/NNS/3/obl/poll ./././punct"}});
    assertThat(QuoteLookup.speaker(QuoteLookup.quote(quotes, "the polls"))).isEqualTo("Mayor Doe");
  }

  @Test
  void theValuesOfAnEmbeddedPostsMarkup_areNoQuotations() {
    List<Quote> quotes = quotes(new String[] {"“We start now,” Doe said. <tweet author=\"@mayordoe\" "
        + "date=\"2016-03-04\">Roads first, then the schools.</tweet>"},
        new String[][] {{"“/``/3/punct We/PRP/3/nsubj start/VBP/8/ccomp now/RB/3/advmod ,/,/3/punct ”/''/3/punct "
            + "Doe/NNP/8/nsubj said/VBD/0/root/say ./././punct", "<tweet/NN/3/dep Roads/NNS/3/nsubj/road first/RB/0/root ,/,/3/punct then/RB/7/advmod "
            + "the/DT/7/det schools/NNS/3/dep/school ./././punct"}});
    assertThat(quotes).extracting(Quote::text).doesNotContain("@mayordoe", "2016-03-04");
    assertThat(MarkupAttributes.isValue("He wrote “no deal” today.", new parley.core.doc.Span(10, 17))).isFalse();
  }
}
