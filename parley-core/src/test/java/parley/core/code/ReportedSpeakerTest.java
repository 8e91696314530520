package parley.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

/** The subject pronoun of a reported clause stands for the speaker, not for the addressee named nearer to it. */
class ReportedSpeakerTest {

  private static Optional<String> codeAt(Document doc, String word) {
    return doc.actors().stream()
        .filter(m -> m.sentence() == 0 && doc.sentences().get(0).token(m.head()).text().equals(word))
        .findFirst().flatMap(m -> m.actor().code());
  }

  @Test
  void apply_itInAMessageSayingClause_isTheSenderNotTheAddressee() {
    Document doc = new CoderFixture("Norway sent Sweden a message saying it wanted to resume talks.")
        .sentence("Norway/NNP/2/nsubj sent/VBD/0/root/send Sweden/NNP/2/iobj a/DT/5/det message/NN/2/obj "
            + "saying/VBG/5/acl/say it/PRP/8/nsubj wanted/VBD/6/ccomp/want to/TO/10/mark resume/VB/8/xcomp "
            + "talks/NNS/10/obj/talk ./././punct")
        .actors();
    assertThat(codeAt(doc, "it")).contains("NOR");
  }

  @Test
  void apply_itInAClauseReportedByTell_isTheTeller() {
    Document doc = new CoderFixture("Norway told Sweden it would resume talks.")
        .sentence("Norway/NNP/2/nsubj told/VBD/0/root/tell Sweden/NNP/2/obj it/PRP/6/nsubj would/MD/6/aux "
            + "resume/VB/2/ccomp talks/NNS/6/obj/talk ./././punct")
        .actors();
    assertThat(codeAt(doc, "it")).contains("NOR");
  }

  @Test
  void apply_itInAReportedOrder_isTheAddressee() {
    Document doc = new CoderFixture("Norway told Sweden it must withdraw.")
        .sentence("Norway/NNP/2/nsubj told/VBD/0/root/tell Sweden/NNP/2/obj it/PRP/6/nsubj must/MD/6/aux "
            + "withdraw/VB/2/parataxis ./././punct")
        .actors();
    assertThat(codeAt(doc, "it")).contains("SWE");
  }

  @Test
  void apply_theyAfterAPluralSpeaker_isTheSpeakerNotTheSingularAddressee() {
    Document doc = new CoderFixture("Chadian rebels told the Sudanese army they would lay down their arms.")
        .sentence("Chadian/JJ/2/amod rebels/NNS/3/nsubj/rebel told/VBD/0/root/tell the/DT/6/det Sudanese/JJ/6/amod "
            + "army/NN/3/obj they/PRP/9/nsubj would/MD/9/aux lay/VB/3/ccomp down/RP/9/compound:prt "
            + "their/PRP$/12/nmod:poss/they arms/NNS/9/obj/arm ./././punct")
        .actors();
    assertThat(codeAt(doc, "they")).contains(codeAt(doc, "rebels").orElseThrow());
    assertThat(codeAt(doc, "they")).isNotEqualTo(codeAt(doc, "army"));
  }

  @Test
  void apply_itAfterAPluralSpeaker_isNotTheSpeaker() {
    Document doc = new CoderFixture("Chadian rebels told Norway it would resume talks.")
        .sentence("Chadian/JJ/2/amod rebels/NNS/3/nsubj/rebel told/VBD/0/root/tell Norway/NNP/3/obj "
            + "it/PRP/6/nsubj would/MD/6/aux resume/VB/3/ccomp talks/NNS/6/obj/talk ./././punct")
        .actors();
    assertThat(codeAt(doc, "it")).contains("NOR");
  }

  @Test
  void apply_heInAClauseReportedByTell_isTheTellerNotTheAddressee() {
    Document doc = new CoderFixture("Putin told Macron he would visit Paris.")
        .sentence("Putin/NNP/2/nsubj told/VBD/0/root/tell Macron/NNP/2/obj he/PRP/6/nsubj would/MD/6/aux "
            + "visit/VB/2/parataxis Paris/NNP/6/obj ./././punct")
        .actors();
    assertThat(codeAt(doc, "he")).isEqualTo(codeAt(doc, "Putin")).isPresent();
  }
  @Test
  void apply_itsInAClauseReportedByTell_isTheTellers() {
    Document doc = new CoderFixture("Norway told Sweden it would withdraw its troops from the border.")
        .sentence("Norway/NNP/2/nsubj told/VBD/0/root/tell Sweden/NNP/2/obj it/PRP/6/nsubj would/MD/6/aux "
            + "withdraw/VB/2/ccomp its/PRP$/8/nmod:poss troops/NNS/6/obj from/IN/11/case the/DT/11/det "
            + "border/NN/6/obl ./././punct")
        .actors();
    assertThat(codeAt(doc, "troops")).hasValueSatisfying(c -> assertThat(c).startsWith("NOR"));
    Document subject = new CoderFixture("Norway told Sweden that its troops would leave the border.")
        .sentence("Norway/NNP/2/nsubj told/VBD/0/root/tell Sweden/NNP/2/obj that/IN/8/mark its/PRP$/6/nmod:poss "
            + "troops/NNS/8/nsubj would/MD/8/aux leave/VB/2/ccomp the/DT/10/det border/NN/8/obj ./././punct")
        .actors();
    assertThat(codeAt(subject, "troops")).hasValueSatisfying(c -> assertThat(c).startsWith("NOR"));
  }

  @Test
  void apply_itsInAReportedOrder_isTheAddressees() {
    Document doc = new CoderFixture("Norway told Sweden it must withdraw its troops from the border.")
        .sentence("Norway/NNP/2/nsubj told/VBD/0/root/tell Sweden/NNP/2/obj it/PRP/6/nsubj must/MD/6/aux "
            + "withdraw/VB/2/ccomp its/PRP$/8/nmod:poss troops/NNS/6/obj from/IN/11/case the/DT/11/det "
            + "border/NN/6/obl ./././punct")
        .actors();
    assertThat(codeAt(doc, "troops")).hasValueSatisfying(c -> assertThat(c).startsWith("SWE"));
  }
  @Test
  void apply_passiveItInAMessageSayingClauseSetOffByCommas_isTheSender() {
    Document doc = new CoderFixture("Norway on Monday sent Sweden a message, via London, saying it was committed to peace.")
        .sentence("Norway/NNP/4/nsubj on/IN/3/case Monday/NNP/4/obl sent/VBD/0/root/send Sweden/NNP/4/iobj "
            + "a/DT/7/det message/NN/4/obj ,/,/4/punct via/IN/10/case London/NNP/4/obl ,/,/4/punct "
            + "saying/VBG/4/dep/say it/PRP/15/nsubj:pass was/VBD/15/aux:pass/be committed/VBN/12/ccomp/commit "
            + "to/IN/17/case peace/NN/15/obl ./././punct")
        .actors();
    assertThat(codeAt(doc, "it")).contains("NOR");
  }
}
