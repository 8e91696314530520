package parley.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Span;
import parley.core.quote.QuoteAttributor;
import parley.core.time.TimeResolver;

class EvalReadersTest {
  private static final Path SHARED = Path.of(System.getProperty("parley.shared", "../shared"));

  @Test
  void timeMl_stripsTagsAndKeepsOffsets() {
    String xml = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" "
        + "functionInDocument=\"CREATION_TIME\">19980807</TIMEX3></DCT><TEXT>Bombs <EVENT eid=\"e1\">exploded</EVENT> "
        + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3> &amp; "
        + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1W\">a week</TIMEX3> later.</TEXT></TimeML>";
    GoldDocument doc = TimeMlReader.parse("x", xml, "x.tml");
    assertThat(doc.text()).isEqualTo("Bombs exploded Friday & a week later.");
    assertThat(doc.published()).contains(LocalDate.of(1998, 8, 7));
    assertThat(doc.times()).extracting(GoldTime::text, GoldTime::value, GoldTime::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Friday", "1998-08-07", "DATE"),
            org.assertj.core.groups.Tuple.tuple("a week", "P1W", "DURATION"));
    assertThat(doc.times().get(0).span()).contains(new Span(15, 21));
  }

  @Test
  void timeMl_sameDocumentInTwoFolders_isReadOnce(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String xml = "<TimeML><TEXT>Rain fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-05-04\">Friday</TIMEX3>."
        + "</TEXT></TimeML>";
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/doc1.tml"), xml);
    Files.writeString(dir.resolve("b/doc1.tml"), xml);
    Files.writeString(dir.resolve("b/doc2.tml"), xml);
    assertThat(TimeMlReader.readAll(dir)).extracting(GoldDocument::id).containsExactly("doc1", "doc2");
  }

  @Test
  void timeScorer_countsOverlapAndValue() {
    GoldDocument gold = new GoldDocument("g", "They met on Friday and last year.", Optional.of(LocalDate.of(2019, 11, 10)),
        List.of(new GoldTime("Friday", Optional.empty(), "2019-11-08", "DATE"),
            new GoldTime("last year", Optional.empty(), "2017", "DATE")), List.of());
    TimeScore score = TimeScorer.score(List.of(gold), g -> new TimeResolver().apply(g.toDocument()));
    assertThat(score.all()).isEqualTo(new TimeScore.Counts(2, 2, 1));
    assertThat(score.byType().get("DATE").accuracy()).isEqualTo(0.5);
  }

