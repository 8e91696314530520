package parley.core.quote;

import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * "Smith called for eliminating the loophole", "she spoke about leaving the party": a speech or
 * stance verb's topic preposition before a gerund, which the parser hangs on the verb as an
 * adverbial clause marked by the preposition. The gerund's clause is what is said.
 */
final class TopicGerund {
  private TopicGerund() {}

  static Optional<Span> at(Sentence sentence, int verb, Arc arc, String lemma) {
    int gerund = arc.dependent();
    if (!arc.baseRelation().equals("advcl") || gerund <= verb || !sentence.token(gerund).pos().equals("VBG")) {
      return Optional.empty();
    }
    for (Arc d : sentence.dependents(gerund)) {
      boolean marker = d.baseRelation().equals("mark") || d.baseRelation().equals("case");
      if (!marker || d.dependent() != gerund - 1) continue;
      if (!SpeechVerbs.takesTopic(lemma, sentence.token(d.dependent()).lower())) return Optional.empty();
      Span clause = ReportedSpeech.contentOf(sentence, gerund, -1);
      return Optional.of(new Span(sentence.token(gerund).span().start(), clause.end()));
    }
    return Optional.empty();
  }
}
