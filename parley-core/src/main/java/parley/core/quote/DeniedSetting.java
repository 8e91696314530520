package parley.core.quote;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * A deadline the text says was not set: "he did not give a deadline", "no deadline was established",
 * "officials denied that Britain had set a deadline of three weeks".
 */
final class DeniedSetting {
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> DENYING = Set.of("deny", "dismiss", "reject", "refute");

  private final Sentence s;

  DeniedSetting(Sentence s) {
    this.s = s;
  }

  /** Whether the verb setting the deadline noun (or -1: none) is negated or denied, or the noun says "no". */
  boolean denied(int noun, int settingVerb) {
    for (Arc arc : s.dependents(noun)) {
      if (arc.baseRelation().equals("det") && s.token(arc.dependent()).lower().equals("no")) return true;
    }
    if (settingVerb < 0) return false;
    for (Arc arc : s.dependents(settingVerb)) {
      if (NEGATIONS.contains(s.token(arc.dependent()).lower())) return true;
    }
    Optional<Arc> up = s.head(settingVerb);
    return up.isPresent() && up.get().governor() >= 0 && up.get().baseRelation().equals("ccomp")
        && DENYING.contains(s.token(up.get().governor()).lemma());
  }
}