  @Test
  void timeScorer_reportsAccuracyOfFound_andTempEvalValueF1_besideAccuracyOfGold() {
    GoldDocument gold = new GoldDocument("g", "They met on Friday and last year, for a week.",
        Optional.of(LocalDate.of(2019, 11, 10)),
        List.of(new GoldTime("Friday", Optional.empty(), "2019-11-08", "DATE"),
            new GoldTime("last year", Optional.empty(), "2017", "DATE"),
            new GoldTime("ages", Optional.empty(), "PXY", "DURATION")), List.of());
    TimeScore score = TimeScorer.score(List.of(gold), g -> new TimeResolver().apply(g.toDocument()));
    assertThat(score.all()).isEqualTo(new TimeScore.Counts(3, 2, 1));
    assertThat(score.all().accuracy()).isEqualTo(1.0 / 3);
    assertThat(score.all().accuracyWhenFound()).isEqualTo(0.5);
    // "for a week" overlaps no gold time: 2 of 3 predicted match; recall 2 of 3
    assertThat(score.predicted()).isEqualTo(3);
    assertThat(score.predictedMatched()).isEqualTo(2);
    assertThat(score.relaxedF1()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(score.valueF1()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void quoteScorer_goldPronoun_matchedByThePredictionReadFromIt() {
    GoldQuote gold = new GoldQuote("he", "It is over", Optional.empty(), Optional.of(new Span(14, 16)));
    assertThat(QuoteScorer.speakerAgrees(gold, Optional.of(ActorRef.of("USAGOV", "Mr. Obama", new Span(14, 16))))).isTrue();
    assertThat(QuoteScorer.speakerAgrees(gold, Optional.of(ActorRef.of("USAGOV", "Mr. Obama", new Span(30, 39))))).isFalse();
    assertThat(QuoteScorer.speakerAgrees(gold, Optional.of(ActorRef.of(null, "he", new Span(30, 32))))).isTrue();
  }

  @Test
  void quoteScorer_speakerSharesAWordOrCode() {
    assertThat(QuoteScorer.speakerAgrees("Chung Eui-yong", Optional.of(ActorRef.of(null, "Chung", new Span(0, 5))))).isTrue();
    assertThat(QuoteScorer.speakerAgrees("KORGOV", Optional.of(ActorRef.of("KORGOV", "he", new Span(0, 2))))).isTrue();
    assertThat(QuoteScorer.speakerAgrees("the minister", Optional.of(ActorRef.of(null, "the adviser", new Span(0, 2))))).isFalse();
  }

  @Test
  void quoteScorer_aPossessiveGoldSource_sharesTheNameWithoutItsEnding() {
    assertThat(QuoteScorer.speakerAgrees("Mrs. Ortega's", Optional.of(ActorRef.of(null, "Mrs. Ortega", new Span(0, 5))))).isTrue();
    assertThat(QuoteScorer.speakerAgrees("Ortega’s", Optional.of(ActorRef.of(null, "Ana Ortega", new Span(0, 5))))).isTrue();
    assertThat(QuoteScorer.speakerAgrees("the farmers'", Optional.of(ActorRef.of(null, "farmers", new Span(0, 5))))).isTrue();
    assertThat(QuoteScorer.speakerAgrees("Ortega's", Optional.of(ActorRef.of(null, "Lopez", new Span(0, 5))))).isFalse();
  }

  @Test
  void quoteScorer_onHandBuiltArticle() {
    var article = parley.core.quote.QuoteAttributorTest.article();
    GoldDocument gold = new GoldDocument("seoul", article.text(), article.published(), List.of(), List.of(
        new GoldQuote("Chung Eui-yong", "very seriously", Optional.empty()),
        new GoldQuote("Chung Eui-yong", "Only if talks happen, will the summit be possible,", Optional.empty()),
        new GoldQuote("Chung Eui-yong", "As you know, the North side has shown the deadline.", Optional.empty()),
        new GoldQuote("Chung", "We will not deal with the regime,", Optional.empty()),
        new GoldQuote("Kim Jong Un", "Talks must resume,", Optional.empty())));
    QuoteScore score = QuoteScorer.score(List.of(gold), g -> new QuoteAttributor().apply(article));
    assertThat(score.speakerAccuracy()).isEqualTo(1.0);
  }

  @Test
  void eventGold_compactPublishedDates_dateTheArticle(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, """
        {"id": "a", "published": "121108", "text": "Talks began.", "events": []}
        {"id": "b", "published": "19960820", "text": "Talks ended.", "events": []}
        {"id": "c", "published": "2008-08-06", "text": "Talks resumed.", "events": []}
        """);
    List<EventGoldDocument> docs = EventGoldReader.read(file);
    assertThat(docs).extracting(EventGoldDocument::published).containsExactly(
        Optional.of(LocalDate.of(2012, 11, 8)), Optional.of(LocalDate.of(1996, 8, 20)),
        Optional.of(LocalDate.of(2008, 8, 6)));
    assertThat(docs.get(0).toDocument().published()).contains(LocalDate.of(2012, 11, 8));
  }

  @Test
  void goldFiles_readWhenShared() {
    assumeThat(Files.isDirectory(SHARED.resolve("gold"))).isTrue();
    List<GoldDocument> jsonl = GoldJsonReader.readJsonLines(SHARED.resolve("gold/tempeval3-train.jsonl"));
    assertThat(jsonl).hasSizeGreaterThan(200);
    for (GoldDocument d : jsonl) {
      for (GoldTime t : d.times()) t.span().ifPresent(s -> assertThat(s.of(d.text())).isEqualTo(t.text()));
    }
    List<GoldDocument> articles = GoldJsonReader.readArticles(SHARED.resolve("gold/articles-dev"));
    assertThat(articles).hasSize(10);
    assertThat(articles.stream().mapToInt(a -> a.quotes().size()).sum()).isEqualTo(36);
    List<GoldDocument> tml = TimeMlReader.readAll(SHARED.resolve("gold/tempeval3-train/TBAQ-cleaned"));
    for (GoldDocument d : tml) {
      for (GoldTime t : d.times()) assertThat(t.span().get().of(d.text())).isEqualTo(t.text());
    }
  }

  @Test
  void polnear_readWhenShared() {
    Path dev = SHARED.resolve("corpus/polnear/dev");
    assumeThat(Files.isDirectory(dev)).isTrue();
    List<GoldDocument> docs = PolnearReader.read(dev);
    assertThat(docs).isNotEmpty();
    assertThat(docs.get(0).published()).isPresent();
    GoldQuote q = docs.stream().flatMap(d -> d.quotes().stream()).filter(x -> !x.speaker().isEmpty()).findFirst().orElseThrow();
    assertThat(q.text()).isNotBlank();
  }
}
