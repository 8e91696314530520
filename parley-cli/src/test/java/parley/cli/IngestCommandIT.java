package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest with the real pipeline (CoreNLP), then stats, query and export on the same database. */
class IngestCommandIT {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void ingest_thenStatsQueryExport_andReingestAddsNothing() throws Exception {
    String fixture = Path.of(getClass().getResource("articles.jsonl").toURI()).toString();
    String db = dir.resolve("t.duckdb").toString();

    Run first = run("ingest", fixture, "--db", db, "--threads", "2", "--batch", "2");
    assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(first.err()).contains("articles.jsonl:3: malformed JSON")
        .contains("stored 4 articles").contains("skipped 1 already stored").contains("1 rejected inputs");

    Run stats = run("stats", "--db", db, "--format", "json");
    assertThat(stats.exit()).isZero();
    assertThat(stats.out()).contains("\"documents\":4").contains("\"rejected_inputs\":1")
        .contains("\"duplicate_documents\":1");
    long events = Long.parseLong(stats.out().replaceAll(".*\"events\":(\\d+).*\\s*", "$1"));

    Run again = run("ingest", fixture, "--db", db, "--threads", "2");
    assertThat(again.err()).contains("stored 0 articles").contains("skipped 5 already stored");
    assertThat(run("stats", "--db", db, "--format", "json").out()).contains("\"documents\":4")
        .contains("\"events\":" + events).contains("\"rejected_inputs\":1");

    Run query = run("query", "events", "--db", db, "--format", "csv", "--mode", "any");
    assertThat(query.exit()).isZero();
    assertThat(query.out().split("\n")).hasSize((int) events + 1);
    assertThat(run("query", "actors", "--db", db).exit()).isZero();
    assertThat(run("query", "dyad", "USA", "PRK", "--db", db, "--by", "week", "--format", "json").exit()).isZero();
    assertThat(run("query", "deadlines", "--db", db, "--due-after", "2019-01-01").exit()).isZero();

    Path gdelt = dir.resolve("events.tsv");
    assertThat(run("export", "--db", db, "--format", "gdelt", "--out", gdelt.toString()).exit()).isZero();
    for (String line : Files.readAllLines(gdelt)) assertThat(line.split("\t", -1)).hasSize(61);
    assertThat(run("export", "--db", db, "--format", "plover").exit()).isZero();
  }

  @Test
  void query_missingDatabase_saysSoInOneLine() {
    Run run = run("stats", "--db", dir.resolve("none.duckdb").toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().strip()).isEqualTo("parley: " + dir.resolve("none.duckdb") + ": no such database (run parley ingest first, or give --db)");
  }

  @Test
  void ingest_databaseUnderAFile_saysCannotWriteHereInOneLine() throws Exception {
    Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file");
    String db = notAFolder.resolve("parley.duckdb").toString();

    Run run = run("ingest", "-", "--db", db);

    assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err().strip())
        .isEqualTo("parley: " + db + ": cannot write here (" + notAFolder + " is a file, not a folder)");
    assertThat(Files.readString(notAFolder)).isEqualTo("a file");
  }
}
