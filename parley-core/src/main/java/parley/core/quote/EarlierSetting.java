package parley.core.quote;

import java.util.Optional;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.time.ClauseLocator;

/**
 * A deadline whose setting the sentence tells in the past perfect ("A judge had ordered the department
 * to release the emails by the end of January, but ...") was set before the report: with no setting
 * date told, the report's date does not stand in for it. Stateless.
 */
final class EarlierSetting {
  private EarlierSetting() {}

  static FoundDeadline mark(Sentence s, FoundDeadline found) {
    if (found.set().isPresent() || found.setter().isEmpty()) return found;
    var span = found.setter().get().span();
    for (int i = 0; i < s.size(); i++) {
      if (!span.contains(s.token(i).span())) continue;
      Optional<Arc> arc = s.head(i);
      if (arc.isEmpty() || arc.get().governor() < 0 || !arc.get().baseRelation().equals("nsubj")) continue;
      int verb = arc.get().governor();
      if (s.token(verb).isVerb() && ClauseLocator.isPastPerfect(s, verb)) return found.setEarlier();
    }
    return found;
  }
}
