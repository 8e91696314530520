package parley.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;

/**
 * The date of an event named by a noun, told by a participle clause on that noun that says the event
 * was made or took place: "the invitation, made at their summit in November 1985", "the accord
 * reached in March", "a visit starting next Wednesday". A participle of another act ("the plan
 * criticised on Monday") dates that act, not the event. Stateless.
 */
final class NamedEventClause {
  /** Participles that say the named event was made, given or took place. */
  private static final Set<String> MAKING = Set.of("make", "issue", "extend", "deliver", "announce", "hold",
      "conduct", "take", "begin", "start", "open", "resume", "end", "conclude", "sign", "reach", "launch",
      "stage", "occur", "happen", "carry", "offer", "send", "pay", "agree");

  private NamedEventClause() {}

  static Optional<String> date(Sentence sentence, int noun, List<TimeExpression> dates) {
    if (sentence.token(noun).isVerb()) return Optional.empty();
    for (Arc arc : sentence.dependents(noun)) {
      if (!arc.baseRelation().equals("acl")) continue;
      int participle = arc.dependent();
      String pos = sentence.token(participle).pos();
      if (!pos.equals("VBN") && !pos.equals("VBG")) continue;
      if (!MAKING.contains(sentence.token(participle).lemma().toLowerCase(Locale.ROOT))) continue;
      Optional<String> attached = EventDater.attached(sentence, participle, dates);
      if (attached.isPresent()) return attached;
    }
    return Optional.empty();
  }
}
