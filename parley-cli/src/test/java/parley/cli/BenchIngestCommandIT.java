package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley bench ingest} with the real pipeline (CoreNLP) into a store. */
class BenchIngestCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static String fixture() throws URISyntaxException {
    return Path.of(BenchIngestCommandIT.class.getResource("bench-ingest-stories.jsonl").toURI()).toString();
  }

  @Test
  void benchIngest_json_countsWhatTheStoreHolds() throws Exception {
    String db = dir.resolve("bench.duckdb").toString();
    CliRun run = CliRun.of("bench", "ingest", "--input", fixture(), "--limit", "4", "--db", db, "--batch", "2",
        "--threads", "2", "--format", "json");

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("articles_read").asLong()).isEqualTo(4);
    assertThat(report.get("documents").asLong()).isEqualTo(3);
    assertThat(report.get("skipped").asLong()).isEqualTo(1);
    assertThat(report.get("rejected").asLong()).isZero();
    assertThat(report.get("store_batches").asLong()).isEqualTo(2);
    assertThat(report.get("database").asText()).isEqualTo(db);

    JsonNode stats = JSON.readTree(CliRun.of("stats", "--db", db, "--format", "json").out());
    assertThat(stats.get("documents").asLong()).isEqualTo(3);
    long events = report.get("events").asLong();
    assertThat(events).isPositive().isEqualTo(stats.get("events").asLong());

    for (String field : new String[] {"seconds", "documents_per_s", "events_per_s", "coding_cpu_s", "store_write_s",
        "store_events_per_s", "load_s"}) {
      assertThat(report.get(field).asDouble()).as(field).isPositive();
    }
    assertThat(report.get("store_write_cpu_s").asDouble()).isNotNegative();
    assertThat(report.get("merged_events").asLong()).isPositive();
    assertThat(report.get("coding_stages").has("nlp.depparse")).isTrue();
    assertThat(report.get("coding_stages").has("reading")).isFalse();
    double rate = report.get("events_per_s").asDouble();
    assertThat(rate).isCloseTo(events / report.get("seconds").asDouble(), org.assertj.core.data.Percentage.withPercentage(1));
  }

  @Test
  void benchIngest_text_intoATemporaryStore() throws Exception {
    CliRun run = CliRun.of("bench", "ingest", "--input", fixture(), "--limit", "2", "--threads", "1");

    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("database     temporary", "2 articles read, 2 stored", "documents/s",
        "store write", "documents/s on its own", "coding", "nlp.depparse");
  }

  @Test
  void benchIngest_missingInput_failsWithOneLine() {
    CliRun run = CliRun.of("bench", "ingest", "--input", dir.resolve("none.jsonl").toString());

    assertThat(run.exit()).isNotEqualTo(ExitCodes.OK);
    assertThat(run.err().strip()).contains("no such file or folder").doesNotContain("\n");
  }
}
