package parley.core.quote;

import java.util.OptionalInt;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * "a Chicago Tribune report that ...", "A White House statement that ...": a name compounded before
 * a speech noun is whose words the noun holds, as a possessor is ("the Tribune's report that"); only
 * with a complement clause ("that the talks had failed"), not a relative one ("the Benghazi report
 * that found ...").
 */
final class CompoundSource {
  private CompoundSource() {}

  /** Nouns of written reports, whose possessor or compounded name is their source: "a Tribune report that". */
  private static final java.util.Set<String> REPORTS = java.util.Set.of("report", "story", "article", "editorial",
      "memo", "analysis", "study");

  static boolean isReport(String lemma) {
    return REPORTS.contains(lemma);
  }

  /** The head of the name compounded before {@code noun}, when there is one. */
  static OptionalInt of(Sentence sentence, int noun) {
    int source = -1;
    for (Arc arc : sentence.dependents(noun)) {
      if (arc.baseRelation().equals("compound") && arc.dependent() < noun && sentence.token(arc.dependent()).isProperNoun()) {
        source = Math.max(source, arc.dependent());
      }
    }
    return source < 0 ? OptionalInt.empty() : OptionalInt.of(SpeakerMentions.nameHead(sentence, source));
  }

  /** The complement clause of {@code noun} ("report that the talks had failed"), when it has a source compounded. */
  static OptionalInt clause(Sentence sentence, int noun) {
    if (of(sentence, noun).isEmpty()) return OptionalInt.empty();
    for (Arc arc : sentence.dependents(noun)) {
      if (!arc.baseRelation().equals("acl") && !arc.baseRelation().equals("ccomp")) continue;
      if (arc.relation().equals("acl:relcl")) continue;
      boolean that = sentence.dependents(arc.dependent()).stream().anyMatch(a -> a.baseRelation().equals("mark")
          && sentence.token(a.dependent()).lower().equals("that"));
      if (that) return OptionalInt.of(arc.dependent());
    }
    return OptionalInt.empty();
  }
}
