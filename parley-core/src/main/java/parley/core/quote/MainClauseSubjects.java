package parley.core.quote;

import static parley.core.quote.SpeakerMentions.nameHead;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * The named subject of a sentence's main clause ("Carson defied the question.", "Clinton seemed
 * irritated:"), outside quoted words: the person a following "he said" or "she wrote" most likely
 * stands for, whether or not they spoke before. Subjects of clauses inside the main one ("said
 * having Putin treat him") are not the sentence's centre.
 */
final class MainClauseSubjects {
  private MainClauseSubjects() {}

  /** The head of the name that is the subject of the root or of a verb conjoined to it, or empty. */
  static OptionalInt find(Sentence sentence, List<Span> quotes) {
    List<Integer> clauses = new ArrayList<>();
    for (int t = 0; t < sentence.size(); t++) {
      int token = t;
      if (sentence.head(t).map(a -> a.governor() < 0).orElse(false)) clauses.add(token);
    }
    for (int root : List.copyOf(clauses)) {
      for (Arc arc : sentence.dependents(root)) {
        if (arc.baseRelation().equals("conj")) clauses.add(arc.dependent());
      }
    }
    for (int clause : clauses) {
      if (SpeakerFinder.inside(quotes, sentence.token(clause).span())) continue;
      for (Arc arc : sentence.dependents(clause)) {
        if (!arc.relation().equals("nsubj") && !arc.relation().equals("nsubj:pass")) continue;
        int subject = arc.dependent();
        if (!sentence.token(subject).isProperNoun() || SpeakerFinder.inside(quotes, sentence.token(subject).span())) continue;
        return OptionalInt.of(nameHead(sentence, subject));
      }
    }
    return OptionalInt.empty();
  }
}
