package parley.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

class FileNameDateTest {
  private static ArticleSink sink(List<Document> read) {
    return new ArticleSink() {
      @Override
      public void accept(Document doc) {
        read.add(doc);
      }

      @Override
      public void reject(InputException problem) {
        throw problem;
      }
    };
  }

  @Test
  void anIsoDateInTheFileNameIsTheDate() {
    assertThat(FileNameDate.of("stories/lima-2021-03-04.txt")).contains(LocalDate.of(2021, 3, 4));
    assertThat(FileNameDate.of("2018-12-31_report.txt")).contains(LocalDate.of(2018, 12, 31));
  }

  @Test
  void noDate_aDateOnlyInTheFolder_orAnImpossibleDate_giveNone() {
    assertThat(FileNameDate.of("lima.txt")).isEmpty();
    assertThat(FileNameDate.of("2021-03-04/lima.txt")).isEmpty();
    assertThat(FileNameDate.of("lima-2021-13-40.txt")).isEmpty();
    assertThat(FileNameDate.of("id-12021-03-04.txt")).isEmpty();
  }

  @Test
  void plainTextReader_takesTheFileNameDateOverTheDefault() {
    List<Document> read = new ArrayList<>();
    new PlainTextReader(Optional.of(LocalDate.of(2000, 1, 1))).read(
        new ByteArrayInputStream("Title\n\nLIMA (Reuters) - Talks resumed.\n".getBytes(StandardCharsets.UTF_8)),
        "in/lima-2021-03-04.txt", sink(read));
    new PlainTextReader(Optional.of(LocalDate.of(2000, 1, 1))).read(
        new ByteArrayInputStream("Title\n\nTalks resumed.\n".getBytes(StandardCharsets.UTF_8)), "lima.txt", sink(read));
    assertThat(read).extracting(Document::published)
        .containsExactly(Optional.of(LocalDate.of(2021, 3, 4)), Optional.of(LocalDate.of(2000, 1, 1)));
  }
}
