package parley.core.quote;

import static parley.core.quote.QuoteLookup.quoteWith;
import static parley.core.quote.QuoteLookup.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Quote;
import parley.core.doc.Sentence;

public class QuoteAttributorTest {
  public static final String TEXT = String.join("\n\n",
      "South Korea was taking the deadline “very seriously”, the adviser, Chung Eui-yong, told reporters.",
      "“Only if talks happen, will the summit be possible,” Chung told a news conference.",
      "“As you know, the North side has shown the deadline.”",
      "Chung said South Korea would be willing to reconsider.",
      "“We will not deal with the regime,” he said.",
      "\"Talks must resume,\" said Kim Jong Un.");

  public static Document article() {
    String[] specs = {
        "South/NNP/2/compound Korea/NNP/4/nsubj was/VBD/4/aux/be taking/VBG/0/root/take the/DT/6/det "
            + "deadline/NN/4/obj “/``/9/punct very/RB/9/advmod seriously/RB/4/advmod ”/''/9/punct "
            + ",/,/18/punct the/DT/13/det adviser/NN/18/nsubj ,/,/13/punct Chung/NNP/13/appos "
            + "Eui-yong/NNP/15/flat ,/,/13/punct told/VBD/4/parataxis/tell reporters/NNS/18/obj ./PUNCT/4/punct",
        "“/``/11/punct Only/RB/5/advmod if/IN/5/mark talks/NNS/5/nsubj happen/VBP/11/advcl ,/,/11/punct "
            + "will/MD/11/aux the/DT/9/det summit/NN/11/nsubj be/VB/11/cop possible/JJ/15/ccomp ,/,/11/punct "
            + "”/''/11/punct Chung/NNP/15/nsubj told/VBD/0/root/tell a/DT/18/det news/NN/18/compound "
            + "conference/NN/15/obj ./PUNCT/15/punct",
        "“/``/10/punct As/IN/4/mark you/PRP/4/nsubj know/VBP/10/advcl ,/,/10/punct the/DT/8/det "
            + "North/NNP/8/compound side/NN/10/nsubj has/VBZ/10/aux/have shown/VBN/0/root/show the/DT/12/det "
            + "deadline/NN/10/obj ./PUNCT/10/punct ”/''/10/punct",
        "Chung/NNP/2/nsubj said/VBD/0/root/say South/NNP/4/compound Korea/NNP/7/nsubj would/MD/7/aux "
            + "be/VB/7/cop willing/JJ/2/ccomp to/TO/9/mark reconsider/VB/7/xcomp ./PUNCT/2/punct",
        "“/``/5/punct We/PRP/5/nsubj will/MD/5/aux not/RB/5/advmod deal/VB/12/ccomp with/IN/8/case "
            + "the/DT/8/det regime/NN/5/obl ,/,/5/punct ”/''/5/punct he/PRP/12/nsubj said/VBD/0/root/say "
            + "./PUNCT/12/punct",
        "\"/``/4/punct Talks/NNS/4/nsubj must/MD/4/aux resume/VB/7/ccomp ,/,/4/punct \"/''/4/punct "
            + "said/VBD/0/root/say Kim/NNP/7/nsubj Jong/NNP/8/flat Un/NNP/8/flat ./PUNCT/7/punct"};
    String[] paragraphs = TEXT.split("\n\n");
    List<Sentence> sentences = new java.util.ArrayList<>();
    int from = 0;
    for (int i = 0; i < specs.length; i++) {
      from = TEXT.indexOf(paragraphs[i], from);
      sentences.add(Parses.sentence(TEXT, i, from, specs[i]));
    }
    Sentence last = sentences.get(5);
    ActorMention kim = new ActorMention(5, 7, 9, 7,
        ActorRef.of("PRKGOV", "Kim Jong Un", last.spanOf(7, 9)), "test");
    return Document.of("seoul", TEXT, Optional.of(LocalDate.of(2019, 11, 10)))
        .withSentences(sentences).withActors(List.of(kim));
  }



  @Test
  void speakersResolvedAcrossTheArticle() {
    List<Quote> quotes = new QuoteAttributor().apply(article()).quotes();
    for (Quote q : quotes) assertThat(TEXT.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
    assertThat(speaker(quoteWith(quotes, "very seriously"))).isEqualTo("Chung Eui-yong");
    Quote onlyIf = quoteWith(quotes, "Only if talks");
    assertThat(onlyIf.text()).isEqualTo("Only if talks happen, will the summit be possible,");
    assertThat(onlyIf.direct()).isTrue();
    assertThat(speaker(onlyIf)).isEqualTo("Chung Eui-yong");
    assertThat(speaker(quoteWith(quotes, "As you know"))).isEqualTo("Chung Eui-yong");
    Quote reported = quoteWith(quotes, "would be willing");
    assertThat(reported.direct()).isFalse();
    assertThat(reported.text()).isEqualTo("South Korea would be willing to reconsider");
    assertThat(speaker(reported)).isEqualTo("Chung Eui-yong");
    assertThat(speaker(quoteWith(quotes, "We will not deal"))).isEqualTo("Chung Eui-yong");
    Quote kim = quoteWith(quotes, "Talks must resume");
    assertThat(speaker(kim)).isEqualTo("Kim Jong Un");
    assertThat(kim.speaker().flatMap(ActorRef::code)).contains("PRKGOV");
  }

  @Test
  void multiParagraphQuote_continues() {
    String text = "“We are eager that nothing should affect them.\n\n“There are more details,” Mubarak said.";
    List<QuoteMarks.Piece> pieces = QuoteMarks.find(text);
    assertThat(pieces).hasSize(2);
    assertThat(pieces.get(0).span().of(text)).isEqualTo("We are eager that nothing should affect them.");
    assertThat(pieces.get(1).continued()).isTrue();
    assertThat(pieces.get(1).span().of(text)).isEqualTo("There are more details,");
  }

  @Test
  void noSentences_noCrash() {
    Document doc = Document.of("x", "He said “yes” and “no", Optional.empty());
    assertThat(new QuoteAttributor().apply(doc).quotes()).isEmpty();
    assertThat(QuoteMarks.find("He said “yes” and “no")).extracting(p -> p.span().of("He said “yes” and “no"))
        .containsExactly("yes", "no");
  }
}
