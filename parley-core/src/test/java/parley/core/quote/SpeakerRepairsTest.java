package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.quote.QuoteLookup.quote;
import static parley.core.quote.QuoteLookup.quoteWith;
import static parley.core.quote.QuoteLookup.speaker;

import java.util.List;
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
    return Parses.paragraphs("repairs", paragraphs, specs);
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

  @Test
  void aSpeakerBeforeTheVerb_leavesTheWordsAfterItToWhatIsSaid() {
    String text = "Senator Mara Quill, Democrat of Vermont, said the H-2 program has failed thousands of farm workers.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Senator/NNP/3/compound Mara/NNP/3/compound Quill/NNP/9/nsubj ,/,/3/punct Democrat/NNP/3/appos of/IN/7/case "
            + "Vermont/NNP/5/nmod ,/,/9/punct said/VBD/0/root/say the/DT/14/det H/NN/14/compound -/HYPH/11/punct "
            + "2/CD/11/nummod program/NN/16/nsubj has/VBZ/16/aux/have failed/VBN/9/ccomp/fail thousands/NNS/16/obj/thousand "
            + "of/IN/20/case farm/NN/20/compound workers/NNS/17/nmod/worker ././9/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "program has failed"))).isEqualTo("Senator Mara Quill");
  }

  @Test
  void aNameOpeningTheSentence_speaksAcrossALongAside() {
    String text = "Luis Ferrer, a former Chilean trade minister who is a sharp critic of the current government, "
        + "suggests that Chile's best move is to wait.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Luis/NNP/2/compound Ferrer/NNP/0/root ,/,/2/punct a/DT/8/det former/JJ/8/amod Chilean/JJ/8/amod "
            + "trade/NN/8/compound minister/NN/2/appos who/WP/8/dep is/VBZ/9/cop/be a/DT/13/det sharp/JJ/13/amod "
            + "critic/NN/9/nsubj of/IN/17/case the/DT/17/det current/JJ/17/amod government/NN/13/nmod ,/,/19/punct "
            + "suggests/VBZ/9/dep/suggest that/IN/27/mark Chile/NNP/24/nmod:poss 's/POS/21/case best/JJS/24/amod/good "
            + "move/NN/27/nsubj is/VBZ/27/aux/be to/TO/27/mark wait/VB/19/ccomp ././2/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "best move is to wait"))).isEqualTo("Luis Ferrer");
  }

  @Test
  void aParentheticalSpeaker_mayHaveAnAdverbAfterTheVerb() {
    String text = "The plan, the mayor said then, was that the bridge would reopen in May.";
    Document doc = document(new String[] {text}, new String[][] {{
        "The/DT/2/det plan/NN/6/nsubj ,/,/6/punct the/DT/5/det mayor/NN/6/dep said/VBD/0/root/say then/RB/6/advmod "
            + ",/,/6/punct was/VBD/14/cop/be that/IN/14/mark the/DT/12/det bridge/NN/14/nsubj would/MD/14/aux "
            + "reopen/VB/6/ccomp in/IN/16/case May/NNP/14/obl ././6/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "the bridge would reopen"))).isEqualTo("the mayor");
  }

  @Test
  void aRoleApposedToANamedSpeaker_isThatSpeakerLater() {
    Document doc = document(new String[] {
        "Tom Becker, a spokesman for the transit authority, said buses would replace the trains for a month.",
        "The spokesman said the authority would publish a timetable on Friday."}, new String[][] {
        {"Tom/NNP/2/compound Becker/NNP/11/nsubj ,/,/2/punct a/DT/5/det spokesman/NN/2/appos for/IN/9/case "
            + "the/DT/9/det transit/NN/9/compound authority/NN/5/nmod ,/,/2/punct said/VBD/0/root/say "
            + "buses/NNS/14/nsubj/bus would/MD/14/aux replace/VB/11/ccomp the/DT/16/det trains/NNS/14/obj/train "
            + "for/IN/19/case a/DT/19/det month/NN/14/obl ././11/punct"},
        {"The/DT/2/det spokesman/NN/3/nsubj said/VBD/0/root/say the/DT/5/det authority/NN/7/nsubj would/MD/7/aux "
            + "publish/VB/3/ccomp a/DT/9/det timetable/NN/7/obj on/IN/11/case Friday/NNP/7/obl ././3/punct"}});
    Quote later = quoteWith(quotes(doc), "publish a timetable");
    assertThat(speaker(later)).isEqualTo("Tom Becker");
    assertThat(later.speaker().orElseThrow().span().of(doc.text())).isEqualTo("The spokesman");
  }

  @Test
  void aQuoteSignedWithADashAndAName_isThatPersonsWords() {
    Document doc = document(new String[] {
        "“We need jobs, not walls.” ― Ana Ruiz",
        "“Nobody listens to us. Nobody.” ― Pablo J. Soto."}, new String[][] {
        {"“/``/0/dep We/PRP/0/dep need/VBP/0/dep jobs/NNS/0/dep/job ,/,/0/dep not/RB/0/dep walls/NNS/0/dep/wall "
            + "././0/dep ”/''/0/dep ―/:/0/dep Ana/NNP/0/dep Ruiz/NNP/0/dep"},
        {"“/``/0/dep Nobody/NN/0/dep listens/VBZ/0/dep/listen to/IN/0/dep us/PRP/0/dep/we ././0/dep",
            "Nobody/NN/0/dep ././0/dep ”/''/0/dep ―/:/0/dep Pablo/NNP/0/dep J./NNP/0/dep Soto/NNP/0/dep ././0/dep"}});
    List<Quote> quotes = quotes(doc);
    assertThat(speaker(quoteWith(quotes, "We need jobs"))).isEqualTo("Ana Ruiz");
    assertThat(speaker(quoteWith(quotes, "Nobody listens"))).isEqualTo("Pablo J. Soto");
  }

  @Test
  void aDashBeforeWordsThatGoOn_isNoSignature() {
    Document doc = document(new String[] {"“We need jobs.” ― Ana Ruiz was not alone in saying so."}, new String[][] {
        {"“/``/0/dep We/PRP/0/dep need/VBP/0/dep jobs/NNS/0/dep/job ././0/dep ”/''/0/dep ―/:/0/dep Ana/NNP/0/dep "
            + "Ruiz/NNP/0/dep was/VBD/0/dep/be not/RB/0/dep alone/JJ/0/dep in/IN/0/dep saying/VBG/0/dep/say "
            + "so/RB/0/dep ././0/dep"}});
    assertThat(speaker(quoteWith(quotes(doc), "We need jobs"))).isNotEqualTo("Ana Ruiz");
  }

  @Test
  void anAgencysRunningStorySlug_isNoSpeaker() {
    Document doc = document(new String[] {"The Latest: Mayor urges voters to check their registration"}, new String[][] {
        {"The/DT/2/det Latest/JJS/0/root :/:/2/punct Mayor/NNP/5/nsubj urges/VBZ/2/parataxis/urge voters/NNS/5/obj/voter "
            + "to/TO/8/mark check/VB/5/xcomp their/PRP$/10/nmod:poss/they registration/NN/8/obj"}});
    List<Quote> quotes = quotes(doc);
    assertThat(quotes).allSatisfy(q -> assertThat(speaker(q)).isNotEqualTo("The Latest"));
    assertThat(speaker(quoteWith(quotes, "check their registration"))).isEqualTo("Mayor");
  }

  @Test
  void aNameAfterTheVerb_speaksEvenWhereTheParserGaveTheVerbASubjectBeforeIt() {
    String text = "The vote signals the end of the pact, said Pieter Vos, leader of the farmers' party.";
    Document doc = document(new String[] {text}, new String[][] {{
        "The/DT/2/det vote/NN/10/nsubj signals/VBZ/10/ccomp/signal the/DT/5/det end/NN/3/obj of/IN/8/case "
            + "the/DT/8/det pact/NN/5/nmod ,/,/10/punct said/VBD/0/root/say Pieter/NNP/12/compound Vos/NNP/10/obj "
            + ",/,/12/punct leader/NN/12/appos of/IN/19/case the/DT/17/det farmers/NNS/19/nmod:poss/farmer '/POS/17/case "
            + "party/NN/14/nmod ././10/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "the end of the pact"))).isEqualTo("Pieter Vos");
  }

  @Test
  void aVerbOfSpeakingAfterTheQuote_mayGoOnWithAConjunction() {
    String text = "\"Sit down, please,\" Harmon snapped and the moderator moved on.";
    Document doc = document(new String[] {text}, new String[][] {{
        "\"/``/2/punct Sit/VB/0/root down/RB/2/advmod ,/,/2/punct please/UH/2/discourse ,/,/2/punct \"/``/2/punct "
            + "Harmon/NNP/9/nsubj snapped/VBD/2/parataxis/snap and/CC/13/cc the/DT/12/det moderator/NN/13/nsubj "
            + "moved/VBD/9/conj/move on/RB/13/advmod ././2/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "Sit down"))).isEqualTo("Harmon");
  }

  @Test
  void aSentenceOpeningWithSaid_namesItsSpeakerNext() {
    String text = "Said Lena Ortiz, who runs the shelter, \"We ran out of beds in March.\"";
    Document doc = document(new String[] {text}, new String[][] {{
        "Said/NNP/3/compound Lena/NNP/3/compound Ortiz/NNP/0/root ,/,/3/punct who/WP/6/nsubj runs/VBZ/3/acl:relcl/run "
            + "the/DT/8/det shelter/NN/6/obj ,/,/6/punct \"/``/6/punct We/PRP/12/nsubj ran/VBD/6/ccomp/run "
            + "out/IN/15/case of/IN/15/case beds/NNS/12/obl/bed in/IN/17/case March/NNP/12/obl ././3/punct "
            + "\"/''/3/punct"}});
    assertThat(speaker(quote(quotes(doc), "We ran out of beds in March."))).isEqualTo("Lena Ortiz");
  }

  @Test
  void theSubjectOfAPassiveThatMovesSomeoneToSpeak_speaks() {
    String text = "But the hearing was so calm that Mr. Okoro was prompted to say, "
        + "\"I have never seen this committee so polite.\"";
    Document doc = document(new String[] {text}, new String[][] {{
        "But/CC/6/cc the/DT/3/det hearing/NN/6/nsubj was/VBD/6/cop/be so/RB/6/advmod calm/JJ/0/root that/IN/11/mark "
            + "Mr./NNP/9/compound Okoro/NNP/11/nsubj:pass was/VBD/11/aux:pass/be prompted/VBN/6/ccomp/prompt "
            + "to/TO/13/mark say/VB/11/xcomp ,/,/13/punct \"/``/13/punct I/PRP/19/nsubj have/VBP/19/aux "
            + "never/RB/19/advmod seen/VBN/13/ccomp/see this/DT/21/det committee/NN/19/obj so/RB/23/advmod "
            + "polite/JJ/19/advmod ././6/punct \"/''/6/punct"}});
    assertThat(speaker(quote(quotes(doc), "I have never seen this committee so polite."))).isEqualTo("Mr. Okoro");
  }

  /** Who speaks through the verb {@code word} of the document's only sentence, its direct quotes kept out. */
  private static String speakerOfVerb(Document doc, String word) {
    Sentence s = doc.sentences().get(0);
    int verb = s.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().index();
    List<parley.core.doc.Span> direct = QuoteMarks.find(doc.text()).stream().map(QuoteMarks.Piece::span).toList();
    return SpeakerFinder.speakerOf(s, verb, direct).map(SpeakerMention::text).orElse("(none)");
  }

  @Test
  void aReportDatedWithSeveralWords_isWhatFindsNotTheDate() {
    String text = "A state audit released last year found that the agency could not track its grants.";
    Document doc = document(new String[] {text}, new String[][] {{
        "A/DT/3/det state/NN/3/compound audit/NN/4/nsubj released/VBN/0/root/release last/JJ/6/amod "
            + "year/NN/4/obl:tmod found/VBD/4/dep/find that/IN/13/mark the/DT/10/det agency/NN/13/nsubj "
            + "could/MD/13/aux not/RB/13/advmod track/VB/7/ccomp its/PRP$/15/nmod:poss grants/NNS/13/obj/grant "
            + "././4/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "could not track its grants"))).isEqualTo("A state audit");
  }

  @Test
  void aParticipleAfterAClosingQuotationMark_speaksAsTheSubjectOutsideTheQuote() {
    String text = "In a statement, the union said: \"Our members kept the trains running for a decade,\" "
        + "adding that its membership doubled in five years.";
    Document doc = document(new String[] {text}, new String[][] {{
        "In/IN/3/case a/DT/3/det statement/NN/7/obl ,/,/7/punct the/DT/6/det union/NN/7/nsubj said/VBD/0/root/say "
            + ":/:/7/punct \"/``/7/punct Our/PRP$/11/nmod:poss/we members/NNS/12/nsubj/member kept/VBD/7/ccomp/keep "
            + "the/DT/14/det trains/NNS/15/nsubj/train running/VBG/12/dep/run for/IN/18/case a/DT/18/det "
            + "decade/NN/15/obl ,/,/12/punct \"/''/12/punct adding/VBG/12/dep/add that/IN/25/mark "
            + "its/PRP$/24/nmod:poss membership/NN/25/nsubj doubled/VBD/21/ccomp/double in/IN/28/case "
            + "five/CD/28/nummod years/NNS/25/obl/year ././7/punct"}});
    assertThat(speakerOfVerb(doc, "adding")).isEqualTo("the union");
  }

  @Test
  void aParticipleAfterAReportedClause_speaksAsTheMainClausesSubject() {
    String text = "Perez said on Monday that Lang represents \"old money,\" arguing that the race was about trust.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Perez/NNP/2/nsubj said/VBD/0/root/say on/IN/4/case Monday/NNP/2/obl that/IN/7/mark Lang/NNP/7/nsubj "
            + "represents/VBZ/2/ccomp/represent \"/``/7/punct old/JJ/10/amod money/NN/7/obj ,/,/7/punct "
            + "\"/''/7/punct arguing/VBG/7/dep/argue that/IN/19/mark the/DT/16/det race/NN/19/nsubj "
            + "was/VBD/19/cop/be about/RB/19/advmod trust/NN/13/ccomp ././2/punct"}});
    assertThat(speakerOfVerb(doc, "arguing")).isEqualTo("Perez");
  }

  @Test
  void aPossessivePronounAfterANamedSubject_standsForThatName() {
    String text = "Marta Lind shared her view that the merger was fair to workers.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Marta/NNP/2/compound Lind/NNP/3/nsubj shared/VBD/0/root/share her/PRP$/5/nmod:poss/she view/NN/3/obj "
            + "that/IN/10/mark the/DT/8/det merger/NN/10/nsubj was/VBD/10/cop/be fair/JJ/5/ccomp to/IN/12/case "
            + "workers/NNS/10/obl/worker ././3/punct"}});
    Quote view = quoteWith(quotes(doc), "the merger was fair");
    assertThat(speaker(view)).isEqualTo("Marta Lind");
    assertThat(view.speaker().orElseThrow().span().of(text)).isEqualTo("her");
  }

  @Test
  void aStatementIssuedBeforeAComma_framesTheQuoteAfterIt() {
    String text = "After the vote, Ortiz issued a statement, “We will appeal. The ruling is wrong.”";
    Document doc = document(new String[] {text}, new String[][] {{
        "After/IN/3/case the/DT/3/det vote/NN/6/obl ,/,/6/punct Ortiz/NNP/6/nsubj issued/VBD/0/root/issue a/DT/8/det "
            + "statement/NN/6/obj ,/,/6/punct “/``/6/punct We/PRP/13/nsubj will/MD/13/aux appeal/VB/6/parataxis "
            + "././6/punct",
        "The/DT/2/det ruling/NN/4/nsubj is/VBZ/4/cop/be wrong/JJ/0/root ././4/punct ”/''/4/punct"}});
    assertThat(speaker(quote(quotes(doc), "We will appeal. The ruling is wrong."))).isEqualTo("Ortiz");
  }

  @Test
  void aSignatureTheTaggerLoweredAsAHeadline_stillSignsTheQuote() {
    Document doc = document(new String[] {
        "“We need jobs, not walls.” ― Ana Ruiz",
        "“Nobody listens to us.”― Pablo Soto."}, new String[][] {
        {"“/``/0/dep We/PRP/0/dep need/VBP/0/dep jobs/NNS/0/dep/job ,/,/0/dep not/RB/0/dep walls/NNS/0/dep/wall "
            + "././0/dep ”/''/0/dep ―/:/0/dep Ana/NNP/0/dep Ruiz/NNP/0/dep"},
        {"“/``/0/dep Nobody/NN/0/dep listens/VBZ/0/dep/listen to/IN/0/dep us/PRP/0/dep/we ././0/dep ”/''/0/dep",
            "―/SYM/0/dep Pablo/NN/0/dep Soto/NN/0/dep ././0/dep"}});
    Sentence signature = doc.sentences().get(2);
    List<parley.core.doc.Token> lowered = signature.tokens().stream()
        .map(t -> new parley.core.doc.Token(t.index(), t.text().toLowerCase(java.util.Locale.ROOT), t.lemma(), t.pos(), t.span()))
        .toList();
    List<Sentence> sentences = new java.util.ArrayList<>(doc.sentences());
    sentences.set(2, new Sentence(signature.index(), signature.span(), signature.section(), lowered, signature.arcs()));
    Quote nobody = quoteWith(quotes(doc.withSentences(sentences)), "Nobody listens");
    assertThat(speaker(nobody)).isEqualTo("Pablo Soto");
  }

  @Test
  void aParagraphOpenedWithAClosingMark_isAQuoteAllTheSame() {
    Document doc = document(new String[] {"”Nobody listens to us.” ― Pablo Soto"}, new String[][] {
        {"”/''/0/dep Nobody/NN/0/dep listens/VBZ/0/dep/listen to/IN/0/dep us/PRP/0/dep/we ././0/dep ”/''/0/dep "
            + "―/:/0/dep Pablo/NNP/0/dep Soto/NNP/0/dep"}});
    Quote nobody = quote(quotes(doc), "Nobody listens to us.");
    assertThat(nobody.direct()).isTrue();
    assertThat(speaker(nobody)).isEqualTo("Pablo Soto");
  }

  @Test
  void aParagraphAfterASpeakersColon_isTheirBlockQuote_evenWithoutQuotationMarks() {
    Document doc = document(new String[] {
        "The senator added:",
        "And from a supposed leader, this reeks of fear. She cannot win this without rigging it."}, new String[][] {
        {"The/DT/2/det senator/NN/3/nsubj added/VBD/0/root/add :/:/3/punct"},
        {"And/CC/8/cc from/IN/5/case a/DT/5/det supposed/VBN/5/amod/suppose leader/NN/8/obl ,/,/8/punct "
            + "this/DT/8/nsubj reeks/VBZ/0/root/reek of/IN/10/case fear/NN/8/obl ././8/punct",
            "She/PRP/4/nsubj can/MD/4/aux not/RB/4/advmod win/VB/0/root this/DT/4/obj without/IN/7/case "
            + "rigging/NN/4/obl it/PRP/7/dep ././4/punct"}});
    Quote block = quote(quotes(doc), "And from a supposed leader, this reeks of fear. She cannot win this without rigging it.");
    assertThat(block.direct()).isTrue();
    assertThat(speaker(block)).isEqualTo("The senator");
  }

  @Test
  void aParagraphAfterAColonWithNoSpeechVerb_isNoBlockQuote() {
    Document doc = document(new String[] {
        "The plan has three parts:",
        "The city will raise the tax and close the bridge."}, new String[][] {
        {"The/DT/2/det plan/NN/3/nsubj has/VBZ/0/root/have three/CD/5/nummod parts/NNS/3/obj/part :/:/3/punct"},
        {"The/DT/2/det city/NN/4/nsubj will/MD/4/aux raise/VB/0/root the/DT/6/det tax/NN/4/obj and/CC/8/cc "
            + "close/VB/4/conj the/DT/10/det bridge/NN/8/obj ././4/punct"}});
    assertThat(quotes(doc)).extracting(Quote::text).doesNotContain("The city will raise the tax and close the bridge.");
  }

  @Test
  void aParticipleAfterAPastTenseTaggedAsParticiple_speaksAsItsSubject() {
    String text = "Smith, a former party chairman, poked at the mayor during the debate, tweeting, “Notice how he never answers?”";
    Document doc = document(new String[] {text}, new String[][] {{
        "Smith/NNP/8/nsubj ,/,/1/punct a/DT/6/det former/JJ/6/amod party/NN/6/compound chairman/NN/1/appos ,/,/1/punct "
            + "poked/VBN/0/root/poke at/IN/11/case the/DT/11/det mayor/NN/8/obl during/IN/14/case the/DT/14/det "
            + "debate/NN/8/obl ,/,/8/punct tweeting/VBG/8/dep/tweet ,/,/16/punct “/``/16/punct Notice/VB/23/dep "
            + "how/WRB/23/advmod he/PRP/23/nsubj never/RB/23/advmod answers/VBZ/16/dep/answer ?/./8/punct ”/''/8/punct"}});
    assertThat(speaker(quote(quotes(doc), "Notice how he never answers?"))).isEqualTo("Smith");
  }

  @Test
  void aParticipleOpeningTheSentence_speaksAsTheSubjectAfterItsComma_evenParsedAsASubject() {
    String text = "Claiming the criticism of the judge is designed to pressure the jury, Smith told reporters that they should resign.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Claiming/VBG/8/nsubj:pass/claim the/DT/3/det criticism/NN/1/obj of/IN/6/case the/DT/6/det judge/NN/3/nmod "
            + "is/VBZ/8/aux:pass/be designed/VBN/15/advcl/design to/TO/10/mark pressure/VB/8/xcomp the/DT/12/det "
            + "jury/NN/10/obj ,/,/15/punct Smith/NNP/15/nsubj told/VBD/0/root/tell reporters/NNS/15/obj/reporter "
            + "that/IN/20/mark they/PRP/20/nsubj should/MD/20/aux resign/VB/15/ccomp ././15/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "the criticism of the judge"))).isEqualTo("Smith");
  }

  @Test
  void aParticipleAfterAdverbs_speaksAsTheMainClausesSubject() {
    String text = "\"We can win,\" Mr. Obama said, not even needing to mention the author of that boast, his old coach.";
    Document doc = document(new String[] {text}, new String[][] {{
        "\"/``/9/punct We/PRP/4/nsubj can/MD/4/aux win/VB/9/ccomp ,/,/9/punct \"/''/9/punct Mr./NNP/8/compound "
            + "Obama/NNP/9/nsubj said/VBD/0/root/say ,/,/9/punct not/RB/13/advmod even/RB/13/advmod "
            + "needing/VBG/9/dep/need to/TO/15/mark mention/VB/13/xcomp the/DT/17/det author/NN/15/obj of/IN/20/case "
            + "that/DT/20/det boast/NN/17/nmod ,/,/17/punct his/PRP$/24/nmod:poss/he old/JJ/24/amod coach/NN/17/appos "
            + "././9/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "the author of that boast"))).isEqualTo("Mr. Obama");
  }

  @Test
  void aParticipleAfterAnOpeningPreposition_speaksAsTheSubjectAfterItsComma() {
    String text = "After saying the plan was a disaster, the mayor left the meeting.";
    Document doc = document(new String[] {text}, new String[][] {{
        "After/IN/2/mark saying/VBG/11/dep/say the/DT/4/det plan/NN/7/nsubj was/VBD/7/cop/be a/DT/7/det "
            + "disaster/NN/2/ccomp ,/,/11/punct the/DT/10/det mayor/NN/11/nsubj left/VBD/0/root/leave "
            + "the/DT/13/det meeting/NN/11/obj ././11/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "the plan was a disaster"))).isEqualTo("the mayor");
  }

  @Test
  void aSentenceSplitInsideTheSpeakersPartyAndState_stillGivesTheNameBeforeTheBracket() {
    String text = "Rep. Tom Gates (R-S.C.) said that claim smacked of hypocrisy, because the mayor had done the same.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Rep./NNP/3/compound Tom/NNP/3/compound Gates/NNP/0/root (/-LRB-/3/punct R-S.C/NN/3/dep ././3/punct "
            + ")/-RRB-/3/punct",
        "said/VBD/0/root/say that/DT/1/obj claim/NN/2/dep smacked/VBN/3/amod/smack of/IN/6/case hypocrisy/NN/4/obl "
            + ",/,/3/punct because/IN/12/mark the/DT/10/det mayor/NN/12/nsubj had/VBD/12/aux/have done/VBN/7/dep/do "
            + "the/DT/14/det same/JJ/12/obj ././12/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "claim smacked of hypocrisy"))).isEqualTo("Rep. Tom Gates");
  }
  @Test
  void aParticipleAfterDespite_speaksAsTheSubjectAfterItsComma() {
    String text = "Despite criticizing the council, Ortiz said she could work with its leaders.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Despite/IN/2/case criticizing/VBG/7/obl/criticize the/DT/4/det council/NN/2/obj ,/,/7/punct "
            + "Ortiz/NNP/7/nsubj said/VBD/0/root/say she/PRP/10/nsubj could/MD/10/aux work/VB/7/ccomp with/IN/13/case "
            + "its/PRP$/13/nmod:poss leaders/NNS/10/obl/leader ././7/punct"}});
    assertThat(speaker(quote(quotes(doc), "the council"))).isEqualTo("Ortiz");
  }

  @Test
  void aParticipleAfterASpeakerPrintedAfterTheVerb_speaksAsThatSpeaker() {
    String text = "“We are ready,” said Ortiz, adding that the fight would go on.";
    Document doc = document(new String[] {text}, new String[][] {{
        "“/``/7/punct We/PRP/4/nsubj are/VBP/4/cop/be ready/JJ/7/ccomp ,/,/7/punct ”/''/7/punct "
            + "said/VBD/0/root/say Ortiz/NNP/7/xcomp ,/,/7/punct adding/VBG/7/dep/add that/IN/15/mark the/DT/13/det "
            + "fight/NN/15/nsubj would/MD/15/aux go/VB/10/ccomp on/RB/15/advmod ././7/punct"}});
    assertThat(speaker(quote(quotes(doc), "the fight would go on"))).isEqualTo("Ortiz");
  }
  @Test
  void aVerbOfPrintedCopyAfterAQuote_speaksThroughTheNounAfterIt() {
    String text = "“The mayor must go,” read a banner held by one protester.";
    Document doc = document(new String[] {text}, new String[][] {{
        "“/``/8/punct The/DT/3/det mayor/NN/5/nsubj must/MD/5/aux go/VB/8/ccomp ,/,/8/punct ”/''/8/punct "
            + "read/VBD/0/root a/DT/10/det banner/NN/8/obj held/VBN/10/acl/hold by/IN/14/case one/CD/14/nummod "
            + "protester/NN/11/obl ././8/punct"}});
    assertThat(speaker(quote(quotes(doc), "The mayor must go,"))).isEqualTo("a banner");
  }

  @Test
  void aQuipPrintedBeforeItsSpeaker_givesNoObjectAsWordsSaid() {
    String text = "“We will win,” quipped the mayor.";
    Document doc = document(new String[] {text}, new String[][] {{
        "“/``/7/punct We/PRP/4/nsubj will/MD/4/aux win/VB/7/ccomp ,/,/7/punct ”/''/7/punct "
            + "quipped/VBD/0/root/quip the/DT/9/det mayor/NN/7/obj ././7/punct"}});
    List<Quote> quotes = quotes(doc);
    assertThat(speaker(quote(quotes, "We will win,"))).isEqualTo("the mayor");
    assertThat(quotes).extracting(Quote::text).containsExactly("We will win,");
  }
  @Test
  void aSpeakerNamedBeforeWhoseClauseHoldsTheVerb_standsWhereWhoStands() {
    String text = "Moreno, who has in the past described the mayor as “a disaster”, spoke on Monday.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Moreno/NNP/17/nsubj ,/,/1/punct who/WP/8/obj has/VBZ/8/aux/have in/IN/7/case the/DT/7/det past/JJ/8/obl "
            + "described/VBN/1/acl:relcl/describe the/DT/10/det mayor/NN/8/obj as/IN/14/case “/``/14/punct a/DT/14/det "
            + "disaster/NN/8/obl ”/''/14/punct ,/,/17/punct spoke/VBD/0/root/speak on/IN/19/case Monday/NNP/17/obl "
            + "././17/punct"}});
    Quote quote = quote(quotes(doc), "a disaster");
    assertThat(speaker(quote)).isEqualTo("Moreno");
    assertThat(quote.speaker().orElseThrow().span().of(text)).isEqualTo("who");
  }

  @Test
  void aVerbAfterTheRelativeClauseHasClosed_isTheNamesOwn() {
    String text = "Ruiz, who is under fire, said the plan was dead.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Ruiz/NNP/8/nsubj ,/,/1/punct who/WP/6/nsubj is/VBZ/6/cop/be under/IN/6/case fire/NN/1/acl:relcl "
            + ",/,/1/punct said/VBD/0/root/say the/DT/10/det plan/NN/12/nsubj was/VBD/12/cop/be dead/JJ/8/ccomp "
            + "././8/punct"}});
    Quote quote = quote(quotes(doc), "the plan was dead");
    assertThat(quote.speaker().orElseThrow().span().of(text)).isEqualTo("Ruiz");
  }
  @Test
  void theQuestionOfAnOpeningAsked_isNotTheAnswerersButTheAskers() {
    String text = "Asked whether the plan went too far, Harper said it did not.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Asked/VBN/10/dep/ask whether/IN/5/mark the/DT/4/det plan/NN/5/nsubj went/VBD/1/ccomp/go too/RB/7/advmod "
            + "far/RB/5/advmod ,/,/10/punct Harper/NNP/10/nsubj said/VBD/0/root/say it/PRP/12/nsubj "
            + "did/VBD/10/ccomp/do not/RB/12/advmod ././10/punct"}});
    List<Quote> quotes = quotes(doc);
    assertThat(speaker(quoteWith(quotes, "the plan went too far"))).isEqualTo("(none)");
    assertThat(speaker(quote(quotes, "it did not"))).isEqualTo("Harper");
  }

  @Test
  void theQuestionOfAnOpeningAskedBySomeone_isTheirs() {
    String text = "Asked by a reporter if the tax would rise, Ortiz said it would not.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Asked/VBN/15/dep/ask by/IN/4/case a/DT/4/det reporter/NN/1/obl if/IN/9/mark the/DT/7/det tax/NN/9/nsubj "
            + "would/MD/9/aux rise/VB/1/advcl ,/,/12/punct Ortiz/NNP/12/nsubj said/VBD/15/parataxis/say "
            + "it/PRP/15/nsubj would/MD/15/aux not/RB/0/root ././15/punct"}});
    assertThat(speaker(quoteWith(quotes(doc), "the tax would rise"))).isEqualTo("a reporter");
  }
  @Test
  void aQuotedTitleAfterTitled_isKeptWithoutASpeaker() {
    String text = "The group launched a radio ad in Ohio on Saturday titled, “Scam.”";
    Document doc = document(new String[] {text}, new String[][] {{
        "The/DT/2/det group/NN/3/nsubj launched/VBD/0/root/launch a/DT/6/det radio/NN/6/compound ad/NN/3/obj "
            + "in/IN/8/case Ohio/NNP/6/nmod on/IN/10/case Saturday/NNP/3/obl titled/VBN/10/amod/title ,/,/3/punct "
            + "“/``/3/punct Scam/NN/3/obj ././3/punct ”/''/3/punct"}});
    assertThat(speaker(quote(quotes(doc), "Scam."))).isEqualTo("(none)");
  }
  @Test
  void aSpeechClauseWithItsOwnSubjectHungOnReportedContent_isNotPartOfIt() {
    String text = "Some in the crowd booed, and when Ruiz thanked Dayton and said it was great to be home, "
        + "a man yelled “Stay there!”";
    Document doc = document(new String[] {text}, new String[][] {{
        "Some/DT/5/nsubj in/IN/4/case the/DT/4/det crowd/NN/1/nmod booed/VBD/0/root/boo ,/,/5/punct and/CC/5/dep "
            + "when/WRB/10/advmod Ruiz/NNP/10/nsubj thanked/VBD/7/dep/thank Dayton/NNP/10/obj and/CC/13/cc "
            + "said/VBD/10/conj/say it/PRP/16/nsubj was/VBD/16/cop/be great/JJ/13/ccomp to/TO/19/mark be/VB/19/cop "
            + "home/RB/16/xcomp ,/,/19/punct a/DT/22/det man/NN/23/nsubj yelled/VBD/19/parataxis/yell "
            + "“/``/23/punct Stay/VB/23/dep there/RB/25/advmod !/./10/punct ”/''/10/punct"}});
    List<Quote> quotes = quotes(doc);
    assertThat(quotes).extracting(Quote::text).contains("it was great to be home").doesNotContain(
        "it was great to be home, a man yelled “Stay there");
    assertThat(speaker(quote(quotes, "Stay there!"))).isEqualTo("a man");
  }

  @Test
  void aSubjectlessSpeechVerbHungAsAnUnknownDependent_sharesTheSubjectOfTheVerbBefore() {
    String text = "Mayor Ortiz jokingly offered the heckler a job as his driver, then says he will take advice "
        + "from anyone who wants to talk.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Mayor/NNP/2/compound/mayor Ortiz/NNP/4/nsubj/ortiz jokingly/RB/4/advmod/jokingly offered/VBD/0/root/offer "
            + "the/DT/6/det/the heckler/NN/4/iobj/heckler a/DT/8/det/a job/NN/4/obj/job as/IN/11/case/as "
            + "his/PRP$/11/nmod:poss/he driver/NN/4/obl/driver ,/,/4/punct/, then/RB/14/advmod/then says/VBZ/4/dep/say "
            + "he/PRP/17/nsubj/he will/MD/17/aux/will take/VB/14/ccomp/take advice/NN/17/obj/advice from/IN/20/case/from "
            + "anyone/NN/17/obl/anyone who/WP/22/nsubj/who wants/VBZ/20/acl:relcl/want to/TO/24/mark/to "
            + "talk/VB/22/xcomp/talk ././4/punct/."}});
    assertThat(speaker(quoteWith(quotes(doc), "he will take advice"))).isEqualTo("Mayor Ortiz");
  }

  @Test
  void aNameBeforeAnAsideBetweenDashes_speaksThroughTheVerbAfterIt() {
    String text = "Reached by phone on Monday, Hale — who is listed as a lawyer in Ohio but no longer practices — "
        + "told the Tribune he is not planning an appeal.";
    Document doc = document(new String[] {text}, new String[][] {{
        "Reached/VBN/0/root/reach by/IN/3/case/by phone/NN/1/obl/phone on/IN/5/case/on Monday/NNP/1/obl/monday "
            + ",/,/5/punct/, Hale/NNP/5/appos/hale —/,/5/punct/— who/WP/11/nsubj:pass/who is/VBZ/11/aux:pass/be "
            + "listed/VBN/5/acl:relcl/list as/IN/14/case/as a/DT/14/det/a lawyer/NN/11/obl/lawyer in/IN/16/case/in "
            + "Ohio/NNP/14/nmod/ohio but/CC/20/cc/but no/RB/19/advmod/no longer/RBR/20/advmod/long "
            + "practices/VBZ/11/conj/practice —/:/1/punct/— told/VBD/1/dep/tell the/DT/24/det/the "
            + "Tribune/NNP/22/obj/tribune he/PRP/28/nsubj/he is/VBZ/28/aux/be not/RB/28/advmod/not "
            + "planning/VBG/22/dep/plan an/DT/30/det/a appeal/NN/28/obj/appeal ././1/punct/."}});
    assertThat(speaker(quoteWith(quotes(doc), "he is not planning an appeal"))).isEqualTo("Hale");
  }
}
