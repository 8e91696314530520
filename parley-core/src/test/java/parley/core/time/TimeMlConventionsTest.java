package parley.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.TimeExpression;

/** TIMEX3 conventions on what is a time expression and what it is worth, on sentences written for the test. */
class TimeMlConventionsTest {
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 2, 10);

  private static List<String> found(String text) {
    return found(text, Optional.of(PUBLISHED));
  }

  private static List<String> found(String text, Optional<LocalDate> published) {
    return TimeResolver.resolve(text, published, List.of()).stream()
        .map(t -> t.text() + " = " + t.value().orElse("")).toList();
  }

  @Test
  void soonAndShortly_linkingTwoEvents_areNoTimes() {
    assertThat(found("The envoy will leave as soon as the talks end.")).isEmpty();
    assertThat(found("The rebels withdrew soon after the truce was signed.")).isEmpty();
    assertThat(found("Shortly before the vote, the minister resigned.")).isEmpty();
    assertThat(found("Police arrived shortly after midnight."))
        .noneMatch(t -> t.startsWith("shortly"));
  }

  @Test
  void soonAndShortly_alone_stayFutureReferences() {
    assertThat(found("The court will rule soon.")).containsExactly("soon = FUTURE_REF");
    assertThat(found("Aid should arrive shortly.")).containsExactly("shortly = FUTURE_REF");
    assertThat(found("Talks must resume as soon as possible.")).containsExactly("soon = FUTURE_REF");
  }

  @Test
  void marchAndMay_beforeANoun_nameTheMonth() {
    assertThat(found("The March referendum will settle the matter.")).containsExactly("March = 2021-03");
    assertThat(found("Both parties lost seats in the May elections.")).containsExactly("May = 2021-05");
    // the verb and the modal stay out, and so does a march named after its route
    assertThat(found("Protesters march on the capital.")).isEmpty();
    assertThat(found("The March on the capital drew thousands.")).isEmpty();
    assertThat(found("The talks may resume.")).isEmpty();
  }
}
