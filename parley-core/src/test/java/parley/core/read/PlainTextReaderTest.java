package parley.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.Section;

class PlainTextReaderTest {
  private static final String STORY = "Ministers meet in Oslo\n\n"
      + "OSLO (Parley Wire) - Norway hosted talks on Monday.\n\n"
      + "Delegates arrive at the venue in Oslo, Norway March 1, 2021. REUTERS/Jane Doe\n\n"
      + "The talks ended late.\n\n"
      + "Reporting by A. Writer; Editing by B. Editor\n";

  private final Document doc = new PlainTextReader(Optional.of(LocalDate.of(2021, 3, 2))).parse(STORY, "oslo");

  @Test
  void parse_headlineIsTheTitleZone() {
    assertThat(doc.title()).contains("Ministers meet in Oslo");
    assertThat(doc.sectionAt(0)).isEqualTo(Section.TITLE);
  }

  @Test
  void parse_datelineGivesPlaceAndAgency() {
    assertThat(doc.dateline()).isPresent();
    assertThat(doc.dateline().get().place()).isEqualTo("OSLO");
    assertThat(doc.dateline().get().agency()).contains("Parley Wire");
    assertThat(doc.sectionAt(STORY.indexOf("OSLO ("))).isEqualTo(Section.DATELINE);
    assertThat(doc.sectionAt(STORY.indexOf("Norway hosted"))).isEqualTo(Section.BODY);
  }

  @Test
  void parse_captionAndCreditsAreKeptApartFromTheBody() {
    assertThat(doc.sectionAt(STORY.indexOf("Delegates arrive"))).isEqualTo(Section.CAPTION);
    assertThat(doc.sectionAt(STORY.indexOf("Reporting by"))).isEqualTo(Section.CREDIT);
    assertThat(doc.sectionAt(STORY.indexOf("The talks ended"))).isEqualTo(Section.BODY);
  }

  @Test
  void parse_offsetsAreIntoTheTextAsRead() {
    assertThat(doc.text()).isEqualTo(STORY);
    assertThat(doc.id()).isEqualTo("oslo");
    assertThat(doc.published()).contains(LocalDate.of(2021, 3, 2));
  }

  @Test
  void parse_nameWithAcronymOpeningTheStory_isNotADateline() {
    Document story = new PlainTextReader(Optional.of(LocalDate.of(2021, 3, 2)))
        .parse("Aid agency at work\n\nThe Northern Relief Agency (NRA) has sent food to the valley.\n", "nra");
    assertThat(story.dateline()).isEmpty();
    assertThat(story.sectionAt(story.text().indexOf("The Northern"))).isEqualTo(Section.BODY);
  }

  @Test
  void parse_capitalisedPlaceAndAgencyWithoutDash_isADateline() {
    Document story = new PlainTextReader(Optional.of(LocalDate.of(2021, 3, 2)))
        .parse("Talks\n\nOSLO (Parley Wire) Norway hosted talks.\n", "oslo2");
    assertThat(story.dateline()).map(d -> d.place()).contains("OSLO");
  }

  @Test
  void parse_placeBeforeAHorizontalBar_isADateline() {
    Document story = new PlainTextReader(Optional.of(LocalDate.of(2016, 9, 16)))
        .parse("Talks\n\nWASHINGTON \u2015 Sen. Jane Roe said the talks would resume.\n", "bar");
    assertThat(story.dateline()).map(d -> d.place()).contains("WASHINGTON");
  }
}
