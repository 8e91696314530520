package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: files in, the output contract out, through CoreNLP and the coders. */
class CodeCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final Path SHARED = Path.of(System.getProperty("parley.shared", ROOT.resolve("../shared").toString()));

  @TempDir Path dir;

  private static List<JsonNode> events(JsonNode doc, String mode) {
    List<JsonNode> out = new ArrayList<>();
    doc.get("events").forEach(e -> {
      if (e.get("mode").asText().equals(mode)) out.add(e);
    });
    return out;
  }

  private static boolean has(List<JsonNode> events, String source, String target, String root, String evidenceWord) {
    return events.stream().anyMatch(e -> e.get("source").get("code").asText("").startsWith(source)
        && e.get("target").get("code").asText("").startsWith(target)
        && e.get("root").asText().equals(root)
        && e.get("evidence").get("text").asText().contains(evidenceWord));
  }

  @Test
  void code_ourExampleStory_givesTheContractWithEvidence() throws Exception {
    CliRun run = CliRun.of("code", ROOT.resolve("examples/oslo-2021-03-04.txt").toString(), "--published", "2021-03-04");
    assertThat(run.exit()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("id").asText()).isEqualTo("oslo-2021-03-04");
    assertThat(doc.get("dateline").get("place").asText()).isEqualTo("OSLO");
    List<JsonNode> asserted = events(doc, "asserted");
    assertThat(has(asserted, "NOR", "ETH", "02", "urged")).isTrue();
    assertThat(has(asserted, "SDN", "ETH", "11", "accused")).isTrue();
    assertThat(has(asserted, "EGY", "SDN", "05", "signed")).isTrue();
    String text = doc.toString();
    for (JsonNode e : doc.get("events")) {
      JsonNode ev = e.get("evidence");
      assertThat(e.get("quad").asInt()).isBetween(1, 4);
      assertThat(e.get("date").asText()).startsWith("2021");
      assertThat(ev.get("start").asInt()).isLessThan(ev.get("end").asInt());
    }
    String story = Files.readString(ROOT.resolve("examples/oslo-2021-03-04.txt"), StandardCharsets.UTF_8);
    int credits = story.indexOf("Reporting by");
    assertThat(doc.get("events")).allSatisfy(e -> assertThat(e.get("evidence").get("start").asInt()).isLessThan(credits));
    assertThat(text).contains("\"times\"", "\"quotes\"", "\"deadlines\"");
  }

  @Test
  void code_seoulStory_meetsTheSpineIssue() throws Exception {
    Path seoul = SHARED.resolve("examples/seoul-2019-11-10.txt");
    assumeTrue(Files.exists(seoul), "shared example absent");
    CliRun run = CliRun.of("code", seoul.toString(), "--published", "2019-11-10", "--format", "jsonl");
    assertThat(run.exit()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    List<JsonNode> asserted = events(doc, "asserted");
    assertThat(has(asserted, "USA", "PRK", "02", "persuade North Korea")).isTrue();
    assertThat(has(asserted, "PRK", "KOR", "12", "rejected a South Korean offer of talks")).isTrue();
    assertThat(has(asserted, "JPN", "KOR", "16", "imposed export curbs")).isTrue();
    assertThat(has(asserted, "KOR", "JPN", "11", "blamed Japan")).isTrue();
    String story = Files.readString(seoul, StandardCharsets.UTF_8);
    int onlyIf = story.indexOf("Only if talks");
    int onlyIfEnd = story.indexOf('\n', onlyIf);
    int credits = story.indexOf("Reporting by");
    for (JsonNode e : asserted) {
      int start = e.get("evidence").get("start").asInt();
      assertThat(start < onlyIf || start > onlyIfEnd).as("no asserted event in the conditional sentence").isTrue();
      assertThat(start).isLessThan(credits);
      assertThat(story.substring(start, e.get("evidence").get("end").asInt())).isEqualTo(e.get("evidence").get("text").asText());
    }
  }

  @Test
  void code_badInputs_oneLineEachOthersCodedExitNonZero() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "Talks\n\nPeru criticised Chile on Monday.\n");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path json = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"x\",\"text\":\"Peru met Chile.\"}\n{oops\n");
    CliRun run = CliRun.of("code", empty.toString(), json.toString(), good.toString(), "--format", "table");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> l.startsWith("parley: "))).containsExactly(
        "parley: " + empty + ": empty input",
        "parley: " + json + ":2: malformed JSON: Unexpected character ('o' (code 111)): was expecting double-quote to start field name");
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(run.out()).contains("x  (published unknown", "good  (published unknown", "PER");
  }
}
