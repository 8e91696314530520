package parley.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;

class PublishedDateTest {
  @Test
  void isoDatesAndTimestamps() {
    assertThat(PublishedDate.parse("2008-08-06")).contains(LocalDate.of(2008, 8, 6));
    assertThat(PublishedDate.parse("2008-08-06T10:15:00Z")).contains(LocalDate.of(2008, 8, 6));
  }

  @Test
  void compactEightAndSixDigitDates() {
    assertThat(PublishedDate.parse("20080806")).contains(LocalDate.of(2008, 8, 6));
    assertThat(PublishedDate.parse("121108")).contains(LocalDate.of(2012, 11, 8));
    assertThat(PublishedDate.parse("690101")).contains(LocalDate.of(2069, 1, 1));
    assertThat(PublishedDate.parse("961231")).contains(LocalDate.of(1996, 12, 31));
    assertThat(PublishedDate.parse("700101")).contains(LocalDate.of(1970, 1, 1));
  }

  @Test
  void noDay_orNoRealDay_givesNone() {
    assertThat(PublishedDate.parse("yesterday")).isEmpty();
    assertThat(PublishedDate.parse("081340")).isEmpty();
    assertThat(PublishedDate.parse("2008-02-30")).isEmpty();
    assertThat(PublishedDate.parse("12110")).isEmpty();
    assertThat(PublishedDate.parse("1211080")).isEmpty();
  }

  @Test
  void aJsonLineWithASixDigitDate_isDated() {
    Document doc = new JsonLinesReader(Optional.empty())
        .parseLine("{\"id\":\"a\",\"published\":\"121108\",\"text\":\"Talks began.\"}", "x.jsonl", 1);
    assertThat(doc.published()).contains(LocalDate.of(2012, 11, 8));
    assertThatThrownBy(() -> new JsonLinesReader(Optional.empty())
        .parseLine("{\"id\":\"a\",\"published\":\"someday\",\"text\":\"Talks began.\"}", "x.jsonl", 3))
        .isInstanceOf(InputException.class).hasMessageContaining("someday");
  }

  @Test
  void aBlankDate_isNoDate_andTheDefaultApplies() {
    Document none = new JsonLinesReader(Optional.empty())
        .parseLine("{\"id\":\"a\",\"published\":\" \",\"text\":\"Talks began.\"}", "x.jsonl", 1);
    assertThat(none.published()).isEmpty();
    Document dated = new JsonLinesReader(Optional.of(LocalDate.of(2019, 6, 12)))
        .parseLine("{\"id\":\"a\",\"published\":\"\",\"text\":\"Talks began.\"}", "x.jsonl", 1);
    assertThat(dated.published()).contains(LocalDate.of(2019, 6, 12));
  }
}
