package parley.core.quote;

import java.util.List;
import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * "Critics call it a farce", "Sanders calls Clinton unqualified", "She called him a savage
 * grandpa": "call" with an object and a name or quality for it says that name of the object; the
 * object with its predicate is what is said. "Call" with a lone object ("she called him on
 * Friday") or an infinitive of purpose ("called him to discuss the budget") names its hearer, not
 * what is said.
 */
final class NamingCall {
  private NamingCall() {}

  static Optional<Span> at(Sentence sentence, int verb) {
    if (!sentence.token(verb).lemma().equals("call")) return Optional.empty();
    List<Arc> dependents = sentence.dependents(verb);
    Optional<Arc> obj = dependents.stream().filter(a -> a.relation().equals("obj") && a.dependent() > verb).findFirst();
    if (obj.isEmpty()) return Optional.empty();
    int object = obj.get().dependent();
    Optional<Arc> first = dependents.stream().filter(a -> a.relation().equals("iobj") && a.dependent() > verb).findFirst();
    Optional<Arc> predicate = dependents.stream()
        .filter(a -> a.baseRelation().equals("xcomp") && a.dependent() > object && !isInfinitive(sentence, a.dependent()))
        .findFirst();
    boolean named = first.isPresent() || predicate.isPresent() || sentence.dependents(object).stream()
        .anyMatch(a -> a.dependent() > object && (a.baseRelation().equals("amod") || a.relation().endsWith(":npmod")
            || isLooseName(sentence, a)));
    if (!named) return Optional.empty();
    Span span = ReportedSpeech.contentOf(sentence, object, -1);
    if (first.isPresent()) span = union(span, ReportedSpeech.contentOf(sentence, first.get().dependent(), -1));
    if (predicate.isPresent()) span = union(span, ReportedSpeech.contentOf(sentence, predicate.get().dependent(), -1));
    return Optional.of(span);
  }

  /**
   * "called climate change a hoax": the name with its article, hung on the object as an unknown
   * dependent; not a time ("called him a day later" is a modifier the parser names).
   */
  private static boolean isLooseName(Sentence sentence, Arc arc) {
    return arc.relation().equals("dep") && sentence.token(arc.dependent()).isNoun()
        && !SpeakerFinder.isTemporal(sentence.token(arc.dependent()))
        && sentence.dependents(arc.dependent()).stream().anyMatch(d -> d.baseRelation().equals("det")
            && (sentence.token(d.dependent()).lower().equals("a") || sentence.token(d.dependent()).lower().equals("an")));
  }

  /** "called him to discuss the budget": an infinitive of purpose, no name. */
  private static boolean isInfinitive(Sentence sentence, int head) {
    return sentence.dependents(head).stream()
        .anyMatch(a -> a.baseRelation().equals("mark") && sentence.token(a.dependent()).lower().equals("to"));
  }

  private static Span union(Span a, Span b) {
    return new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }
}
