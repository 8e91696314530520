package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.TimeExpression;

/** Times counted from the story's own last date, spoken years, and yearless dates near the anchor. */
class TimeAnaphoraTest {
  private final TimeResolver resolver = new TimeResolver();

  private String value(String text, String words, LocalDate published) {
    List<TimeExpression> all = resolver.apply(Document.of("t", text, Optional.of(published))).times();
    for (TimeExpression t : all) {
      if (t.text().contains(words)) return t.value().orElse("");
    }
    throw new AssertionError("no time expression with '" + words + "' in " + all);
  }

  @Test
  void aDayAfterAnEvent_isALength_notADayAfterPublication_andTheEventIsNotPartOfIt() {
    String text = "The U.N. urged Ethiopia and Sudan to return to talks, a day after Sudanese troops clashed.";
    assertThat(value(text, "a day", LocalDate.of(2021, 3, 4))).isEqualTo("P1D");
  }

  @Test
  void laterAndEarlier_countFromTheLastDateMentioned() {
    LocalDate published = LocalDate.of(1998, 10, 25);
    assertThat(value("The treaty was signed on March 3, 1990. Two days later, troops left.", "Two days later",
        published)).isEqualTo("1990-03-05");
    assertThat(value("Profit rose in the third quarter of 1989 from $3 million a year earlier.", "a year earlier",
        published)).isEqualTo("1988-Q3");
  }

  @Test
  void thatDayAndTheFollowingYear_referBack() {
    LocalDate published = LocalDate.of(2000, 1, 28);
    assertThat(value("He was elected in 1998. Later that year he resigned.", "that year", published))
        .isEqualTo("1998");
    assertThat(value("He was elected in 1998. The following year he resigned.", "following year", published))
        .isEqualTo("1999");
    assertThat(value("They met on Jan. 5, 1999. Earlier that day a bomb went off.", "that day", published))
        .isEqualTo("1999-01-05");
  }

  @Test
  void thePreviousAndTheFollowingWeekday_countFromTheDayLastNamed() {
    LocalDate published = LocalDate.of(2019, 11, 10);
    // Oct. 3, 2019 was a Thursday
    assertThat(value("The strike began on Oct. 3, 2019. Talks had collapsed the previous Friday.", "Friday", published))
        .isEqualTo("2019-09-27");
    assertThat(value("The strike began on Oct. 3, 2019. It ended the following Monday.", "Monday", published))
        .isEqualTo("2019-10-07");
    // without "the" it is last Friday, counted from publication (a Sunday)
    assertThat(value("The strike began on Oct. 3, 2019. Talks resumed previous Friday.", "Friday", published))
        .isEqualTo("2019-11-08");
  }

  @Test
  void spokenYears_centuriesAndDecadeWords() {
    LocalDate published = LocalDate.of(1998, 2, 27);
    assertThat(value("It happened in nineteen ninety-six.", "nineteen", published)).isEqualTo("1996");
    assertThat(value("By January nineteen ninety-seven it was over.", "January", published)).isEqualTo("1997-01");
    assertThat(value("by the year two thousand", "two thousand", published)).isEqualTo("2000");
    assertThat(value("art of the 20th century", "century", published)).isEqualTo("19");
    assertThat(value("music of the nineties", "nineties", published)).isEqualTo("199");
    assertThat(value("prices since mid-1996 rose", "1996", published)).isEqualTo("1996");
  }

  @Test
  void yearlessDate_pastTenseButMonthsAhead_isTheComingOne() {
    LocalDate published = LocalDate.of(1989, 10, 27);
    assertThat(value("The dividend is payable Dec. 7 to holders, the company said.", "Dec. 7", published))
        .isEqualTo("1989-12-07");
    assertThat(value("Sales rose in May, the company said.", "May", LocalDate.of(1989, 10, 27)))
        .isEqualTo("1989-05");
    // a past date weeks back stays in the story's year; "will be held on" it looks ahead (OwnFutureVerb)
    assertThat(value("Agents took the boy from the house on April 22.", "April 22", LocalDate.of(2000, 6, 1)))
        .isEqualTo("2000-04-22");
    assertThat(value("The vote will be held on April 22.", "April 22", LocalDate.of(2000, 6, 1)))
        .isEqualTo("2001-04-22");
  }

  @Test
  void untilThursday_theCueInsideTheExpressionDoesNotDecide() {
    assertThat(value("Until Thursday, the rebels had held the town, officials said.", "Thursday",
        LocalDate.of(1999, 5, 7))).isEqualTo("1999-05-06");
  }
}
