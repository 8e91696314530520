package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Codes PETRARCH2's validation records with PETRARCH2's own actor and agent dictionaries
 * ({@code --dictionaries}) and reports the agreement with the records' codings.
 */
class PetrarchCompatibilityIT {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
  private static final Path SHARED = Path.of(System.getProperty("parley.shared", ROOT.resolve("../shared").toString()));

  @Test
  void eval_withPetrarchDictionaries_codesTheValidationRecords() throws Exception {
    Path gold = SHARED.resolve("gold/petr2-gsr.jsonl");
    Path dictionaries = SHARED.resolve("petrarch/dictionaries");
    assumeTrue(Files.exists(gold) && Files.isDirectory(dictionaries), "shared PETRARCH data absent");
    CliRun run = CliRun.of("eval", "--gold", gold.toString(), "--dictionaries", dictionaries.toString(),
        "--format", "json", "--misses", "0");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode score = new ObjectMapper().readTree(run.out());
    System.out.printf("PETRARCH2 validation records with PETRARCH2 dictionaries: precision %.3f recall %.3f F1 %.3f%n",
        score.get("precision").asDouble(), score.get("recall").asDouble(), score.get("f1").asDouble());
    assertThat(score.get("documents").asInt()).isEqualTo(77);
    assertThat(score.get("matched").asInt()).isPositive();
  }

  @Test
  void code_missingDictionaryFolder_isOneLineError() {
    CliRun run = CliRun.of("code", "-", "--dictionaries", "/nonexistent/dicts");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().trim()).isEqualTo("parley: /nonexistent/dicts: not a dictionary folder");
  }
}
