package parley.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import parley.core.doc.Sentence;
import parley.core.doc.Token;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.VerbLexicon;

/**
 * A cheap test on a tagged, lemmatised sentence, before it is parsed: can it hold an event? It can
 * when it is in a section that carries events, has a predicate the verb lexicon knows (a verb, or
 * an event noun, with the tag the event coder looks for), and has at least two actor-ish tokens
 * (a capitalised word, a pronoun, or a role word such as "government"), since an event needs a
 * source and a different target. A sentence that may introduce a person with a role (a role word
 * and a proper noun: "central bank president Francisco Gros") is parsed too, as the actor coder
 * remembers such people for later sentences. Sentences it turns down are not parsed. Immutable,
 * thread-safe.
 */
public final class EventCandidateFilter implements Predicate<Sentence> {
  private final VerbLexicon verbs;
  private final RoleLexicon roles;

  public EventCandidateFilter(VerbLexicon verbs, RoleLexicon roles) {
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.roles = Objects.requireNonNull(roles, "roles");
  }

  @Override
  public boolean test(Sentence sentence) {
    if (!sentence.section().carriesEvents()) return false;
    return hasPredicate(sentence) && actorish(sentence) >= 2 || introducesPerson(sentence);
  }

  /** A role word and a proper noun in one sentence. */
  boolean introducesPerson(Sentence sentence) {
    boolean role = false;
    boolean name = false;
    for (Token t : sentence.tokens()) {
      role |= t.isNoun() && roles.role(t.lemma()).isPresent();
      name |= t.isProperNoun();
      if (role && name) return true;
    }
    return false;
  }

  boolean hasPredicate(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (t.isVerb() && verbs.hasVerb(t.lemma())) return true;
      if (t.isNoun() && !verbs.forNoun(t.lemma()).isEmpty()) return true;
    }
    return false;
  }

  /** Capitalised words, pronouns and role words, counted up to two. */
  int actorish(Sentence sentence) {
    List<String> lower = new ArrayList<>(sentence.size());
    for (Token t : sentence.tokens()) lower.add(t.lower());
    int count = 0;
    for (int i = 0; i < sentence.size() && count < 2; i++) {
      Token t = sentence.token(i);
      boolean capitalised = !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
      if (capitalised || t.pos().startsWith("PRP") || roles.role(t.lemma()).isPresent()
          || roles.match(lower, i).isPresent()) {
        count++;
      }
    }
    return count;
  }
}
