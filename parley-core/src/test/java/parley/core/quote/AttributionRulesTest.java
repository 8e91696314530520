package parley.core.quote;

import static parley.core.quote.QuoteLookup.quote;
import static parley.core.quote.QuoteLookup.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Quote;

/**
 * Attribution rules read from the words around a quote and from stance verbs: frames after and
 * before direct quotes, participles, inverted and parenthetical speakers, colon lines, stance
 * verbs, nesting, hedges and mistyped quotation marks. Parses are hand-built, some of them as
 * wrong as a statistical parser's can be, since the rules must hold then too.
 */
class AttributionRulesTest {
  /** Each paragraph's sentences from their hand-built parses, paragraphs separated by blank lines. */
  private static Document document(String[] paragraphs, String[][] specs) {
    return Parses.paragraphs("rules", paragraphs, specs);
  }

  private static Document one(String text, String... specs) {
    return document(new String[] {text}, new String[][] {specs});
  }

  private static List<Quote> quotes(Document doc) {
    return new QuoteAttributor().apply(doc).quotes();
  }



  @Test
  void frameAfterTheQuote_readsAnInvertedNameTheTaggerCalledAnAdjective() {
    String text = "“We will carry the state,” said Devine.";
    Document doc = one(text, "“/``/5/punct We/PRP/5/nsubj will/MD/5/aux carry/VB/9/nsubj the/DT/6/det "
        + "state/NN/4/obj ,/,/4/punct ”/''/4/punct said/VBD/9/amod/say Devine/JJ/0/root ./PUNCT/9/punct");
    assertThat(speaker(quote(quotes(doc), "We will carry the state,"))).isEqualTo("Devine");
  }

  @Test
  void frameAfterTheQuote_speakerWithAnAsideBeforeTheVerb() {
    String text = "“The bill is dead,” Moreau, a senator from Maine, told reporters.";
    Document doc = one(text, "“/``/4/punct The/DT/3/det bill/NN/4/nsubj dead/JJ/0/root ,/,/4/punct ”/''/4/punct "
        + "Moreau/NNP/4/dep ,/,/8/punct a/DT/10/det senator/NN/8/appos from/IN/12/case Maine/NNP/10/nmod "
        + ",/,/8/punct told/VBD/4/parataxis/tell reporters/NNS/14/obj ./PUNCT/4/punct");
    assertThat(speaker(quote(quotes(doc), "The bill is dead,"))).isEqualTo("Moreau");
  }

  @Test
  void frameBeforeTheQuote_afterAColonAnyVerbOfTheClause() {
    String text = "Okafor answered them at once: “We are not leaving.”";
    Document doc = one(text, "Okafor/NNP/2/nsubj answered/VBD/0/root/answer them/PRP/2/obj at/IN/5/case once/RB/2/obl "
        + ":/:/2/punct “/``/11/punct We/PRP/11/nsubj are/VBP/11/cop/be not/RB/11/advmod leaving/VBG/2/parataxis/leave "
        + "./PUNCT/11/punct ”/''/11/punct");
    assertThat(speaker(quote(quotes(doc), "We are not leaving."))).isEqualTo("Okafor");
  }

  @Test
  void participleAfterItsClause_speaksAsTheClauseSubject_evenWhenAttachedToTheObject() {
    String text = "Lindqvist visited the plant, saying it would close.";
    Document doc = one(text, "Lindqvist/NNP/2/nsubj visited/VBD/0/root/visit the/DT/4/det plant/NN/2/obj "
        + ",/,/4/punct saying/VBG/4/acl/say it/PRP/9/nsubj would/MD/9/aux close/VB/6/ccomp ./PUNCT/2/punct");
    assertThat(speaker(quote(quotes(doc), "it would close"))).isEqualTo("Lindqvist");
  }

  @Test
  void invertedSpeakerAfterAComma_butNotTheSubjectOfTheReportedClause() {
    Document inverted = one("The vote is lost, said a senior aide.",
        "The/DT/2/det vote/NN/4/nsubj is/VBZ/4/cop/be lost/JJ/0/root ,/,/4/punct said/VBD/4/parataxis/say "
            + "a/DT/9/det senior/JJ/9/amod aide/NN/6/obj ./PUNCT/4/punct");
    assertThat(speaker(quote(quotes(inverted), "The vote is lost"))).isEqualTo("a senior aide");
    Document plain = one("Moreau, a senator, said the bill is dead.",
        "Moreau/NNP/6/nsubj ,/,/1/punct a/DT/4/det senator/NN/1/appos ,/,/1/punct said/VBD/0/root/say "
            + "the/DT/8/det bill/NN/10/nsubj is/VBZ/10/cop/be dead/JJ/6/ccomp ./PUNCT/6/punct");
    assertThat(speaker(quote(quotes(plain), "the bill is dead"))).isEqualTo("Moreau");
  }

