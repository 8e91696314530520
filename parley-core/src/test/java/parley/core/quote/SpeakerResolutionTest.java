package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.quote.QuoteLookup.quoteWith;
import static parley.core.quote.QuoteLookup.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Quote;

/**
 * Who speaks when the parse misleads (a gerund or a relative pronoun taken for a subject) and whom
 * "he" or "she" stands for: the latest person who spoke or was a main clause's named subject, of
 * the pronoun's sex when the article tells it. Sentences of our own, parses written as a statistical
 * parser gives them.
 */
class SpeakerResolutionTest {
  private static List<Quote> quotes(String[] paragraphs, String[][] specs) {
    return new QuoteAttributor().apply(Parses.paragraphs("resolution", paragraphs, specs)).quotes();
  }

  private static final String WE_WILL_WIN = "“/``/4/punct We/PRP/4/nsubj/we will/MD/4/aux win/VB/8/ccomp ,/,/4/punct "
      + "”/''/4/punct %s said/VBD/0/root/say ./././punct";

  @Test
  void heAfterANamedSubjectWhoDidNotSpeak_standsForThatSubject() {
    List<Quote> quotes = quotes(new String[] {"“We will win,” Cruz said.", "Carson defied the question.",
        "“I predict Denver,” he said."}, new String[][] {
        {String.format(WE_WILL_WIN, "Cruz/NNP/8/nsubj")},
        {"Carson/NNP/2/nsubj defied/VBD/0/root/defy the/DT/4/det question/NN/2/obj ./././punct"},
        {"“/``/3/punct I/PRP/3/nsubj/i predict/VBP/8/ccomp Denver/NNP/3/obj ,/,/3/punct ”/''/3/punct "
            + "he/PRP/8/nsubj said/VBD/0/root/say ./././punct"}});
    assertThat(speaker(quoteWith(quotes, "We will win"))).isEqualTo("Cruz");
    assertThat(speaker(quoteWith(quotes, "I predict Denver"))).isEqualTo("Carson");
  }

  @Test
  void sheSkipsALaterManNamedWithMr() {
    List<Quote> quotes = quotes(new String[] {"“We will win,” Mrs. Lane said.", "Mr. Ortiz defied the question.",
        "“I predict Denver,” she said."}, new String[][] {
        {"“/``/4/punct We/PRP/4/nsubj/we will/MD/4/aux win/VB/9/ccomp ,/,/4/punct ”/''/4/punct "
            + "Mrs./NNP/8/compound Lane/NNP/9/nsubj said/VBD/0/root/say ./././punct"},
        {"Mr./NNP/2/compound Ortiz/NNP/3/nsubj defied/VBD/0/root/defy the/DT/5/det question/NN/3/obj ./././punct"},
        {"“/``/3/punct I/PRP/3/nsubj/i predict/VBP/8/ccomp Denver/NNP/3/obj ,/,/3/punct ”/''/3/punct "
            + "she/PRP/8/nsubj said/VBD/0/root/say ./././punct"}});
    assertThat(speaker(quoteWith(quotes, "I predict Denver"))).isEqualTo("Mrs. Lane");
  }

  @Test
  void aGerundTheParserMadeASubject_isNoSpeaker() {
    List<Quote> quotes = quotes(new String[] {"Porter chastised Snyder for refusing to ask for help."}, new String[][] {
        {"Porter/NNP/2/nsubj chastised/VBD/0/root/chastise Snyder/NNP/2/obj for/IN/7/mark refusing/VBG/7/nsubj/refuse "
            + "to/TO/7/mark ask/VB/2/advcl for/IN/9/case help/NN/7/obl ./././punct"}});
    assertThat(quotes).extracting(QuoteLookup::speaker).doesNotContain("refusing");
    assertThat(speaker(quoteWith(quotes, "help"))).isEqualTo("Porter");
  }

  @Test
  void whoLeftAsABareSubject_speaksAsTheNameBeforeIt() {
    List<Quote> quotes = quotes(new String[] {"Clinton, who spoke to mayors, told leaders that the plan failed."},
        new String[][] {{"Clinton/NNP/8/dep ,/,/1/punct who/WP/8/nsubj spoke/VBD/8/advcl/speak to/IN/6/case "
            + "mayors/NNS/4/obl/mayor ,/,/4/punct told/VBD/0/root/tell leaders/NNS/8/obj/leader that/IN/13/mark "
            + "the/DT/12/det plan/NN/13/nsubj failed/VBD/8/ccomp/fail ./././punct"}});
    assertThat(speaker(quoteWith(quotes, "the plan failed"))).isEqualTo("Clinton");
  }

  @Test
  void aRelativeClauseHungOnADay_speaksThroughTheVerbsSubject() {
    List<Quote> quotes = quotes(new String[] {"Ruiz released a letter Friday that says the plan failed."},
        new String[][] {{"Ruiz/NNP/2/nsubj released/VBD/0/root/release a/DT/4/det letter/NN/2/obj "
            + "Friday/NNP/2/obl:tmod that/WDT/7/nsubj says/VBZ/5/acl:relcl/say the/DT/9/det plan/NN/10/nsubj "
            + "failed/VBD/7/ccomp/fail ./././punct"}});
    assertThat(speaker(quoteWith(quotes, "the plan failed"))).isEqualTo("Ruiz");
  }

  @Test
  void aParticipleAfterADash_speaksAsTheMainClausesSubject() {
    List<Quote> quotes = quotes(new String[] {"Rubio changed his pick – saying the Broncos would win."},
        new String[][] {{"Rubio/NNP/2/nsubj changed/VBD/0/root/change his/PRP$/4/nmod:poss/he pick/NN/2/obj "
            + "–/:/2/punct saying/VBG/4/acl/say the/DT/8/det Broncos/NNPS/9/nsubj would/MD/10/aux win/VB/6/ccomp "
            + "./././punct"}});
    assertThat(speaker(quoteWith(quotes, "the Broncos would win"))).isEqualTo("Rubio");
  }

