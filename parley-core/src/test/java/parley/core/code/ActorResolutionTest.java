package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.core.code.CoderFixture.asserted;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorMention;
import parley.core.doc.Document;
import parley.core.doc.Event;

/** Who the actors of a clause are when their words do not say: possessors, titles, pairs, relative pronouns. */
class ActorResolutionTest {

  private static Optional<String> codeAt(Document doc, int sentence, String word) {
    return doc.actors().stream()
        .filter(m -> m.sentence() == sentence && doc.sentences().get(sentence).token(m.head()).text().equals(word))
        .findFirst().flatMap(m -> m.actor().code());
  }

  private static List<ActorMention> mentionsAt(Document doc, int sentence, String word) {
    return doc.actors().stream()
        .filter(m -> m.sentence() == sentence && doc.sentences().get(sentence).token(m.head()).text().equals(word))
        .toList();
  }

  private static List<String> pairsIn(Document doc, int sentence) {
    return asserted(doc).stream().filter(e -> e.sentence() == sentence)
        .map(e -> e.source().code().orElse("?") + ">" + e.target().flatMap(t -> t.code()).orElse("?"))
        .distinct().toList();
  }

  @Test
  void apply_hisGovernmentAfterAnOfficialAsSubject_isTheOfficialsCountry() {
    Document doc = new CoderFixture("Kim Jong Un spoke. Pakistan's prime minister said his government asked Japan to help.")
        .sentence("Kim/NNP/4/nsubj Jong/NNP/1/flat Un/NNP/1/flat spoke/VBD/0/root/speak ./././punct")
        .sentence("Pakistan/NNP/4/nmod:poss 's/POS/1/case prime/JJ/4/amod minister/NN/5/nsubj said/VBD/0/root/say "
            + "his/PRP$/7/nmod:poss/he government/NN/8/nsubj asked/VBD/5/ccomp/ask Japan/NNP/8/obj to/TO/11/mark "
            + "help/VB/8/xcomp ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "government")).contains("PAKGOV");
  }

  @Test
  void apply_titledOfficialOfNoKnownCountry_speaksForTheCountryTheSentenceBeforeWasAbout() {
    Document doc = new CoderFixture("The United States criticised Iran. Ambassador Ann Varkonyi said Iran must stop.")
        .sentence("The/DT/3/det United/NNP/3/compound States/NNP/4/nsubj criticised/VBD/0/root/criticise "
            + "Iran/NNP/4/obj ./././punct")
        .sentence("Ambassador/NNP/3/compound Ann/NNP/3/compound Varkonyi/NNP/4/nsubj said/VBD/0/root/say "
            + "Iran/NNP/7/nsubj must/MD/7/aux stop/VB/4/ccomp ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "Varkonyi")).contains("USAGOV");
  }

  @Test
  void apply_titledOfficialAfterAnOfficialOfTheSameTitle_isThatOfficialsCountrys() {
    Document doc = new CoderFixture("Burundi's ambassador spoke. Ambassador Ann Varkonyi said Iran must stop.")
        .sentence("Burundi/NNP/3/nmod:poss 's/POS/1/case ambassador/NN/4/nsubj spoke/VBD/0/root/speak ./././punct")
        .sentence("Ambassador/NNP/3/compound Ann/NNP/3/compound Varkonyi/NNP/4/nsubj said/VBD/0/root/say "
            + "Iran/NNP/7/nsubj must/MD/7/aux stop/VB/4/ccomp ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "Varkonyi")).contains("BDIGOV");
  }

  @Test
  void apply_titledOfficialAfterASentenceAboutNoActor_staysUncoded() {
    Document doc = new CoderFixture("Rain fell. Ambassador Ann Varkonyi said Iran must stop.")
        .sentence("Rain/NN/2/nsubj fell/VBD/0/root/fall ./././punct")
        .sentence("Ambassador/NNP/3/compound Ann/NNP/3/compound Varkonyi/NNP/4/nsubj said/VBD/0/root/say "
            + "Iran/NNP/7/nsubj must/MD/7/aux stop/VB/4/ccomp ./././punct")
        .actors();
    assertThat(codeAt(doc, 1, "Varkonyi")).isEmpty();
  }

  @Test
  void code_peopleFromABodyWithFromOnTheVerb_areThatBodys() {
    Document doc = new CoderFixture("Georgian demonstrators received ministers from the Georgian government.")
        .sentence("Georgian/JJ/2/amod demonstrators/NNS/3/nsubj/demonstrator received/VBD/0/root/receive "
            + "ministers/NNS/3/obj/minister from/IN/8/case the/DT/8/det Georgian/JJ/8/amod government/NN/3/obl "
            + "./././punct")
        .code();
    assertThat(codeAt(doc, 0, "ministers")).contains("GEOGOV");
    assertThat(pairsIn(doc, 0)).contains("GEOOPP>GEOGOV");
  }

  @Test
  void apply_troopsWithdrawnFromAPlace_areNotThePlaces() {
    Document doc = new CoderFixture("Turkey withdrew troops from Syria.")
        .sentence("Turkey/NNP/2/nsubj withdrew/VBD/0/root/withdraw troops/NNS/2/obj/troop from/IN/5/case "
            + "Syria/NNP/2/obl ./././punct")
        .actors();
    assertThat(codeAt(doc, 0, "troops")).isEmpty();
  }

  @Test
  void code_theTwoSidesAfterACoordinatedPair_actAmongThemselves() {
    Document doc = new CoderFixture("Israel and Syria held talks. The two sides agreed to meet again.")
        .sentence("Israel/NNP/4/nsubj and/CC/3/cc Syria/NNP/1/conj held/VBD/0/root/hold talks/NNS/4/obj/talk ./././punct")
        .sentence("The/DT/3/det two/CD/3/nummod sides/NNS/4/nsubj/side agreed/VBD/0/root/agree to/TO/6/mark "
            + "meet/VB/4/xcomp again/RB/6/advmod ./././punct")
        .code();
    assertThat(mentionsAt(doc, 1, "sides")).extracting(m -> m.actor().code().orElse("?"))
        .containsExactlyInAnyOrder("ISR", "SYR");
    assertThat(pairsIn(doc, 1)).containsExactlyInAnyOrder("ISR>SYR", "SYR>ISR");
  }

  @Test
  void code_talksBetweenTheTwoSidesAfterAnAccusation_areBetweenAccuserAndAccused() {
    Document doc = new CoderFixture("Syria accused Israel. Talks between the two sides ended.")
        .sentence("Syria/NNP/2/nsubj accused/VBD/0/root/accuse Israel/NNP/2/obj ./././punct")
        .sentence("Talks/NNS/6/nsubj/talk between/IN/5/case the/DT/5/det two/CD/5/nummod sides/NNS/1/nmod/side "
            + "ended/VBD/0/root/end ./././punct")
        .code();
    assertThat(pairsIn(doc, 1)).hasSize(1).first().isIn("ISR>SYR", "SYR>ISR");
  }

  @Test
  void apply_theTwoSidesWithNoPairNamedBefore_nameNoActor() {
    Document doc = new CoderFixture("Israel criticised its army. The two sides agreed to meet again.")
        .sentence("Israel/NNP/2/nsubj criticised/VBD/0/root/criticise its/PRP$/4/nmod:poss/it army/NN/2/obj ./././punct")
        .sentence("The/DT/3/det two/CD/3/nummod sides/NNS/4/nsubj/side agreed/VBD/0/root/agree to/TO/6/mark "
            + "meet/VB/4/xcomp again/RB/6/advmod ./././punct")
        .code();
    assertThat(mentionsAt(doc, 1, "sides")).isEmpty();
  }

  @Test
  void code_whoAsSubjectOfARelativeClause_standsForTheNounItModifies() {
    Document doc = new CoderFixture("Putin, who criticised Iraq, met Erdogan.")
        .sentence("Putin/NNP/7/nsubj ,/,/1/punct who/WP/4/nsubj criticised/VBD/1/acl:relcl/criticise Iraq/NNP/4/obj "
            + ",/,/1/punct met/VBD/0/root/meet Erdogan/NNP/7/obj ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(CoderFixture::dyad).contains("RUSGOV>IRQ:111");
  }

  @Test
  void code_aMeetingWithCoordinatedPeople_meetsEachOfThem() {
    Document doc = new CoderFixture("Iran met Obama and Putin in Geneva.")
        .sentence("Iran/NNP/2/nsubj met/VBD/0/root/meet Obama/NNP/2/obj and/CC/5/cc Putin/NNP/3/conj "
            + "in/IN/7/case Geneva/NNP/2/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(Event::type).allMatch(t -> t.root().equals("04"));
    assertThat(pairsIn(doc, 0)).containsExactlyInAnyOrder("IRN>?", "IRN>RUSGOV");
  }

  @Test
  void code_condemningTwoActsOneDoneByAnActor_addressesThatActor() {
    Document doc = new CoderFixture("Iran condemned the aggression and the threats made by Israel.")
        .sentence("Iran/NNP/2/nsubj condemned/VBD/0/root/condemn the/DT/4/det aggression/NN/2/obj and/CC/7/cc "
            + "the/DT/7/det threats/NNS/4/conj/threat made/VBN/7/acl/make by/IN/10/case Israel/NNP/8/obl ./././punct")
        .code();
    assertThat(pairsIn(doc, 0)).contains("IRN>ISR");
  }

  @Test
  void code_supportOwnedByTheSourcesOwnCountry_isNotSupportForIt() {
    Document doc = new CoderFixture("Egypt's foreign ministry expressed Egypt's support for Saudi Arabia.")
        .sentence("Egypt/NNP/4/nmod:poss 's/POS/1/case foreign/JJ/4/amod ministry/NN/5/nsubj expressed/VBD/0/root/express "
            + "Egypt/NNP/8/nmod:poss 's/POS/6/case support/NN/5/obj for/IN/11/case Saudi/NNP/11/compound "
            + "Arabia/NNP/8/nmod ./././punct")
        .code();
    assertThat(pairsIn(doc, 0)).noneMatch(p -> p.endsWith(">EGY"));
  }

  @Test
  void code_anUncodedAgentActingAsACodedOfficial_isThatOfficial() {
    Document doc = new CoderFixture("Rabinovich, who as Israel's ambassador negotiated with Syria, left.")
        .sentence("Rabinovich/NNP/12/nsubj ,/,/1/punct who/WP/8/nsubj as/IN/7/case Israel/NNP/7/nmod:poss 's/POS/5/case "
            + "ambassador/NN/8/obl negotiated/VBD/1/acl:relcl/negotiate with/IN/10/case Syria/NNP/8/obl ,/,/1/punct "
            + "left/VBD/0/root/leave ./././punct")
        .code();
    assertThat(pairsIn(doc, 0)).contains("ISRGOV>SYR");
  }

  @Test
  void code_anUncodedAgentOfALightVerbActingAsACodedOfficial_isThatOfficial() {
    Document doc = new CoderFixture("Rabinovich, who as Israel's ambassador conducted negotiations with Syria, left.")
        .sentence("Rabinovich/NNP/13/nsubj ,/,/1/punct who/WP/8/nsubj as/IN/7/case Israel/NNP/7/nmod:poss 's/POS/5/case "
            + "ambassador/NN/8/obl conducted/VBD/1/acl:relcl/conduct negotiations/NNS/8/obj/negotiation with/IN/11/case "
            + "Syria/NNP/9/nmod ,/,/1/punct left/VBD/0/root/leave ./././punct")
        .code();
    assertThat(pairsIn(doc, 0)).contains("ISRGOV>SYR");
  }
  @Test
  void code_bothGovernmentsAfterAMinisterToldReporters_areTheStatesNamedBefore_notTheMinisterAndHerAudience() {
    Document doc = new CoderFixture("Chile urged Peru and Bolivia to talk. The Chilean minister told Chilean reporters that "
        + "both governments should show restraint.")
        .sentence("Chile/NNP/2/nsubj urged/VBD/0/root/urge Peru/NNP/2/obj and/CC/5/cc Bolivia/NNP/3/conj to/TO/7/mark "
            + "talk/VB/2/xcomp ./././punct")
        .sentence("The/DT/3/det Chilean/JJ/3/amod minister/NN/4/nsubj told/VBD/0/root/tell Chilean/JJ/6/amod "
            + "reporters/NNS/4/obj/reporter that/IN/11/mark both/DT/9/det governments/NNS/11/nsubj/government "
            + "should/MD/11/aux show/VB/4/ccomp restraint/NN/11/obj ./././punct")
        .code();
    assertThat(mentionsAt(doc, 1, "governments")).extracting(m -> m.actor().code().orElse("?"))
        .containsExactlyInAnyOrder("PER", "BOL");
  }
  @Test
  void code_anUncodedCriticCallingAClaimSomething_takesNoCountryFromTheName() {
    Document doc = new CoderFixture("The columnist ridiculed the claim as Stockholm syndrome.")
        .sentence("The/DT/2/det columnist/NN/3/nsubj ridiculed/VBD/0/root/ridicule the/DT/5/det claim/NN/3/obj "
            + "as/IN/8/case Stockholm/NNP/8/compound syndrome/NN/3/obl ./././punct")
        .code();
    assertThat(asserted(doc)).extracting(e -> e.source().code().orElse("?")).doesNotContain("SWE");
  }

  @Test
  void apply_bothMenAfterTwoCountries_nameNoActor() {
    Document doc = new CoderFixture("Georgia and Armenia held talks. Both men agreed to meet again.")
        .sentence("Georgia/NNP/4/nsubj and/CC/3/cc Armenia/NNP/1/conj held/VBD/0/root/hold talks/NNS/4/obj/talk ./././punct")
        .sentence("Both/DT/2/det men/NNS/3/nsubj/man agreed/VBD/0/root/agree to/TO/5/mark meet/VB/3/xcomp "
            + "again/RB/5/advmod ./././punct")
        .code();
    assertThat(mentionsAt(doc, 1, "men")).extracting(m -> m.actor().code().orElse("?")).doesNotContain("GEO", "ARM");
  }
}