  @Test
  void parentheticalSpeaker_winsOverAParseThatMadeTheTopicTheSubject() {
    String text = "The plan, an aide said, is to wait.";
    Document doc = one(text, "The/DT/2/det plan/NN/6/nsubj ,/,/2/punct an/DT/5/det aide/NN/2/appos said/VBD/0/root/say "
        + ",/,/6/punct is/VBZ/10/cop/be to/TO/10/mark wait/VB/6/ccomp ./PUNCT/6/punct");
    assertThat(speaker(quote(quotes(doc), "is to wait"))).isEqualTo("an aide");
  }

  @Test
  void quoteEndingItsSentence_isNotFramedByTheNextSentence() {
    String text = "“It is over,” Moreau said. “We are done.” Okafor noted the date.";
    Document doc = one(text,
        "“/``/4/punct It/PRP/4/nsubj is/VBZ/4/cop/be over/RB/9/ccomp ,/,/4/punct ”/''/4/punct Moreau/NNP/9/nsubj "
            + "said/VBD/0/root/say ./PUNCT/9/punct",
        "“/``/4/punct We/PRP/4/nsubj are/VBP/4/cop/be done/JJ/0/root ./PUNCT/4/punct ”/''/4/punct",
        "Okafor/NNP/2/nsubj noted/VBD/0/root/note the/DT/4/det date/NN/2/obj ./PUNCT/2/punct");
    assertThat(speaker(quote(quotes(doc), "We are done."))).isEqualTo("Moreau");
  }

  @Test
  void paragraphOpeningWithANameAndAColon_givesTheQuoteToTheName() {
    String text = "Rep. Ana Ruiz (D-Ore.): “We need the votes.”";
    assertThat(ColonAttribution.find(text)).extracting(ColonAttribution.Line::speaker).containsExactly("Rep. Ana Ruiz");
    Document doc = one(text, "Rep./NNP/3/compound Ana/NNP/3/compound Ruiz/NNP/0/root (/-LRB-/5/punct D-Ore./NNP/3/appos "
        + ")/-RRB-/5/punct :/:/3/punct “/``/11/punct We/PRP/10/nsubj need/VBP/3/parataxis/need the/DT/12/det "
        + "votes/NNS/10/obj ./PUNCT/10/punct ”/''/10/punct");
    assertThat(speaker(quote(quotes(doc), "We need the votes."))).isEqualTo("Rep. Ana Ruiz");
  }

  @Test
  void stanceVerbs_attributeTheirInfinitiveObjectOrTopic_notAHearerOrAPassive() {
    Document doc = document(new String[] {"Moreau wants to run.", "Okafor endorsed Lindqvist.",
        "Ruiz pointed to the polls.", "Moreau told reporters.", "Okafor was asked about it."}, new String[][] {
            {"Moreau/NNP/2/nsubj wants/VBZ/0/root/want to/TO/4/mark run/VB/2/xcomp ./PUNCT/2/punct"},
            {"Okafor/NNP/2/nsubj endorsed/VBD/0/root/endorse Lindqvist/NNP/2/obj ./PUNCT/2/punct"},
            {"Ruiz/NNP/2/nsubj pointed/VBD/0/root/point to/IN/5/case the/DT/5/det polls/NNS/2/obl ./PUNCT/2/punct"},
            {"Moreau/NNP/2/nsubj told/VBD/0/root/tell reporters/NNS/2/obj ./PUNCT/2/punct"},
            {"Okafor/NNP/3/nsubj:pass was/VBD/3/aux:pass/be asked/VBN/0/root/ask about/IN/5/case it/PRP/3/obl "
                + "./PUNCT/3/punct"}});
    List<Quote> quotes = quotes(doc);
    assertThat(quotes).extracting(Quote::text, QuoteLookup::speaker).containsExactly(
        org.assertj.core.groups.Tuple.tuple("to run", "Moreau"),
        org.assertj.core.groups.Tuple.tuple("Lindqvist", "Okafor"),
        org.assertj.core.groups.Tuple.tuple("the polls", "Ruiz"));
  }

