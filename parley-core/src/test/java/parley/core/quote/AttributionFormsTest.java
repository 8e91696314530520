package parley.core.quote;

import static parley.core.quote.QuoteLookup.quote;
import static parley.core.quote.QuoteLookup.quoteWith;
import static parley.core.quote.QuoteLookup.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Quote;
import parley.core.doc.Sentence;

/** Forms of attribution beyond "X said": according to, relative and participial speakers, colons. */
class AttributionFormsTest {
  /** One sentence a paragraph, each from its hand-built parse. */
  private static Document document(String[] paragraphs, String[] specs) {
    String[][] each = new String[specs.length][];
    for (int i = 0; i < specs.length; i++) each[i] = new String[] {specs[i]};
    return Parses.paragraphs("forms", paragraphs, each);
  }



  @Test
  void accordingTo_relativeWho_andSaying_giveContentAndSpeaker() {
    Document doc = document(new String[] {
        "The deal is dead, according to the Post.",
        "Smith, who said the plan would fail, resigned.",
        "Trump attacked Clinton, saying she was weak."}, new String[] {
        "The/DT/2/det deal/NN/4/nsubj is/VBZ/4/cop/be dead/JJ/0/root ,/,/9/punct according/VBG/9/case "
            + "to/IN/6/fixed the/DT/9/det Post/NNP/4/obl ./PUNCT/4/punct",
        "Smith/NNP/10/nsubj ,/,/1/punct who/WP/4/nsubj said/VBD/1/acl:relcl/say the/DT/6/det plan/NN/8/nsubj "
            + "would/MD/8/aux fail/VB/4/ccomp ,/,/1/punct resigned/VBD/0/root/resign ./PUNCT/10/punct",
        "Trump/NNP/2/nsubj attacked/VBD/0/root/attack Clinton/NNP/2/obj ,/,/2/punct saying/VBG/2/advcl/say "
            + "she/PRP/8/nsubj was/VBD/8/cop/be weak/JJ/5/ccomp ./PUNCT/2/punct"});
    List<Quote> quotes = new QuoteAttributor().apply(doc).quotes();
    Quote according = quote(quotes, "The deal is dead");
    assertThat(according.direct()).isFalse();
    assertThat(speaker(according)).isEqualTo("Post");
    assertThat(speaker(quote(quotes, "the plan would fail"))).isEqualTo("Smith");
    assertThat(speaker(quote(quotes, "she was weak"))).isEqualTo("Trump");
  }