  @Test
  void theObjectOfForcingToAddress_speaks() {
    List<Quote> quotes = quotes(new String[] {"The attack forced the candidates to address the threat."},
        new String[][] {{"The/DT/2/det attack/NN/3/nsubj forced/VBD/0/root/force the/DT/5/det candidates/NNS/3/obj/candidate "
            + "to/TO/7/mark address/VB/3/xcomp the/DT/9/det threat/NN/7/obj ./././punct"}});
    assertThat(speaker(quoteWith(quotes, "the threat"))).isEqualTo("the candidates");
  }

  @Test
  void aRelativeClauseWhoseOnlySubjectIsAVerb_hasItsNounForSubject() {
    String text = "The panel, which tracks voters, said that Ruiz leads.";
    parley.core.doc.Sentence s = Parses.sentence(text, 0, 0, "The/DT/2/det panel/NN/0/root ,/,/2/punct which/WDT/7/obj "
        + "tracks/VBZ/7/nsubj/track voters/NNS/5/obj/voter ,/,/7/punct said/VBD/2/acl:relcl/say that/IN/10/mark "
        + "Ruiz/NNP/10/nsubj leads/VBZ/7/ccomp/lead ./././punct");
    assertThat(ParsedSpeaker.speakerOf(s, 7)).map(SpeakerMention::text).contains("The panel");
  }

  @Test
  void heAfterAnUnnamedOfficialSpoke_standsForTheOfficial() {
    List<Quote> quotes = quotes(new String[] {"The plan will cost more, an official said.", "He said no date was set."},
        new String[][] {
            {"The/DT/2/det/the plan/NN/4/nsubj/plan will/MD/4/aux/will cost/VB/9/ccomp/cost more/JJR/4/obj/more "
                + ",/,/9/punct/, an/DT/8/det/a official/NN/9/nsubj/official said/VBD/0/root/say ././9/punct/."},
            {"He/PRP/2/nsubj/he said/VBD/0/root/say no/DT/4/det/no date/NN/6/nsubj:pass/date was/VBD/6/aux:pass/be "
                + "set/VBN/2/ccomp/set ././2/punct/."}});
    assertThat(speaker(quoteWith(quotes, "no date was set"))).isEqualTo("an official");
  }

  @Test
  void theyAfterUnnamedAnalystsSpoke_standsForTheAnalysts() {
    List<Quote> quotes = quotes(new String[] {"Prices rose, analysts said.", "They added that demand was weak."},
        new String[][] {
            {"Prices/NNS/2/nsubj/price rose/VBD/5/ccomp/rise ,/,/5/punct/, analysts/NNS/5/nsubj/analyst "
                + "said/VBD/0/root/say ././5/punct/."},
            {"They/PRP/2/nsubj/they added/VBD/0/root/add that/IN/6/mark/that demand/NN/6/nsubj/demand was/VBD/6/cop/be "
                + "weak/JJ/2/ccomp/weak ././2/punct/."}});
    assertThat(speaker(quoteWith(quotes, "demand was weak"))).isEqualTo("analysts");
  }

  @Test
  void theCompany_standsForTheCompanyLastNamed() {
    List<Quote> quotes = quotes(new String[] {"Greenvale Corp said it will build a plant.",
        "The company said work starts in May."}, new String[][] {
            {"Greenvale/NNP/2/compound/Greenvale Corp/NNP/3/nsubj/Corp said/VBD/0/root/say it/PRP/6/nsubj/it "
                + "will/MD/6/aux/will build/VB/3/ccomp/build a/DT/8/det/a plant/NN/6/obj/plant ././3/punct/."},
            {"The/DT/2/det/the company/NN/3/nsubj/company said/VBD/0/root/say work/NN/5/nsubj/work "
                + "starts/VBZ/3/ccomp/start in/IN/7/case/in May/NNP/5/obl/May ././3/punct/."}});
    assertThat(speaker(quoteWith(quotes, "work starts in May"))).isEqualTo("Greenvale Corp");
  }

  @Test
  void aNameTheParserJoinedAcrossAClosingQuoteMark_isTheSpeakerAlone() {
    List<Quote> quotes = quotes(new String[] {"“Judge,” Moreno said, “I did nothing wrong.”"}, new String[][] {
        {"“/``/5/punct Judge/NNP/5/compound ,/,/5/punct ”/''/5/punct Moreno/NNP/6/nsubj said/VBD/0/root/say "
            + ",/,/6/punct “/``/10/punct I/PRP/10/nsubj/i did/VBD/6/ccomp/do nothing/NN/10/obj/nothing "
            + "wrong/JJ/11/amod/wrong ././10/punct ”/''/10/punct"}});
    assertThat(speaker(quoteWith(quotes, "I did nothing wrong"))).isEqualTo("Moreno");
  }

  @Test
  void aNameTheParserRanBackOverADate_isTheProperNounsNextToItsHead() {
    List<Quote> quotes = quotes(new String[] {"In his March news conference Reagan told reporters the plan failed."},
        new String[][] {{"In/IN/5/case his/PRP$/5/nmod:poss/he March/NNP/6/compound news/NN/5/compound "
            + "conference/NN/7/obl Reagan/NNP/7/nsubj told/VBD/0/root/tell reporters/NNS/7/obj/reporter "
            + "the/DT/10/det plan/NN/11/nsubj failed/VBD/7/ccomp/fail ././7/punct"}});
    assertThat(speaker(quoteWith(quotes, "the plan failed"))).isEqualTo("Reagan");
  }
}