  @Test
  void attributionsDoNotNest_andHedgesHaveNoSource() {
    Document doc = document(new String[] {"Moreau said Okafor wants to run.", "Ruiz appears to lead."}, new String[][] {
        {"Moreau/NNP/2/nsubj said/VBD/0/root/say Okafor/NNP/4/nsubj wants/VBZ/2/ccomp/want to/TO/6/mark "
            + "run/VB/4/xcomp ./PUNCT/2/punct"},
        {"Ruiz/NNP/2/nsubj appears/VBZ/0/root/appear to/TO/4/mark lead/VB/2/xcomp ./PUNCT/2/punct"}});
    List<Quote> quotes = quotes(doc);
    assertThat(quotes).extracting(Quote::text, QuoteLookup::speaker).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Okafor wants to run", "Moreau"),
        org.assertj.core.groups.Tuple.tuple("to lead", "(none)"));
  }

  @Test
  void stanceInsideAHedge_goesWithIt_andDeclineWithoutInfinitiveAttributesNothing() {
    Document doc = document(new String[] {"Ruiz appears to back Okafor.", "Sales declined three percent."}, new String[][] {
        {"Ruiz/NNP/2/nsubj appears/VBZ/0/root/appear to/TO/4/mark back/VB/2/xcomp Okafor/NNP/4/obj ./PUNCT/2/punct"},
        {"Sales/NNS/2/nsubj/sale declined/VBD/0/root/decline three/CD/4/nummod percent/NN/2/obj ./PUNCT/2/punct"}});
    assertThat(quotes(doc)).extracting(Quote::text, QuoteLookup::speaker).containsExactly(
        org.assertj.core.groups.Tuple.tuple("to back Okafor", "(none)"));
  }

  @Test
  void quotedPhrase_takesTheSpeakerOfTheVerbItHangsFrom() {
    String text = "Lindqvist blamed the delay on “timid officials” in a speech.";
    Document doc = one(text, "Lindqvist/NNP/2/nsubj blamed/VBD/0/root/blame the/DT/4/det delay/NN/2/obj on/IN/8/case "
        + "“/``/8/punct timid/JJ/8/amod officials/NNS/2/obl ”/''/8/punct in/IN/12/case a/DT/12/det speech/NN/2/obl "
        + "./PUNCT/2/punct");
    assertThat(speaker(quote(quotes(doc), "timid officials"))).isEqualTo("Lindqvist");
  }

  @Test
  void relativePronounSpeaker_isNamedByItsAntecedent_foundWhereThePronounStands() {
    String text = "Okafor, who endorsed Ruiz, left.";
    Document doc = one(text, "Okafor/NNP/7/nsubj ,/,/1/punct who/WP/4/nsubj endorsed/VBD/1/acl:relcl/endorse "
        + "Ruiz/NNP/4/obj ,/,/1/punct left/VBD/0/root/leave ./PUNCT/7/punct");
    ActorRef speaker = quote(quotes(doc), "Ruiz").speaker().orElseThrow();
    assertThat(speaker.text()).isEqualTo("Okafor");
    assertThat(speaker.span().of(text)).isEqualTo("who");
  }

  @Test
  void possessedSpeechNoun_attributesItsTopicToThePossessor() {
    Document doc = one("Ruiz's call for a recount failed.", "Ruiz/NNP/3/nmod:poss 's/POS/1/case call/NN/7/nsubj/call "
        + "for/IN/6/case a/DT/6/det recount/NN/3/nmod failed/VBD/0/root/fail ./PUNCT/7/punct");
    assertThat(speaker(quote(quotes(doc), "a recount"))).isEqualTo("Ruiz");
  }

  @Test
  void participleModifyingANoun_speaksAsTheNoun() {
    Document doc = one("Polls showing a tie alarmed Okafor.", "Polls/NNS/5/nsubj/poll showing/VBG/1/acl/show "
        + "a/DT/4/det tie/NN/2/obj alarmed/VBD/0/root/alarm Okafor/NNP/5/obj ./PUNCT/5/punct");
    assertThat(speaker(quote(quotes(doc), "a tie"))).isEqualTo("Polls");
    Document statement = one("The town released a statement saying it erred.", "The/DT/2/det town/NN/3/nsubj "
        + "released/VBD/0/root/release a/DT/5/det statement/NN/3/obj saying/VBG/5/acl/say it/PRP/8/nsubj "
        + "erred/VBD/6/ccomp/err ./PUNCT/3/punct");
    assertThat(speaker(quote(quotes(statement), "it erred"))).isEqualTo("The town");
  }

  @Test
  void quotedPhrase_underAnyVerbWithASubject_isTheSubjects() {
    String text = "Moreau labeled the tax “a disaster” again.";
    Document doc = one(text, "Moreau/NNP/2/nsubj labeled/VBD/0/root/label the/DT/4/det tax/NN/2/obj "
        + "“/``/7/punct a/DT/7/det disaster/NN/2/xcomp ”/''/7/punct again/RB/2/advmod ./PUNCT/2/punct");
    assertThat(speaker(quote(quotes(doc), "a disaster"))).isEqualTo("Moreau");
  }

  @Test
  void speechVerbWithWordsOfItsOwn_doesNotAttributeTheClauseBeforeIt() {
    Document doc = one("He calls for cuts; she calls for growth.", "He/PRP/2/nsubj calls/VBZ/0/root/call for/IN/4/case "
        + "cuts/NNS/2/obl/cut ;/:/2/punct she/PRP/7/nsubj calls/VBZ/2/parataxis/call for/IN/9/case growth/NN/7/obl "
        + "./PUNCT/2/punct");
    assertThat(quotes(doc)).extracting(Quote::text).containsExactly("cuts", "growth");
  }

  @Test
  void indirectQuestion_isReportedContent() {
    Document doc = one("Ruiz asked voters if they would stay.", "Ruiz/NNP/2/nsubj asked/VBD/0/root/ask voters/NNS/2/obj "
        + "if/IN/7/mark they/PRP/7/nsubj would/MD/7/aux stay/VB/2/advcl ./PUNCT/2/punct");
    assertThat(speaker(quote(quotes(doc), "if they would stay"))).isEqualTo("Ruiz");
  }

  @Test
  void nameAfterASpeechVerb_isNoFallbackSpeaker() {
    Document doc = one("Police charged Lindqvist that he lied.", "Police/NNS/2/dep charged/VBD/0/root/charge "
        + "Lindqvist/NNP/2/obj that/IN/6/mark he/PRP/6/nsubj lied/VBD/2/ccomp/lie ./PUNCT/2/punct");
    assertThat(speaker(quote(quotes(doc), "he lied"))).isEqualTo("(none)");
  }

  @Test
  void mixedAndMistypedQuotationMarks_closeTheQuote() {
    String text = "\"We won,” Moreau said. “Not yet,“ she said.";
    assertThat(QuoteMarks.find(text)).extracting(p -> p.span().of(text)).containsExactly("We won,", "Not yet,");
  }

  @Test
  void paragraphEndingInAColon_introducesTheQuoteOpeningTheNext() {
    Document doc = document(new String[] {"Okafor then turned to the budget:", "“We cannot afford another year of cuts.”"},
        new String[][] {{"Okafor/NNP/3/nsubj then/RB/3/advmod turned/VBD/0/root/turn to/IN/6/case the/DT/6/det "
            + "budget/NN/3/obl :/:/3/punct"},
            {"“/``/3/punct We/PRP/3/nsubj cannot/MD/3/aux afford/VB/0/root another/DT/6/det year/NN/3/obj "
                + "of/IN/8/case cuts/NNS/6/nmod ./PUNCT/3/punct ”/''/3/punct"}});
    assertThat(speaker(quote(quotes(doc), "We cannot afford another year of cuts."))).isEqualTo("Okafor");
  }

  @Test
  void quoteFramedByAnyVerbAfterIt_takesThatVerbsSubject() {
    String text = "“People are tired of waiting,” he surmised.";
    Document doc = one(text, "“/``/3/punct People/NNS/3/nsubj are/VBP/4/cop tired/JJ/0/root of/IN/6/mark "
        + "waiting/VBG/4/advcl/wait ,/,/4/punct ”/''/4/punct he/PRP/10/nsubj surmised/VBD/4/parataxis/surmise "
        + "./PUNCT/4/punct");
    assertThat(speaker(quote(quotes(doc), "People are tired of waiting,"))).isEqualTo("he");
  }

  @Test
  void frameVerbTheTaggerCalledAPluralNoun_stillFramesTheQuote() {
    String text = "“Leave is unpaid,” the handbook states.";
    Document doc = one(text, "“/``/4/punct Leave/NN/4/nsubj is/VBZ/4/cop unpaid/JJ/0/root ,/,/4/punct "
        + "”/''/4/punct the/DT/9/det handbook/NN/9/compound states/NNS/4/dep/state ./PUNCT/4/punct");
    assertThat(speaker(quote(quotes(doc), "Leave is unpaid,"))).endsWith("handbook");
  }

  @Test
  void quotedPhraseInsideAnotherClause_isNotFramedByTheVerbAfterIt() {
    String text = "Moreau said he would “protect them,” the crowd applauded.";
    Document doc = one(text, "Moreau/NNP/2/nsubj said/VBD/0/root/say he/PRP/5/nsubj would/MD/5/aux "
        + "“/``/5/punct protect/VB/2/ccomp them/PRP/6/obj ,/,/6/punct ”/''/6/punct the/DT/11/det "
        + "crowd/NN/12/nsubj applauded/VBD/2/parataxis/applaud ./PUNCT/2/punct");
    assertThat(speaker(quote(quotes(doc), "protect them,"))).isEqualTo("Moreau");
  }

  @Test
  void participleAfterADay_speaksAsTheSubjectOfTheClauseBeforeIt() {
    String text = "The town released a statement Wednesday saying the plant will close.";
    Document doc = one(text, "The/DT/2/det town/NN/3/nsubj released/VBD/0/root/release a/DT/5/det "
        + "statement/NN/3/obj Wednesday/NNP/3/obl:tmod saying/VBG/3/dep/say the/DT/9/det plant/NN/11/nsubj "
        + "will/MD/11/aux close/VB/7/ccomp ./PUNCT/3/punct");
    assertThat(speaker(quote(quotes(doc), "the plant will close"))).isEqualTo("The town");
  }

  @Test
  void dayTheParserTookForTheSubject_givesWayToTheDatedNoun() {
    String text = "A court filing released Thursday says the charge was dropped.";
    Document doc = one(text, "A/DT/3/det court/NN/3/compound filing/NN/4/nsubj released/VBN/6/csubj/release "
        + "Thursday/NNP/4/obl:tmod says/VBZ/0/root/say the/DT/8/det charge/NN/10/nsubj:pass "
        + "was/VBD/10/aux:pass dropped/VBN/6/ccomp/drop ./PUNCT/6/punct");
    assertThat(speaker(quote(quotes(doc), "the charge was dropped"))).isEqualTo("A court filing");
  }

  @Test
  void dayParsedAsTheSubjectOfASpeechVerb_isNeverTheSpeaker() {
    String text = "Moreau resigned and on Friday wrote that the party had failed.";
    Document doc = one(text, "Moreau/NNP/2/nsubj resigned/VBD/0/root/resign and/CC/6/cc on/IN/5/case "
        + "Friday/NNP/6/nsubj wrote/VBD/2/conj/write that/IN/11/mark the/DT/9/det party/NN/11/nsubj "
        + "had/VBD/11/aux failed/VBN/6/ccomp/fail ./PUNCT/2/punct");
    assertThat(speaker(quote(quotes(doc), "the party had failed"))).isEqualTo("Moreau");
  }

  @Test
  void namesWithColonsInsideAParagraph_eachGiveTheQuoteAfterThem() {
    String text = "Both reject the plan. Moreau: “We will not sign it.” Okafor: “Neither will we.”";
    List<ColonAttribution.Line> lines = ColonAttribution.find(text);
    assertThat(lines).extracting(ColonAttribution.Line::speaker).containsExactly("Moreau", "Okafor");
    assertThat(lines.get(0).content().of(text)).doesNotContain("Okafor").contains("We will not sign it.");
  }

  @Test
  void reportConjoinedInsideAReportedClause_isItsOwnAttribution() {
    String text = "Moreau said the talks had failed and Okafor said they would resume.";
    Document doc = one(text, "Moreau/NNP/2/nsubj said/VBD/0/root/say the/DT/4/det talks/NNS/6/nsubj "
        + "had/VBD/6/aux failed/VBN/2/ccomp/fail and/CC/9/cc Okafor/NNP/9/nsubj said/VBD/6/conj/say "
        + "they/PRP/12/nsubj would/MD/12/aux resume/VB/9/ccomp ./PUNCT/2/punct");
    List<Quote> quotes = quotes(doc);
    assertThat(speaker(quote(quotes, "the talks had failed"))).isEqualTo("Moreau");
    assertThat(speaker(quote(quotes, "they would resume"))).isEqualTo("Okafor");
  }

  @Test
  void subjectOfAPassiveSpeechVerb_isTheHearerNotTheSpeaker() {
    String text = "Moreau was asked whether the talks would resume.";
    Document doc = one(text, "Moreau/NNP/3/nsubj:pass was/VBD/3/aux:pass asked/VBN/0/root/ask whether/IN/8/mark "
        + "the/DT/6/det talks/NNS/8/nsubj would/MD/8/aux resume/VB/3/ccomp ./PUNCT/3/punct");
    assertThat(speaker(quote(quotes(doc), "whether the talks would resume"))).isEqualTo("(none)");
  }

  @Test
  void passiveSpeechVerb_speaksThroughItsByPhrase() {
    String text = "It was announced by the ministry that the border would close.";
    Document doc = one(text, "It/PRP/3/nsubj:pass was/VBD/3/aux:pass announced/VBN/0/root/announce by/IN/6/case "
        + "the/DT/6/det ministry/NN/3/obl:agent that/IN/11/mark the/DT/9/det border/NN/11/nsubj "
        + "would/MD/11/aux close/VB/3/ccomp ./PUNCT/3/punct");
    assertThat(speaker(quote(quotes(doc), "the border would close"))).isEqualTo("the ministry");
  }

  @Test
  void frameAfterTheQuote_letsAPartyAndStateInBracketsFollowTheName() {
    String text = "“We will win,” Rep. Jane Okafor (D-Ohio) said.";
    Document doc = one(text, "“/``/4/punct We/PRP/4/nsubj will/MD/4/aux win/VB/0/root ,/,/4/punct ”/''/4/punct "
        + "Rep./NNP/9/compound Jane/NNP/9/compound Okafor/NNP/4/dep (/-LRB-/11/punct D-Ohio/NNP/13/nsubj "
        + ")/-RRB-/11/punct said/VBD/4/parataxis/say ./PUNCT/4/punct");
    assertThat(speaker(quote(quotes(doc), "We will win,"))).endsWith("Okafor");
  }

  @Test
  void pronounAfterANamedSubjectInItsSentence_standsForThatSubject() {
    Document doc = document(new String[] {"“We lost,” Okafor said.", "Moreau railed against what he calls the “city cartel”."},
        new String[][] {{"“/``/3/punct We/PRP/3/nsubj lost/VBD/0/root/lose ,/,/3/punct ”/''/3/punct "
            + "Okafor/NNP/7/nsubj said/VBD/3/parataxis/say ./PUNCT/3/punct"},
            {"Moreau/NNP/2/nsubj railed/VBD/0/root/rail against/IN/4/case what/WP/2/obl he/PRP/6/nsubj "
                + "calls/VBZ/4/acl:relcl/call the/DT/10/det “/``/10/punct city/NN/10/compound cartel/NN/6/obj "
                + "”/''/10/punct ./PUNCT/2/punct"}});
    Quote q = quote(quotes(doc), "city cartel");
    assertThat(speaker(q)).isEqualTo("Moreau");
    assertThat(q.speaker().orElseThrow().span().of(doc.text())).isEqualTo("he");
  }

  @Test
  void namedSubjectInsideTheQuotedWords_doesNotBindTheFramingPronoun() {
    Document doc = document(new String[] {"Okafor met the envoy.", "“The Syrians are confused,” he said."},
        new String[][] {{"Okafor/NNP/2/nsubj met/VBD/0/root/meet the/DT/4/det envoy/NN/2/obj ./PUNCT/2/punct"},
            {"“/``/5/punct The/DT/3/det Syrians/NNPS/5/nsubj are/VBP/5/cop confused/JJ/0/root/confused "
                + ",/,/5/punct ”/''/5/punct he/PRP/9/nsubj said/VBD/5/parataxis/say ./PUNCT/5/punct"}});
    // not the Syrians: "he" stands for the previous sentence's named subject (MainClauseSubjects)
    assertThat(speaker(quote(quotes(doc), "The Syrians are confused,"))).isEqualTo("Okafor");
  }
}
