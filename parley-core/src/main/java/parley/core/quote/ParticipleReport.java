package parley.core.quote;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * A report closing a clause as a participle after a comma: "The judge imposed a long sentence,
 * saying a tough penalty was needed", "The union rejected the offer, arguing that the raise was
 * too small". What follows the participle, when it is a clause with a finite verb of its own, is
 * what the subject of the clause before the comma says; the parser often hangs such clauses
 * wrongly (the participle as a marker, or as a clausal subject), so they are read from the words.
 * A participle with a hearer reports only through "that" ("telling reporters that ..."), and one
 * without a clause after it is no report (", adding to the confusion", ", saying goodbye").
 */
final class ParticipleReport {
  /** Parts of speech of a finite verb or modal. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /** The words reported and the subject token that says them (-1 when the parse names none). */
  record Report(Span content, int source) {}

  private ParticipleReport() {}

  static Optional<Report> at(Sentence sentence, int verb) {
    Token t = sentence.token(verb);
    if (!t.pos().equals("VBG") || verb < 2 || !sentence.token(verb - 1).text().equals(",")) return Optional.empty();
    if (!SpeechVerbs.isSpeech(t.lemma())) return Optional.empty();
    int first = verb + 1;
    if (first < sentence.size() && sentence.token(first).lower().equals("that")) first++;
    else if (SpeechVerbs.takesHearer(t.lemma())) return Optional.empty();
    int last = first - 1;
    boolean finite = false;
    for (int i = first; i < sentence.size(); i++) {
      String word = sentence.token(i).text();
      if (word.equals(";") || i == sentence.size() - 1 && word.matches("[.!?]")) break;
      finite |= FINITE.contains(sentence.token(i).pos());
      last = i;
    }
    if (!finite || last < first) return Optional.empty();
    while (last > first && sentence.token(last).pos().matches("[,.:]|``|''")) last--;
    return Optional.of(new Report(sentence.spanOf(first, last), subjectBefore(sentence, verb - 1)));
  }

  /** The subject of the clause that ends at the comma: of the root when it stands before, else the first one. */
  private static int subjectBefore(Sentence sentence, int comma) {
    int fallback = -1;
    for (Arc arc : sentence.arcs()) {
      if (!arc.relation().equals("nsubj") || arc.dependent() >= comma || arc.governor() >= comma || arc.governor() < 0) {
        continue;
      }
      boolean rootClause = sentence.head(arc.governor()).map(a -> a.governor() < 0 || a.baseRelation().equals("conj"))
          .orElse(true);
      if (rootClause) return arc.dependent();
      if (fallback < 0 || arc.dependent() < fallback) fallback = arc.dependent();
    }
    return fallback;
  }
}
