package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.quote.QuoteLookup.quote;
import static parley.core.quote.QuoteLookup.quoteWith;
import static parley.core.quote.QuoteLookup.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Quote;
import parley.core.doc.Sentence;

/**
 * Speakers the attributor once got wrong on news text, each in sentences of our own with the parse
 * a statistical parser gave them (some parses are wrong, as they are in real runs): transcript lines
 * opening with a quotation mark, sentences opening with a preposition before a colon, speakers
 * with a phrase after them, footage of someone speaking.
 */
class SpeakerRepairsTest {
  /** Paragraphs separated by blank lines, each with the parses of its sentences. */
  private static Document document(String[] paragraphs, String[][] specs) {
    String text = String.join("\n\n", paragraphs);
    List<Sentence> sentences = new ArrayList<>();
    int from = 0;
    for (int p = 0; p < paragraphs.length; p++) {
      from = text.indexOf(paragraphs[p], from);
      int at = from;
      for (String spec : specs[p]) {
        Sentence s = Parses.sentence(text, sentences.size(), at, spec);
        sentences.add(s);
        at = s.span().end();
      }
    }
    return Document.of("repairs", text, Optional.empty()).withSentences(sentences).withActors(List.of());
  }

  private static List<Quote> quotes(Document doc) {
    return new QuoteAttributor().apply(doc).quotes();
  }

  @Test
  void transcriptParagraphsOpeningWithAQuotationMark_speakAsTheNameBeforeTheColon() {
    Document doc = document(new String[] {
        "Part of the interview follows:",
        "\"HOLT: Let me begin with the budget. Why did you vote against it?",
        "\"GARCIA: Well, the budget was a mess. We fixed it."}, new String[][] {
        {"Part/NN/0/root of/IN/4/case the/DT/4/det interview/NN/1/nmod follows/VBZ/1/dep/follow :/:/1/punct"},
        {"\"/``/0/root HOLT/NNP/1/dep :/:/2/punct Let/VB/2/dep me/PRP/6/nsubj/i begin/VB/4/ccomp with/IN/9/case "
            + "the/DT/9/det budget/NN/6/obl ././2/punct",
            "Why/WRB/4/advmod did/VBD/4/aux/do you/PRP/4/nsubj vote/VB/0/root against/IN/6/case it/PRP/4/obl ?/./4/punct"},
        {"\"/``/0/dep GARCIA/NNP/0/dep :/:/0/dep Well/UH/0/dep ,/,/0/dep the/DT/0/dep budget/NN/0/dep was/VBD/0/dep/be "
            + "a/DT/0/dep mess/NN/0/dep ././0/dep",
            "We/PRP/0/dep fixed/VBD/0/dep/fix it/PRP/0/dep ././0/dep"}});
    List<Quote> quotes = quotes(doc);
    Quote holt = quoteWith(quotes, "Let me begin");
    assertThat(speaker(holt)).isEqualTo("HOLT");
    assertThat(holt.text()).startsWith("Let me begin");
    assertThat(speaker(quoteWith(quotes, "the budget was a mess"))).isEqualTo("GARCIA");
  }

  @Test
  void aSentenceOpeningWithAPrepositionBeforeItsColon_isNoTranscriptLine() {
    String text = "In one post Tuesday, Moreno said: “Did the mayor hide the report from voters?”";
    Document doc = document(new String[] {text}, new String[][] {{
        "In/IN/3/case one/CD/3/nummod post/NN/7/obl Tuesday/NNP/3/obl:tmod ,/,/7/punct Moreno/NNP/7/nsubj "
            + "said/VBD/0/root/say :/:/7/punct “/``/7/punct Did/VBD/13/aux/do the/DT/12/det mayor/NN/13/nsubj "
            + "hide/VB/7/dep the/DT/15/det report/NN/13/obj from/IN/17/case voters/NNS/15/nmod/voter ?/./7/punct "
            + "”/''/7/punct"}});
    assertThat(speaker(quote(quotes(doc), "Did the mayor hide the report from voters?"))).isEqualTo("Moreno");
  }

  @Test
  void aSpeakerAfterTheQuote_mayCarryAPhraseSayingWhichOne() {
    String text = "“You work hard. You pay rent. So why doesn't Mayor Grant pay his?” a narrator in the new ad asks.";
    Document doc = document(new String[] {text}, new String[][] {{
        "“/``/0/dep You/PRP/0/dep work/VBP/0/dep hard/RB/0/dep ././0/dep",
        "You/PRP/0/dep pay/VBP/0/dep rent/NN/0/dep ././0/dep",
        "So/RB/7/advmod why/WRB/7/advmod does/VBZ/7/aux/do n't/RB/7/advmod/not Mayor/NNP/6/compound "
            + "Grant/NNP/7/nsubj pay/VB/0/root his/PRP$/7/obj/he ?/./7/punct ”/''/7/punct",
        "a/DT/2/det narrator/NN/7/nsubj in/IN/6/case the/DT/6/det new/JJ/6/amod ad/NN/2/nmod asks/VBZ/0/root/ask "
            + "././7/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "You work hard"))).isEqualTo("a narrator");
  }

  @Test
  void footageOfSomeoneAsking_givesThemTheWords() {
    String text = "The ad shows footage of Mayor Lee asking, “Why are we not ahead by twenty points?”";
    Document doc = document(new String[] {text}, new String[][] {{
        "The/DT/2/det ad/NN/3/nsubj shows/VBZ/0/root/show footage/NN/8/nsubj of/IN/7/case Mayor/NNP/7/compound "
            + "Lee/NNP/4/nmod asking/VBG/3/dep/ask ,/,/8/punct “/``/8/punct Why/WRB/15/advmod are/VBP/15/cop/be "
            + "we/PRP/15/nsubj not/RB/15/advmod ahead/RB/8/ccomp by/IN/18/case twenty/CD/18/nummod "
            + "points/NNS/15/obl/point ?/./3/punct ”/''/3/punct"}});
    assertThat(speaker(quote(quotes(doc), "Why are we not ahead by twenty points?"))).isEqualTo("Mayor Lee");
  }
}
