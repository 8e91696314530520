package parley.core.quote;

import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * "As The Herald reported, the council broke the rules", "the plan failed, as Smith noted in his
 * book": a speech verb with a subject of its own, marked by "as" and saying nothing itself (no
 * clause or object: the caller checks), reports the clause it modifies, its subject speaking. A
 * progressive ("As she was speaking, ...") tells a time, not a source.
 */
final class AsReported {
  private AsReported() {}

  /** The reported clause of {@code verb}, when it is such an "as" attribution. */
  static Optional<Span> at(Sentence sentence, int verb) {
    if (!SpeechVerbs.isSpeech(sentence.token(verb).lemma()) || sentence.token(verb).pos().equals("VBG")) {
      return Optional.empty();
    }
    boolean as = false;
    boolean subject = false;
    for (Arc arc : sentence.dependents(verb)) {
      as |= arc.baseRelation().equals("mark") && sentence.token(arc.dependent()).lower().equals("as")
          && arc.dependent() < verb;
      subject |= arc.relation().equals("nsubj");
    }
    if (!as || !subject) return Optional.empty();
    return sentence.head(verb).filter(a -> a.baseRelation().equals("advcl") && a.governor() >= 0)
        .map(a -> ReportedSpeech.contentOf(sentence, a.governor(), verb));
  }
}
