package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.Document;
import parley.core.doc.TimeExpression;

class TimeResolverTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 11, 10);
  private final TimeResolver resolver = new TimeResolver();

  private List<TimeExpression> times(String text, Optional<LocalDate> published) {
    return resolver.apply(Document.of("t", text, published)).times();
  }

  /** The value of the one expression containing {@code words}. */
  private String value(String text, String words) {
    return value(text, words, Optional.of(SUNDAY));
  }

  private String value(String text, String words, Optional<LocalDate> published) {
    List<TimeExpression> all = times(text, published);
    for (TimeExpression t : all) {
      assertThat(t.text()).isEqualTo(text.substring(t.span().start(), t.span().end()));
      if (t.text().contains(words)) return t.value().orElse("");
    }
    throw new AssertionError("no time expression with '" + words + "' in " + all);
  }

  @Test
  void weekdays_pastTenseGoesBack_futureAndNextGoForward() {
    assertThat(value("the adviser said on Sunday.", "Sunday")).isEqualTo("2019-11-10");
    assertThat(value("a diplomat said on Friday.", "Friday")).isEqualTo("2019-11-08");
    assertThat(value("They met Wednesday.", "Wednesday")).isEqualTo("2019-11-06");
    assertThat(value("They will meet next Friday.", "Friday")).isEqualTo("2019-11-15");
    assertThat(value("Talks will resume on Friday.", "Friday")).isEqualTo("2019-11-15");
  }

  @Test
  void months_yearEnds_andRelativePeriods() {
    assertThat(value("Kim Jong Un in April gave a deadline.", "April")).isEqualTo("2019-04");
    assertThat(value("a year-end deadline", "year-end")).isEqualTo("2019-12-31");
    assertThat(value("steps by the end of the year.", "end of the year")).isEqualTo("2019-12-31");
    assertThat(value("before the end of the year", "end of the year")).isEqualTo("2019-12-31");
    assertThat(value("a pact due to expire later this month.", "this month")).isEqualTo("2019-11");
    assertThat(value("He spoke this week.", "this week")).isEqualTo("2019-W45");
    assertThat(value("He spoke last week.", "last week")).isEqualTo("2019-W44");
    assertThat(value("Profits fell last year.", "last year")).isEqualTo("2018");
    assertThat(value("Elections are due next year.", "next year")).isEqualTo("2020");
    assertThat(value("It rose earlier this year.", "earlier this year")).isEqualTo("2019");
    assertThat(value("It rose this month.", "this month")).isEqualTo("2019-11");
    assertThat(value("It rose last month.", "last month")).isEqualTo("2019-10");
    assertThat(value("It will rise next month.", "next month")).isEqualTo("2019-12");
    assertThat(value("talks in October ended", "October")).isEqualTo("2019-10");
  }

  @Test
  void calendarDates() {
    assertThat(value("Hanoi, Vietnam February 28, 2019. REUTERS", "February 28")).isEqualTo("2019-02-28");
    assertThat(value("They met on Feb 28.", "Feb 28")).isEqualTo("2019-02-28");
    assertThat(value("They met on 28 February 2019.", "28 February")).isEqualTo("2019-02-28");
    assertThat(value("BRUSSELS, Aug. 22 (Reuters) - It said", "Aug. 22")).isEqualTo("2019-08-22");
    assertThat(value("It was founded in 1996.", "1996")).isEqualTo("1996");
    assertThat(value("It has ruled since 1991.", "1991")).isEqualTo("1991");
    assertThat(times("It has ruled since 1991.", Optional.of(SUNDAY)).get(0).text()).isEqualTo("since 1991");
    assertThat(value("popular in the 1990s", "1990s")).isEqualTo("199");
  }

  @Test
  void daysRelativeToPublication() {
    assertThat(value("They met two days ago.", "two days ago")).isEqualTo("2019-11-08");
    assertThat(value("They met yesterday.", "yesterday")).isEqualTo("2019-11-09");
    assertThat(value("They meet today.", "today")).isEqualTo("2019-11-10");
    assertThat(value("They meet tonight.", "tonight")).isEqualTo("2019-11-10TNI");
  }

  @Test
  void durationsQuartersSeasons() {
    assertThat(value("The talks went on for three days.", "three days")).isEqualTo("P3D");
    assertThat(value("Moon's five-year term", "five-year")).isEqualTo("P5Y");
    assertThat(value("served five years in prison", "five years")).isEqualTo("P5Y");
    assertThat(value("profit in the third quarter", "third quarter")).isEqualTo("2019-Q3");
    assertThat(value("the first quarter of 2018", "first quarter")).isEqualTo("2018-Q1");
    assertThat(value("a summit this summer", "this summer")).isEqualTo("2019-SU");
    assertThat(value("talks planned for the fall of 2020", "fall")).isEqualTo("2020-FA");
  }

  @Test
  void fallOfSomething_isNoSeason() {
    assertThat(times("Aid stopped after the fall of the old regime.", Optional.of(SUNDAY))).isEmpty();
    assertThat(times("Aid stopped after the collapse of the old regime in the fall.", Optional.of(SUNDAY)))
        .extracting(TimeExpression::text).containsExactly("in the fall");
  }

  @Test
  void badInput_noCrash() {
    assertThat(value("He met on February 30, 2019.", "February 30")).isEmpty();
    assertThat(value("He met on February 30.", "February 30")).isEmpty();
    assertThat(value("He met on Friday.", "Friday", Optional.empty())).isEmpty();
    assertThat(value("He met last year.", "last year", Optional.empty())).isEmpty();
    assertThat(value("He met on 2/3/19.", "2/3/19")).isEqualTo("2019-02-03");
    assertThat(value("He met on 2/3/19.", "2/3/19", Optional.empty())).isEmpty();
    assertThat(value("It was founded in 1996.", "1996", Optional.empty())).isEqualTo("1996");
    assertThat(times("", Optional.of(SUNDAY))).isEmpty();
    assertThat(times("May I ask? They march on.", Optional.of(SUNDAY))).isEmpty();
  }

  @Test
  void longText_everyRepeatFound() {
    String words = "the minister said on Friday that talks would continue ".repeat(60);
    List<TimeExpression> found = times(words, Optional.of(SUNDAY));
    assertThat(found).hasSize(60).allMatch(t -> t.value().equals(Optional.of("2019-11-08")));
  }

  @Test
  void seoulExample_allSpansMatchText() {
    String text = "SEOUL (Reuters) - The adviser said on Sunday, as a year-end North Korean deadline"
        + " approaches. Kim Jong Un in April gave the United States a year-end deadline.";
    for (TimeExpression t : times(text, Optional.of(SUNDAY))) {
      assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo(t.text());
    }
    assertThat(times(text, Optional.of(SUNDAY))).extracting(t -> t.value().orElse(""))
        .containsExactly("2019-11-10", "2019-12-31", "2019-04", "2019-12-31");
  }

  @Test
  void thisPastWeekAndWeekend_areTheOnesBeforePublication() {
    assertThat(value("The governor vetoed the bill this past week.", "past week")).isEqualTo("2019-W45");
    assertThat(value("The governor went fishing this past weekend.", "past weekend")).isEqualTo("2019-W45-WE");
    Optional<LocalDate> monday = Optional.of(LocalDate.of(2019, 11, 11));
    assertThat(value("The governor vetoed the bill this past week.", "past week", monday)).isEqualTo("2019-W45");
    assertThat(value("The governor went fishing this past weekend.", "past weekend", monday)).isEqualTo("2019-W45-WE");
    Optional<LocalDate> saturday = Optional.of(LocalDate.of(2019, 11, 16));
    assertThat(value("The governor went fishing this past weekend.", "past weekend", saturday)).isEqualTo("2019-W45-WE");
  }
}
