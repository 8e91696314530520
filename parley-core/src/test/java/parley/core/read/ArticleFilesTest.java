package parley.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.doc.Document;

class ArticleFilesTest {
  @TempDir Path dir;

  private static final class Collected implements ArticleSink {
    final List<Document> docs = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    @Override
    public void accept(Document doc) {
      docs.add(doc);
    }

    @Override
    public void reject(InputException problem) {
      problems.add(problem.oneLine());
    }
  }

  private Collected read(String... inputs) {
    Collected sink = new Collected();
    new ArticleFiles(Optional.empty()).readAll(List.of(inputs), new ByteArrayInputStream(new byte[0]), sink);
    return sink;
  }

  @Test
  void readAll_badInputs_oneLineEachAndTheGoodOnesStillRead() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "Headline\n\nBody text here.\n");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2, 0, 3});
    Path badUtf8 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Path emptyDir = Files.createDirectory(dir.resolve("nothing"));
    Collected sink = read(empty.toString(), binary.toString(), badUtf8.toString(), emptyDir.toString(),
        dir.resolve("missing.txt").toString(), good.toString());
    assertThat(sink.docs).extracting(Document::id).containsExactly("good");
    assertThat(sink.problems).hasSize(5);
    assertThat(sink.problems).anySatisfy(p -> assertThat(p).startsWith(empty + ": empty input"));
    assertThat(sink.problems).anySatisfy(p -> assertThat(p).startsWith(binary + ": binary input"));
    assertThat(sink.problems).anySatisfy(p -> assertThat(p).startsWith(badUtf8 + ":1: invalid UTF-8"));
    assertThat(sink.problems).anySatisfy(p -> assertThat(p).startsWith(emptyDir + ": folder holds no files"));
    assertThat(sink.problems).anySatisfy(p -> assertThat(p).endsWith("missing.txt: no such file or folder"));
  }

  @Test
  void readAll_jsonLinesWithAMalformedLine_reportsItsLineAndReadsTheRest() throws Exception {
    Path file = Files.writeString(dir.resolve("news.jsonl"),
        "{\"id\":\"a\",\"text\":\"First story.\",\"published\":\"2020-01-02\"}\n"
            + "{\"id\":\"b\",\"text\":\"Broken\n"
            + "{\"id\":\"c\",\"text\":\"Third story.\",\"title\":\"T\",\"url\":\"http://x\"}\n"
            + "{\"id\":\"d\"}\n");
    Collected sink = read(file.toString());
    assertThat(sink.docs).extracting(Document::id).containsExactly("a", "c");
    assertThat(sink.docs.get(0).published()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2020-01-02"));
    assertThat(sink.docs.get(1).url()).contains("http://x");
    assertThat(sink.problems).hasSize(2);
    assertThat(sink.problems.get(0)).startsWith(file + ":2: malformed JSON: Unexpected end-of-input");
    assertThat(sink.problems.get(1)).isEqualTo(file + ":4: no \"text\" field");
  }

  @Test
  void readAll_unclosedObject_errorIsOneLineWithoutJacksonsLocation() throws Exception {
    Path file = Files.writeString(dir.resolve("cut.jsonl"), "{\"id\":\"a\",\"text\":\"ok\"\n");
    Collected sink = read(file.toString());
    assertThat(sink.problems).containsExactly(
        file + ":1: malformed JSON: Unexpected end-of-input: expected close marker for Object");
  }

  @Test
  void readAll_folder_readsEveryFileInNameOrder() throws Exception {
    Files.writeString(dir.resolve("b.txt"), "B story\n\nText b.\n");
    Files.writeString(dir.resolve("a.txt"), "A story\n\nText a.\n");
    assertThat(read(dir.toString()).docs).extracting(Document::id).containsExactly("a", "b");
  }

  @Property(tries = 200)
  void parse_anyText_neverThrowsAndKeepsZonesInsideTheText(@ForAll String text) {
    if (text.isBlank()) return;
    Document doc = new PlainTextReader(Optional.empty()).parse(text, "x");
    assertThat(doc.zones()).allSatisfy(z -> assertThat(z.span().end()).isLessThanOrEqualTo(text.length()));
  }
}
