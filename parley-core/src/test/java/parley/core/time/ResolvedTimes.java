package parley.core.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;

/** The time values {@link TimeResolver} gives a test's text, read the ways the time tests compare them. */
final class ResolvedTimes {
  private ResolvedTimes() {}

  /** Each expression as "text = value" ("" for no value), text-only (no parse). */
  static List<String> listed(String text, LocalDate published) {
    return TimeResolver.resolve(text, Optional.of(published), List.of()).stream()
        .map(t -> t.text() + " = " + t.value().orElse("")).toList();
  }

  /** The value of the first expression whose text contains {@code words} ("" for none); fails when there is no such expression. */
  static String valueOf(String text, String words, LocalDate published, List<Sentence> parsed) {
    for (TimeExpression t : TimeResolver.resolve(text, Optional.of(published), parsed)) {
      if (t.text().contains(words)) return t.value().orElse("");
    }
    throw new AssertionError("no time expression with '" + words + "' in " + text);
  }
}
