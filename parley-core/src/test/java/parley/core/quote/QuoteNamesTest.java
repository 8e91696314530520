package parley.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import parley.core.doc.ActorRef;
import parley.core.doc.Quote;
import parley.core.doc.Span;

class QuoteNamesTest {
  @Test
  void roleSpeaker_takesTheNameGivenToTheRole_andNamesShareCodes() {
    String text = "The U.S. is trying, South Korea's national security adviser said. "
        + "It was serious, the adviser, Chung Eui-yong, told reporters.";
    Quote byRole = new Quote(Optional.of(ActorRef.of("KORGOV", "South Korea's national security adviser",
        new Span(20, 59))), "The U.S. is trying", new Span(0, 18), false);
    Quote byName = new Quote(Optional.of(new ActorRef(Optional.empty(), "Chung Eui-yong", new Span(90, 104))),
        "It was serious", new Span(67, 81), false);
    List<Quote> named = QuoteAttributor.named(text, List.of(byRole, byName));
    assertThat(named.get(0).speaker().get().text()).isEqualTo("Chung Eui-yong");
    assertThat(named.get(0).speaker().get().code()).contains("KORGOV");
    assertThat(named.get(1).speaker().get().code()).contains("KORGOV");
  }
}
