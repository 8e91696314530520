package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.quote.QuoteLookup.quote;
import static parley.core.quote.QuoteLookup.quoteWith;
import static parley.core.quote.QuoteLookup.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Quote;

/**
 * Attributions news text prints that the attributor once missed or gave to someone else, each in
 * sentences of our own with the parse a statistical parser gave them (wrong where it was wrong):
 * reported clauses the parser did not call clauses, quotes right after "said" without a comma,
 * a party and state in brackets after the speaker, quotes signed on a line of their own, quote
 * paragraphs after reported speech, and speech verbs beyond "say".
 */
class AttributionGrammarTest {
  private static List<Quote> quotes(String[] paragraphs, String[][] specs) {
    Document doc = Parses.paragraphs("grammar", paragraphs, specs);
    return new QuoteAttributor().apply(doc).quotes();
  }

  @Test
  void aClauseWithItsOwnSubject_hungOnSaidAsAnUnknownDependent_isWhatWasSaid() {
    List<Quote> quotes = quotes(new String[] {"But the farmers said there are good reasons to wait."}, new String[][] {{
        "But/CC/4/cc the/DT/3/det farmers/NNS/4/nsubj/farmer said/VBD/0/root/say there/EX/4/advmod are/VBP/10/cop/be "
            + "good/JJ/8/amod reasons/NNS/10/nsubj/reason to/TO/10/mark wait/VB/4/dep ./PUNCT/4/punct"}});
    Quote q = quoteWith(quotes, "reasons to wait");
    assertThat(q.direct()).isFalse();
    assertThat(speaker(q)).isEqualTo("the farmers");
  }

