package parley.core.quote;

import java.util.Optional;
import java.util.regex.Pattern;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Quote;
import parley.core.doc.Span;

/**
 * A deadline stated in a quotation is set by its speaker: "'Iraq must withdraw by January 15,' Bush
 * told reporters", "'We will give them until the end of the month to withdraw,' Ozal said". Applies when
 * the sentence names no setter, or only the speaker's "we"/"I", and the quotation holds the words of the
 * deadline (its setter's pronoun, else its addressee) and a demand (a bare mention of "the December
 * deadline" in a quotation is not set by its speaker).
 */
final class QuotedSetter {
  private static final Pattern FIRST_PERSON = Pattern.compile("(?i)we|i|us");

  private QuotedSetter() {}

  static FoundDeadline fill(Document doc, FoundDeadline found) {
    boolean pronoun = found.setter().map(a -> FIRST_PERSON.matcher(a.text()).matches()).orElse(false);
    if (found.setter().isPresent() && !pronoun) return found;
    // "The banks must repay the money by the December deadline, officials said": who mentions a known
    // deadline without a demand of its own did not set it
    if (found.demand().isEmpty()) return found;
    Optional<Span> words = pronoun ? found.setter().map(ActorRef::span) : found.addressee().map(ActorRef::span);
    if (words.isEmpty()) return found;
    for (Quote q : doc.quotes()) {
      if (q.speaker().isEmpty() || !q.span().contains(words.get()) || q.span().contains(q.speaker().get().span())) continue;
      // a reported clause ("They added the decision is designed ... ahead of the deadline, which ...") sets a
      // deadline for a named actor only; the words of a direct quotation are the speaker's own
      if (!q.direct() && found.addressee().flatMap(ActorRef::code).isEmpty()) continue;
      return found.withSetter(q.speaker(), found.set());
    }
    return found;
  }
}
