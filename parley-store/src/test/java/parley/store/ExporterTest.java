package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static parley.store.Fixtures.document;
import static parley.store.Fixtures.event;
import static parley.store.Fixtures.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
  @TempDir Path dir;
  DuckDbEventStore store;

  @BeforeEach
  void fill() {
    store = DuckDbEventStore.open(dir.resolve("x.duckdb"));
    store.write(List.of(
        document("a", story(1), "2019-11-10", "wire", event("a#e1", "USAGOV", "IGOUNOMIL", "0251", "2019-11-08")),
        document("b", story(2), "2019-11-11", "ap", event("b#e1", "USAGOV", "IGOUNOMIL", "020", "2019-11-09"),
            event("b#e2", "PRK", null, "190", "2019-11-11"))));
    store.merge(MergeSettings.defaults());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void gdelt_rowsHave61ColumnsInGdeltOrder() {
    StringWriter out = new StringWriter();
    long rows = new Exporter(store).write(Exporter.Format.gdelt, out);
    assertThat(rows).isEqualTo(2);
    String[] lines = out.toString().split("\n");
    String[] first = lines[0].split("\t", -1);
    assertThat(first).hasSize(61);
    assertThat(GdeltColumns.NAMES).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE").endsWith("DATEADDED", "SOURCEURL");
    assertThat(first[1]).isEqualTo("20191108");
    assertThat(first[2]).isEqualTo("201911");
    assertThat(first[5]).isEqualTo("USAGOV");
    assertThat(first[7]).isEqualTo("USA");
    assertThat(first[12]).isEqualTo("GOV");
    assertThat(first[15]).isEqualTo("IGOUNOMIL");
    assertThat(first[17]).isEmpty();
    assertThat(first[18]).isEqualTo("UNO");
    assertThat(first[22]).isEqualTo("MIL");
    assertThat(first[26]).isEqualTo("0251");
    assertThat(first[27]).isEqualTo("025");
    assertThat(first[28]).isEqualTo("02");
    assertThat(first[31]).isEqualTo("2");
    assertThat(first[33]).isEqualTo("2");
    assertThat(first[59]).matches("\\d{14}");
    assertThat(first[60]).isEqualTo("https://wire.example/a");
    assertThat(lines[1].split("\t", -1)).hasSize(61);
  }

  @Test
  void plover_recordsCarryIdDateActorsAndEventType() throws Exception {
    StringWriter out = new StringWriter();
    new Exporter(store).write(Exporter.Format.plover, out);
    JsonNode first = new ObjectMapper().readTree(out.toString().split("\n")[0]);
    assertThat(first.get("id").asText()).isEqualTo("a#e1");
    assertThat(first.get("date").asText()).isEqualTo("2019-11-08");
    assertThat(first.get("actor").get(0).get("code").asText()).isEqualTo("USA");
    assertThat(first.get("actor").get(0).get("sector").asText()).isEqualTo("GOV");
    assertThat(first.get("recipient").get(0).get("code").asText()).isEqualTo("IGO");
    assertThat(first.get("event").get(0).asText()).isEqualTo("COOPERATE");
    assertThat(first.get("mode")).isEmpty();
  }

  @Test
  void csvJsonlAndParquet_holdEveryEvent() throws Exception {
    StringWriter csv = new StringWriter();
    assertThat(new Exporter(store).write(Exporter.Format.csv, csv)).isEqualTo(3);
    assertThat(csv.toString().split("\n")[0]).startsWith("id,document_id,source_code");
    StringWriter jsonl = new StringWriter();
    new Exporter(store).write(Exporter.Format.jsonl, jsonl);
    assertThat(new ObjectMapper().readTree(jsonl.toString().split("\n")[2]).get("target_code").isNull()).isTrue();
    Path parquet = dir.resolve("events.parquet");
    assertThat(new Exporter(store).parquet(parquet)).isEqualTo(3);
    assertThat(EventMergerTest.rows(store, "SELECT count(*) FROM read_parquet('" + parquet + "')")).containsExactly("3");
    assertThatThrownBy(() -> new Exporter(store).write(Exporter.Format.parquet, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
