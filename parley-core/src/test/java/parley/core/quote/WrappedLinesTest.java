package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotes in hard-wrapped text run across line breaks; in text with a paragraph a line they stop at
 * each; a straight mark typed for an apostrophe, as wire archives have it, opens no quote.
 */
class WrappedLinesTest {
  private static List<String> quotes(String text) {
    return QuoteMarks.find(text).stream().map(p -> p.span().of(text)).toList();
  }

  @Test
  void inHardWrappedText_aQuoteRunsAcrossTheLineBreak() {
    String text = "Lindor prices fell in May, the bureau said.\n    \"The share of farm goods has dropped\n"
        + "below a third,\" the report said.\n    Traders were calm.\n    \"We expected it,\" one said.";
    assertThat(quotes(text)).containsExactly("The share of farm goods has dropped\nbelow a third,", "We expected it,");
  }

  @Test
  void inTextWithAParagraphALine_anOpenQuoteStopsAtTheLineBreak() {
    String text = "\"We will stay in Lindor\nThe mayor left on Monday.\n\nHe said \"no more\" then.";
    assertThat(quotes(text)).containsExactly("We will stay in Lindor", "no more");
  }

  @Test
  void aStraightMarkBetweenALetterAndAPossessiveS_isAnApostrophe() {
    String text = "Lindor\"s plan to build roads was approved,\n    the agency said. \"It is done,\" he said.\n"
        + "    Narvia\"s reply came later.";
    assertThat(quotes(text)).containsExactly("It is done,");
  }
}
