package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.TimeExpression;

/** Stretches of time whose length goes untold, and days named by a place in them; sentences written for the test. */
class UntoldLengthTest {
  private static final LocalDate SUNDAY = LocalDate.of(2019, 11, 10);

  private static List<String> found(String text) {
    return TimeResolver.resolve(text, Optional.of(SUNDAY), List.of()).stream()
        .map(t -> t.text() + " = " + t.value().orElse("")).toList();
  }

  @Test
  void theYearsThatFollowed_isAStretchOfYears() {
    assertThat(found("In the years that followed, the rebels lost ground.")).containsExactly("In the years = PXY");
    assertThat(found("The town has changed over the years.")).containsExactly("over the years = PXY");
    assertThat(found("Hundreds were taken in the first hours of the offensive."))
        .containsExactly("in the first hours = PTXH");
    assertThat(found("Police think he hid the gun in the days before the attack.")).containsExactly("in the days = PXD");
    // "the years of" a named era and a plain plural noun stay out
    assertThat(found("He wrote about the years he spent abroad.")).isEmpty();
  }

  @Test
  void forCenturies_isAStretchOfCenturies() {
    assertThat(found("The tower stood over the harbour for centuries.")).containsExactly("for centuries = PXY");
  }

  @Test
  void unitsAgo_withoutANumber_pointBack() {
    assertThat(found("The firm, which just months ago was bankrupt, now thrives.")).contains("months ago = PAST_REF");
  }

  @Test
  void laterInTheDay_isThePublicationDay() {
    assertThat(found("The minister arrived in the capital later in the day.")).containsExactly("later in the day = 2019-11-10");
  }
}
