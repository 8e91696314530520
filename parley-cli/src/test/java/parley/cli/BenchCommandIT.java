package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Loads CoreNLP: an integration test. */
class BenchCommandIT {
  private static String fixture() throws URISyntaxException {
    return Path.of(BenchCommandIT.class.getResource("bench-stories.jsonl").toURI()).toString();
  }

  @Test
  void bench_jsonFormat_printsOneObjectWithPositiveFigures() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new String[] {"bench", "--input", fixture(), "--warmup", "1", "--threads", "2",
        "--format", "json"}, new PrintWriter(out, true), new PrintWriter(err, true));

    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("articles").asLong()).isEqualTo(3);
    for (String field : new String[] {"articles_per_s", "sentences_per_s", "tokens_per_s", "peak_heap_mb", "load_s"}) {
      assertThat(json.get(field).asDouble()).as(field).isPositive();
    }
    assertThat(json.get("events_per_s").asDouble()).isNotNegative();
    assertThat(json.get("threads").asInt()).isEqualTo(2);
    assertThat(json.get("cores").asInt()).isPositive();
    assertThat(json.get("jvm").asText()).isNotBlank();
    JsonNode stages = json.get("stages");
    for (String stage : new String[] {"reading", "nlp.tokenize+ssplit", "nlp.pos", "nlp.lemma", "nlp.depparse",
        "time", "actors", "events", "writing"}) {
      assertThat(stages.has(stage)).as(stage).isTrue();
    }
    assertThat(stages.get("nlp.depparse").asDouble()).isPositive();
    assertThat(json.get("stage_ms_per_article").get("nlp.depparse").asDouble())
        .isCloseTo(1000 * stages.get("nlp.depparse").asDouble() / 3, org.assertj.core.data.Offset.offset(0.2));
  }

  @Test
  void bench_textFormatWithLimit_reportsThroughputAndStages() throws Exception {
    StringWriter out = new StringWriter();
    int code = Main.execute(new String[] {"bench", "--input", fixture(), "--limit", "2", "--warmup", "0"},
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("coded        2 articles", "articles/s", "peak heap", "nlp.depparse", "model load",
        "ms/article");
  }

  @Test
  void bench_missingInput_failsWithOneLine() {
    StringWriter err = new StringWriter();
    int code = Main.execute(new String[] {"bench", "--input", "/no/such/corpus.jsonl"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

    assertThat(code).isNotEqualTo(ExitCodes.OK);
  }
}
