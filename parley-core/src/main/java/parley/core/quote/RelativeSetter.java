package parley.core.quote;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;

/**
 * A relative pronoun subject ("resolution 678, which gave Iraq 45 days to leave", "the rebels, who
 * must leave by Friday") stands for the noun its clause modifies: an actor there, or one inside that
 * noun's phrase ("the Security Council resolution, which ..."); a document or decision with no actor
 * in its phrase is its author's, the subject of the verb that made it ("The council passed resolution
 * 678, which gave ...", "The union sent GM a letter which gives ..."); else nobody, never "which".
 */
final class RelativeSetter {
  private static final Set<String> RELATIVES = Set.of("which", "that", "who", "whom");
  private static final Set<String> AUTHORING = Set.of("pass", "adopt", "issue", "send", "approve", "deliver",
      "sign", "present", "announce", "publish", "write", "hand", "give", "serve", "unveil", "submit");

  private RelativeSetter() {}

  /** Whether {@code token} is a relative pronoun subject of a relative clause. */
  static boolean is(Sentence s, int token) {
    if (!RELATIVES.contains(s.token(token).lower()) || !s.token(token).pos().startsWith("W")) return false;
    return s.head(token).flatMap(a -> s.head(a.governor())).map(a -> a.relation().equals("acl:relcl")).orElse(false);
  }

  /** The actor the relative pronoun subject of {@code verb} stands for. */
  static Optional<ActorRef> of(Sentence s, int verb, DeadlineSentence sentence) {
    Optional<Arc> up = s.head(verb);
    if (up.isEmpty() || up.get().governor() < 0) return Optional.empty();
    int noun = up.get().governor();
    if (sentence.isActorAt(noun)) return Optional.of(sentence.actor(noun));
    Optional<ActorRef> inside = sentence.possessor(noun);
    if (inside.isPresent()) return inside;
    Optional<Arc> made = s.head(noun);
    if (made.isPresent() && made.get().governor() >= 0 && Set.of("obj", "iobj").contains(made.get().baseRelation())
        && AUTHORING.contains(s.token(made.get().governor()).lemma())) {
      return sentence.subject(made.get().governor());
    }
    return Optional.empty();
  }
}