  @Test
  void toldAGathering_infinitiveIsAPurposeNotWhatWasSaid() {
    Document doc = document(new String[] {
        "Park told a news conference to mark the end of his term.",
        "Park told reporters to leave."}, new String[] {
        "Park/NNP/2/nsubj told/VBD/0/root/tell a/DT/5/det news/NN/5/compound conference/NN/2/obj to/TO/7/mark "
            + "mark/VB/2/xcomp the/DT/9/det end/NN/7/obj of/IN/12/case his/PRP$/12/nmod:poss term/NN/9/nmod "
            + "./PUNCT/2/punct",
        "Park/NNP/2/nsubj told/VBD/0/root/tell reporters/NNS/2/obj/reporter to/TO/5/mark leave/VB/2/xcomp "
            + "./PUNCT/2/punct"});
    List<Quote> quotes = new QuoteAttributor().apply(doc).quotes();
    assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("mark the end"));
    assertThat(speaker(quote(quotes, "to leave"))).isEqualTo("Park");
  }

  @Test
  void accordingToFirst_contentIsTheRestOfTheClause() {
    Document doc = document(new String[] {"According to the poll, Clinton leads."}, new String[] {
        "According/VBG/4/case to/IN/1/fixed the/DT/4/det poll/NN/7/obl ,/,/7/punct Clinton/NNP/7/nsubj "
            + "leads/VBZ/0/root/lead ./PUNCT/7/punct"});
    Quote q = quote(new QuoteAttributor().apply(doc).quotes(), "Clinton leads");
    assertThat(speaker(q)).isEqualTo("the poll");
  }

  @Test
  void accordingToClosingTheSentence_framesTheWholeClause_whereverTheParserHungIt() {
    Document doc = document(new String[] {
        "The senator is considering a plan to cut the number of troops, according to aides.",
        "Smith said the plan failed, according to the Post."}, new String[] {
        "The/DT/2/det/the senator/NN/4/nsubj/senator is/VBZ/4/aux/be considering/VBG/0/root/consider a/DT/6/det/a "
            + "plan/NN/4/obj/plan to/TO/8/mark/to cut/VB/4/xcomp/cut the/DT/10/det/the number/NN/8/obj/number "
            + "of/IN/12/case/of troops/NNS/10/nmod/troops ,/,/8/punct/, according/VBG/16/case/accord to/IN/14/fixed/to "
            + "aides/NNS/8/obl/aide ././4/punct/.",
        "Smith/NNP/2/nsubj said/VBD/0/root/say the/DT/4/det plan/NN/5/nsubj failed/VBD/2/ccomp/fail ,/,/5/punct "
            + "according/VBG/10/case to/IN/7/fixed the/DT/10/det Post/NNP/5/obl ./PUNCT/2/punct"});
    List<Quote> quotes = new QuoteAttributor().apply(doc).quotes();
    Quote plan = quote(quotes, "The senator is considering a plan to cut the number of troops");
    assertThat(speaker(plan)).isEqualTo("aides");
    assertThat(quotes).noneMatch(q -> q.text().contains("according to aides"));
    assertThat(speaker(quoteWith(quotes, "the plan failed"))).isEqualTo("Smith");
  }

  @Test
  void headlineAndTranscriptColons_areQuotes_otherColonsNot() {
    String text = "Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP\n\nWait, it gets better: more.\n\n"
        + "TAPPER: And obviously, you are supporting him.\n\nUpdate: the vote was moved.";
    assertThat(ColonAttribution.find(text)).extracting(ColonAttribution.Line::speaker)
        .containsExactly("Graham", "TAPPER");
    Sentence headline = Parses.sentence(text, 0, 0, "Graham/NNP/0/root :/:/1/punct Trump/NNP/7/nmod:poss ’s/POS/3/case "
        + "‘/``/7/punct Hateful/JJ/7/amod Rhetoric/NN/1/appos ’/''/7/punct Destroying/VBG/7/acl/destroy GOP/NNP/9/obj");
    Document doc = Document.of("c", text, Optional.empty()).withSentences(List.of(headline)).withActors(List.of());
    List<Quote> quotes = new QuoteAttributor().apply(doc).quotes();
    assertThat(quotes).extracting(QuoteLookup::speaker, Quote::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Graham", "Trump’s ‘Hateful Rhetoric’ Destroying GOP"),
        org.assertj.core.groups.Tuple.tuple("Graham", "Hateful Rhetoric"),
        org.assertj.core.groups.Tuple.tuple("TAPPER", "And obviously, you are supporting him."));
  }

  @Test
  void speechSentences_areParsed_othersLeftToTheEventFilter() {
    String text = "“It is over,” he said. Profits rose.";
    Sentence said = Parses.sentence(text, 0, 0,
        "“/``/4/punct It/PRP/4/nsubj is/VBZ/4/cop/be over/RB/7/ccomp ,/,/4/punct ”/''/4/punct he/PRP/7/nsubj "
            + "said/VBD/0/root/say ./PUNCT/7/punct");
    Sentence rose = Parses.sentence(text, 1, 20, "Profits/NNS/2/nsubj rose/VBD/0/root/rise ./PUNCT/2/punct");
    AttributionCandidateFilter filter = new AttributionCandidateFilter();
    assertThat(filter.test(said)).isTrue();
    assertThat(filter.test(rose)).isFalse();
  }

  @Test
  void speakerNeverInsideTheQuote_andAQuoteLaterInTheParagraph_sharesTheSpeaker() {
    Document doc = document(new String[] {"“My hope,” he said, “is to help.” “It matters.”"}, new String[] {
        "“/``/3/punct My/PRP$/3/nmod:poss hope/NN/6/nsubj ,/,/3/punct ”/''/3/punct he/PRP/6/nsubj "
            + "said/VBD/0/root/say ,/,/6/punct “/``/10/punct is/VBZ/10/cop/be to/TO/11/mark help/VB/6/ccomp "
            + "./PUNCT/6/punct ”/''/6/punct “/``/15/punct It/PRP/15/nsubj matters/VBZ/6/parataxis/matter "
            + "./PUNCT/15/punct ”/''/15/punct"});
    List<Quote> quotes = new QuoteAttributor().apply(doc).quotes();
    assertThat(speaker(quote(quotes, "My hope,"))).isEqualTo("he");
    assertThat(speaker(quote(quotes, "It matters."))).isEqualTo("he");
  }

  @Test
  void doubledApostrophes_openAndCloseAQuote() {
    String text = "''I think he should,'' said Mr. Holtz-Eakin. It isn't ''fair.''";
    assertThat(QuoteMarks.find(text)).extracting(p -> p.span().of(text)).containsExactly("I think he should,", "fair.");
  }

  @Test
  void he_skipsASpeakerCodedAsACountry_they_doesNot() {
    SpeakerMemory memory = new SpeakerMemory();
    memory.resolve(new SpeakerMention(SpeakerMention.Kind.NAME, 0, 0, new parley.core.doc.Span(0, 8), "Kornblum", ""),
        Optional.of("USAGOV"), false);
    memory.resolve(new SpeakerMention(SpeakerMention.Kind.NAME, 1, 1, new parley.core.doc.Span(20, 33), "United States", ""),
        Optional.of("USA"), false);
    parley.core.doc.Span at = new parley.core.doc.Span(40, 42);
    assertThat(memory.resolve(new SpeakerMention(SpeakerMention.Kind.PRONOUN, 2, 0, at, "he", ""), Optional.empty(), false).text())
        .isEqualTo("Kornblum");
    assertThat(memory.resolve(new SpeakerMention(SpeakerMention.Kind.PRONOUN, 2, 0, at, "they", ""), Optional.empty(), false).text())
        .isEqualTo("United States");
  }

  @Test
  void he_skipsAnOrganisationThatSpoke() {
    SpeakerMemory memory = new SpeakerMemory();
    memory.resolve(new SpeakerMention(SpeakerMention.Kind.NAME, 0, 0, new parley.core.doc.Span(0, 10), "John Smith", ""),
        Optional.of("USALEG"), false);
    memory.resolve(new SpeakerMention(SpeakerMention.Kind.NAME, 1, 1, new parley.core.doc.Span(20, 31), "White House", ""),
        Optional.of("USAGOV"), true);
    memory.noteSubject("White House", Optional.of("USAGOV"), true);
    parley.core.doc.Span at = new parley.core.doc.Span(40, 42);
    assertThat(memory.resolve(new SpeakerMention(SpeakerMention.Kind.PRONOUN, 2, 0, at, "he", ""), Optional.empty(), false)
        .text()).isEqualTo("John Smith");
  }

  @Test
  void quotedAsSaying_theQuotedPersonSpeaks() {
    Document doc = document(new String[] {"“We are serious,” Amrollah quoted Rohrabacher as saying."}, new String[] {
        "“/``/4/punct We/PRP/4/nsubj are/VBP/4/cop/be serious/JJ/10/ccomp ,/,/4/punct ”/''/4/punct "
            + "Amrollah/NNP/8/nsubj quoted/VBD/0/root/quote Rohrabacher/NNP/8/obj as/IN/11/mark "
            + "saying/VBG/8/advcl/say ./PUNCT/8/punct"});
    assertThat(speaker(quote(new QuoteAttributor().apply(doc).quotes(), "We are serious,"))).isEqualTo("Rohrabacher");
  }
}