  @Test
  void aSmallClauseAfterSaid_isWhatWasSaid_aSubjectlessInfinitiveIsNot() {
    List<Quote> quotes = quotes(new String[] {
        "The mayor met Lopez in 2010, and Lopez said it’s one of his best memories.",
        "Ruiz is said to be ill."}, new String[][] {
        {"The/DT/2/det mayor/NN/3/nsubj met/VBD/0/root/meet Lopez/NNP/3/obj in/IN/6/case 2010/CD/3/obl ,/,/3/punct "
            + "and/CC/10/cc Lopez/NNP/10/nsubj said/VBD/3/conj/say it/PRP/13/nsubj ’s/POS/13/dep/'s one/CD/10/xcomp "
            + "of/IN/17/case his/PRP$/17/nmod:poss/he best/JJS/17/amod/good memories/NNS/13/nmod/memory ./PUNCT/3/punct"},
        {"Ruiz/NNP/4/nsubj:pass is/VBZ/4/aux:pass/be said/VBN/0/root/say to/TO/7/mark be/VB/7/cop ill/JJ/4/xcomp "
            + "./PUNCT/4/punct"}});
    assertThat(speaker(quote(quotes, "it’s one of his best memories"))).isEqualTo("Lopez");
    assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("ill"));
  }

  @Test
  void aQuoteRightAfterSaid_withoutAComma_isTheSubjectsWords() {
    List<Quote> quotes = quotes(new String[] {"In his answer, Reyes said “taxes” five times."}, new String[][] {{
        "In/IN/3/case his/PRP$/3/nmod:poss/he answer/NN/6/obl ,/,/6/punct Reyes/NNP/6/nsubj said/VBD/0/root/say "
            + "“/``/6/punct taxes/NNS/6/obj/tax ”/''/8/punct five/CD/11/nummod times/NNS/8/obl:tmod/time ./PUNCT/6/punct"}});
    assertThat(speaker(quote(quotes, "taxes"))).isEqualTo("Reyes");
  }

  @Test
  void aPartyAndStateInBracketsAfterTheName_standBetweenSpeakerAndVerb() {
    // The parser made the name the root and hung "said" on it: the name before the brackets speaks.
    List<Quote> quotes = quotes(new String[] {"Senator Jane Doe (D-Ohio) said “the bill is dead in the water.”"},
        new String[][] {{
            "Senator/NNP/3/compound Jane/NNP/3/compound Doe/NNP/0/root (/-LRB-/7/punct D/NNP/7/compound -/HYPH/7/punct "
                + "Ohio/NNP/3/appos )/-RRB-/7/punct said/VBD/3/dep/say “/``/9/punct the/DT/12/det bill/NN/14/nsubj "
                + "is/VBZ/14/cop/be dead/JJ/9/ccomp in/IN/17/case the/DT/17/det water/NN/14/obl ./PUNCT/9/punct "
                + "”/''/9/punct"}});
    assertThat(speaker(quoteWith(quotes, "the bill is dead"))).isEqualTo("Senator Jane Doe");
  }

  @Test
  void aQuoteSignedWithAHyphenOnALineOfItsOwn_isThatNamesWords() {
    List<Quote> quotes = quotes(new String[] {"\"Our farms pay no taxes at all.\"", "- Moreno.", "That is not so."},
        new String[][] {
            {"\"/``/3/punct Our/PRP$/2/nmod:poss/we farms/NNS/3/nsubj/farm pay/VBP/0/root no/DT/5/det taxes/NNS/3/obj/tax "
                + "at/IN/7/case all/DT/3/obl ./PUNCT/3/punct \"/''/3/punct"},
            {"-/:/2/punct Moreno/NNP/0/root ./PUNCT/2/punct"},
            {"That/DT/4/nsubj is/VBZ/4/cop/be not/RB/4/advmod so/RB/0/root ./PUNCT/4/punct"}});
    assertThat(speaker(quoteWith(quotes, "Our farms pay no taxes"))).isEqualTo("Moreno");
  }

  @Test
  void anUnattributedQuoteParagraphAfterReportedSpeech_isTheReportersWords() {
    List<Quote> quotes = quotes(new String[] {
        "Ortiz said the budget plan had failed.",
        "“We lost the vote, and now we start again.”"}, new String[][] {
        {"Ortiz/NNP/2/nsubj said/VBD/0/root/say the/DT/5/det budget/NN/5/compound plan/NN/7/nsubj had/VBD/7/aux/have "
            + "failed/VBN/2/ccomp/fail ./PUNCT/2/punct"},
        {"“/``/3/punct We/PRP/3/nsubj lost/VBD/0/root/lose the/DT/5/det vote/NN/3/obj ,/,/3/punct and/CC/10/cc "
            + "now/RB/10/advmod we/PRP/10/nsubj start/VBP/3/conj again/RB/10/advmod ./PUNCT/3/punct ”/''/3/punct"}});
    assertThat(speaker(quote(quotes, "the budget plan had failed"))).isEqualTo("Ortiz");
    assertThat(speaker(quoteWith(quotes, "We lost the vote"))).isEqualTo("Ortiz");
  }

  @Test
  void clarifying_isSpeaking() {
    List<Quote> quotes = quotes(new String[] {"A campaign aide later clarified that the senator misspoke."},
        new String[][] {{
            "A/DT/3/det campaign/NN/3/compound aide/NN/5/nsubj later/RB/5/advmod clarified/VBD/0/root/clarify "
                + "that/IN/9/mark the/DT/9/det senator/NN/9/compound misspoke/NN/5/ccomp ./PUNCT/5/punct"}});
    assertThat(speaker(quoteWith(quotes, "misspoke"))).isEqualTo("A campaign aide");
  }

  @Test
  void whatSomeoneIsExpectedToDo_isAnAttributionToNobody_aPerceptionIsNone() {
    List<Quote> quotes = quotes(new String[] {
        "The senator is widely expected to win the primary next week.",
        "Smith was seen leaving the building."}, new String[][] {
        {"The/DT/2/det senator/NN/5/nsubj:pass is/VBZ/5/aux:pass/be widely/RB/5/advmod expected/VBN/0/root/expect "
            + "to/TO/7/mark win/VB/5/xcomp the/DT/9/det primary/JJ/7/obj next/JJ/11/amod week/NN/7/obl:tmod "
            + "./PUNCT/5/punct"},
        {"Smith/NNP/3/nsubj:pass was/VBD/3/aux:pass/be seen/VBN/0/root/see leaving/VBG/3/dep/leave the/DT/6/det "
            + "building/NN/4/obj ./PUNCT/3/punct"}});
    Quote expected = quote(quotes, "The senator is widely expected to win the primary next week");
    assertThat(expected.speaker()).isEmpty();
    assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.contains("building"));
  }
}
