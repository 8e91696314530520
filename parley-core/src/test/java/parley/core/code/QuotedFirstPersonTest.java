package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Mode;
import parley.core.doc.Quote;
import parley.core.doc.Span;
import parley.core.quote.QuoteAttributor;

/** "we", "us", "I" inside an attributed direct quote are the speaker's side, with the speaker's code. */
class QuotedFirstPersonTest {

  /** Actors, then quotes, then the quote's first person, then events: the standard pipeline's order. */
  private static Document coded(CoderFixture fixture) {
    Document quoted = new QuoteAttributor().apply(fixture.actors());
    return new EventCoder(CoderFixture.VERBS, CoderFixture.CAMEO).apply(new QuotedFirstPerson().apply(quoted));
  }

  private static final String MET = "“We met Japanese officials on Monday,” the South Korean foreign minister said.";
  private static final String MET_SPEC = "“/``/15/punct We/PRP/3/nsubj met/VBD/15/ccomp/meet Japanese/JJ/5/amod "
      + "officials/NNS/3/obj/official on/IN/7/case Monday/NNP/3/obl ,/,/15/punct ”/''/15/punct the/DT/14/det "
      + "South/JJ/12/amod Korean/JJ/14/amod foreign/NN/14/compound minister/NN/15/nsubj said/VBD/0/root/say ./././punct";

  @Test
  void apply_weInAQuoteOfACodedSpeaker_isTheSpeakersSide() {
    Document doc = coded(new CoderFixture(MET).sentence(MET_SPEC));
    List<Event> events = CoderFixture.asserted(doc);
    assertThat(events).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("KORGOV>JPNGOV:04"));
    Event met = events.stream().filter(e -> e.source().text().equals("We")).findFirst().orElseThrow();
    assertThat(met.source().span()).isEqualTo(new Span(1, 3));
    assertThat(met.evidence().span().of(MET)).startsWith("We met Japanese officials");
  }

  @Test
  void apply_weCoordinatingInAQuote_isTheSpeakersDiplomaticCooperation() {
    String text = "“We are coordinating closely with the Japanese side,” the South Korean foreign minister said.";
    Document doc = coded(new CoderFixture(text)
        .sentence("“/``/17/punct We/PRP/4/nsubj are/VBP/4/aux/be coordinating/VBG/17/ccomp/coordinate closely/RB/4/advmod "
            + "with/IN/9/case the/DT/9/det Japanese/JJ/9/amod side/NN/4/obl ,/,/17/punct ”/''/17/punct the/DT/16/det "
            + "South/JJ/14/amod Korean/JJ/16/amod foreign/NN/16/compound minister/NN/17/nsubj said/VBD/0/root/say ./././punct"));
    assertThat(CoderFixture.asserted(doc)).extracting(CoderFixture::dyad).contains("KORGOV>JPN:050");
  }

  @Test
  void apply_usInAQuote_isTheSpeakerAsTarget() {
    String text = "“Turkish troops attacked us on Sunday,” the Syrian army said.";
    Document doc = coded(new CoderFixture(text)
        .sentence("“/``/4/punct Turkish/JJ/3/amod troops/NNS/4/nsubj/troop attacked/VBD/0/root/attack us/PRP/4/obj/we "
            + "on/IN/7/case Sunday/NNP/4/obl ,/,/4/punct ”/''/4/punct the/DT/12/det Syrian/JJ/12/amod army/NN/13/nsubj "
            + "said/VBD/4/parataxis/say ./././punct"));
    assertThat(CoderFixture.asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("TURMIL>SYRMIL:18"));
  }

  @Test
  void apply_iInAQuote_isTheSpeakerThemself() {
    String text = "“I met the Japanese prime minister on Monday,” the South Korean foreign minister said.";
    Document doc = coded(new CoderFixture(text)
        .sentence("“/``/3/punct I/PRP/3/nsubj met/VBD/17/dep/meet the/DT/7/det Japanese/JJ/7/amod prime/JJ/7/amod "
            + "minister/NN/3/obj on/IN/9/case Monday/NNP/3/obl ,/,/3/punct ”/''/3/punct the/DT/16/det South/JJ/14/amod "
            + "Korean/JJ/16/amod foreign/NN/16/compound minister/NN/17/nsubj said/VBD/0/root/say ./././punct"));
    assertThat(CoderFixture.asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("KORGOV>JPNGOV:04"));
  }

  @Test
  void apply_weNegatedInAQuote_keepsTheCodersMode() {
    String text = "“We did not meet Japanese officials,” the South Korean foreign minister said.";
    Document doc = coded(new CoderFixture(text)
        .sentence("“/``/15/punct We/PRP/5/nsubj did/VBD/5/aux/do not/RB/5/advmod meet/VB/15/ccomp Japanese/JJ/7/amod "
            + "officials/NNS/5/obj/official ,/,/15/punct ”/''/15/punct the/DT/14/det South/JJ/12/amod Korean/JJ/14/amod "
            + "foreign/NN/14/compound minister/NN/15/nsubj said/VBD/0/root/say ./././punct"));
    assertThat(CoderFixture.asserted(doc)).noneMatch(e -> e.source().text().equals("We"));
    assertThat(doc.events()).filteredOn(e -> e.source().text().equals("We"))
        .extracting(e -> e.source().code().orElse("?") + " " + e.mode())
        .isNotEmpty().allMatch(s -> s.equals("KORGOV " + Mode.NEGATED));
  }

  @Test
  void apply_weWouldContractedInAQuote_isHypothetical() {
    String text = "“We’d meet Japanese officials,” the South Korean foreign minister said.";
    Document doc = coded(new CoderFixture(text)
        .sentence("“/``/14/punct We/PRP/4/nsubj ’d/MD/4/aux/would meet/VB/14/ccomp Japanese/JJ/6/amod "
            + "officials/NNS/4/obj/official ,/,/14/punct ”/''/14/punct the/DT/13/det South/JJ/11/amod Korean/JJ/13/amod "
            + "foreign/NN/13/compound minister/NN/14/nsubj said/VBD/0/root/say ./././punct"));
    assertThat(doc.events()).filteredOn(e -> e.source().text().equals("We")).isNotEmpty()
        .allMatch(e -> e.mode() == Mode.HYPOTHETICAL);
  }

  @Test
  void apply_weHadContractedInAQuote_staysAsserted() {
    String text = "“We'd met Japanese officials,” the South Korean foreign minister said.";
    Document doc = coded(new CoderFixture(text)
        .sentence("“/``/14/punct We/PRP/4/nsubj 'd/MD/4/aux/would met/VBN/14/ccomp/meet Japanese/JJ/6/amod "
            + "officials/NNS/4/obj/official ,/,/14/punct ”/''/14/punct the/DT/13/det South/JJ/11/amod Korean/JJ/13/amod "
            + "foreign/NN/13/compound minister/NN/14/nsubj said/VBD/0/root/say ./././punct"));
    assertThat(CoderFixture.asserted(doc)).anyMatch(e -> e.source().text().equals("We"));
  }

  @Test
  void apply_ourTroopsInAForeignDatelinedStory_areTheSpeakersCountrys() {
    String text = "“Our troops attacked the rebels on Sunday,” the Russian defence minister said.";
    Document doc = coded(new CoderFixture(text).dateline("WASHINGTON")
        .sentence("“/``/15/punct Our/PRP$/3/nmod:poss/we troops/NNS/4/nsubj/troop attacked/VBD/15/ccomp/attack "
            + "the/DT/6/det rebels/NNS/4/obj/rebel on/IN/8/case Sunday/NNP/4/obl ,/,/15/punct ”/''/15/punct "
            + "the/DT/14/det Russian/JJ/14/amod defence/NN/14/compound minister/NN/15/nsubj said/VBD/0/root/say ./././punct"));
    assertThat(doc.actors()).filteredOn(m -> m.actor().text().contains("troops"))
        .extracting(m -> m.actor().code().orElse("?")).containsExactly("RUSMIL");
    assertThat(CoderFixture.asserted(doc)).extracting(CoderFixture::dyad).anyMatch(d -> d.startsWith("RUSMIL>"));
  }

  @Test
  void apply_weOutsideQuotes_isLeftAlone() {
    String text = "We met Japanese officials on Monday, the South Korean foreign minister said.";
    Document doc = coded(new CoderFixture(text)
        .sentence("We/PRP/2/nsubj met/VBD/0/root/meet Japanese/JJ/4/amod officials/NNS/2/obj/official on/IN/6/case "
            + "Monday/NNP/2/obl ,/,/2/punct the/DT/12/det South/JJ/10/amod Korean/JJ/12/amod foreign/NN/12/compound "
            + "minister/NN/13/nsubj said/VBD/2/parataxis/say ./././punct"));
    assertThat(doc.actors()).noneMatch(m -> m.actor().text().equals("We"));
    assertThat(doc.events()).noneMatch(e -> e.source().text().equals("We"));
  }

  @Test
  void apply_weInAQuoteOfASpeakerWithNoCode_isLeftAlone() {
    String text = "“We met Japanese officials on Monday,” John Smith said.";
    Document doc = coded(new CoderFixture(text)
        .sentence("“/``/12/punct We/PRP/3/nsubj met/VBD/12/ccomp/meet Japanese/JJ/5/amod officials/NNS/3/obj/official "
            + "on/IN/7/case Monday/NNP/3/obl ,/,/12/punct ”/''/12/punct John/NNP/11/compound Smith/NNP/12/nsubj "
            + "said/VBD/0/root/say ./././punct"));
    assertThat(doc.quotes()).anyMatch(q -> q.direct() && q.speaker().isPresent());
    assertThat(doc.actors()).noneMatch(m -> m.actor().text().equals("We"));
    assertThat(doc.events()).noneMatch(e -> e.source().text().equals("We"));
  }

  @Test
  void apply_weInAnUnattributedQuote_isLeftAlone() {
    String text = "“We met Japanese officials on Monday.”";
    Document doc = coded(new CoderFixture(text)
        .sentence("“/``/0/root We/PRP/3/nsubj met/VBD/1/dep/meet Japanese/JJ/5/amod officials/NNS/3/obj/official "
            + "on/IN/7/case Monday/NNP/3/obl ./././punct ”/''/3/punct"));
    assertThat(doc.quotes()).allMatch(q -> q.speaker().isEmpty());
    assertThat(doc.actors()).noneMatch(m -> m.actor().text().equals("We"));
  }

  @Test
  void apply_weQuotedInsideAQuote_isNotTheOuterSpeaker() {
    String text = "“Turkish troops told us, ‘we attacked Kurdish rebels,’ and left,” the Syrian army said.";
    Document doc = coded(new CoderFixture(text)
        .sentence("“/``/4/punct Turkish/JJ/3/amod troops/NNS/4/nsubj/troop told/VBD/0/root/tell us/PRP/4/obj/we "
            + ",/,/4/punct ‘/``/4/punct we/PRP/9/nsubj attacked/VBD/4/ccomp/attack Kurdish/JJ/11/amod "
            + "rebels/NNS/9/obj/rebel ,/,/4/punct ’/''/4/punct and/CC/15/cc left/VBD/4/conj/leave ,/,/4/punct "
            + "”/''/4/punct the/DT/20/det Syrian/JJ/20/amod army/NN/21/nsubj said/VBD/4/ccomp/say ./././punct"));
    assertThat(doc.actors()).filteredOn(m -> m.actor().text().equals("us"))
        .extracting(m -> m.actor().code().orElse("?")).containsExactly("SYRMIL");
    assertThat(doc.actors()).noneMatch(m -> m.actor().text().equals("we"));
  }

  @Test
  void speakerCode_theInnermostDirectQuoteDecides_reportedSpeechInsideItIsTransparent() {
    String text = "“He told us we must leave,” Smith said. We left.";
    Span outer = new Span(1, text.indexOf('”'));
    Span reported = new Span(text.indexOf("we must"), text.indexOf(','));
    ActorRef smith = ActorRef.of("USAGOV", "Smith", new Span(text.indexOf("Smith"), text.indexOf(" said")));
    ActorRef he = ActorRef.of("RUSGOV", "He", new Span(1, 3));
    List<Quote> quotes = List.of(new Quote(Optional.of(smith), outer.of(text), outer, true),
        new Quote(Optional.of(he), reported.of(text), reported, false));
    List<Quote> direct = quotes.stream().filter(Quote::direct).toList();
    int we = text.indexOf("we must");
    assertThat(QuotedFirstPerson.speakerCode(text, direct, new Span(we, we + 2))).contains("USAGOV");
    int after = text.indexOf("We left");
    assertThat(QuotedFirstPerson.speakerCode(text, direct, new Span(after, after + 2))).isEmpty();
  }

  @Test
  void quotedWithin_wordsInSingleMarks_butNotAfterAnApostrophe() {
    String text = "“Don't go,” he said, ‘we stay’ and we go.";
    Span quote = new Span(1, text.length()); // a quote's span starts after its opening mark
    assertThat(QuotedFirstPerson.quotedWithin(text, quote, text.indexOf("we stay"))).isTrue();
    assertThat(QuotedFirstPerson.quotedWithin(text, quote, text.indexOf("we go"))).isFalse();
    assertThat(QuotedFirstPerson.quotedWithin(text, quote, text.indexOf("go,"))).isFalse();
  }

  @Test
  void quotedWithin_anApostropheNothingCloses_opensNoQuote() {
    String text = "“They would help if I asked ‘em, and I asked,” he said.";
    Span quote = new Span(1, text.indexOf('”'));
    assertThat(QuotedFirstPerson.quotedWithin(text, quote, text.indexOf("I asked,"))).isFalse();
  }
}
