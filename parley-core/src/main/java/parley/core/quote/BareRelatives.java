package parley.core.quote;

import static parley.core.quote.SpeakerMentions.mention;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Sentence;

/**
 * A speaker found as a bare "that" or "which" is not who speaks when a noun stands right before it:
 * a relative pronoun the parser left unhung ("a charity that advocates for ...", "the group, which
 * has endorsed ...") speaks as that noun, keeping the place where the pronoun stands. With no noun
 * before it ("That means ...") the word stays as found, the source as printed.
 */
final class BareRelatives {
  private BareRelatives() {}

  /** Relative pronouns that the parser may leave as a bare subject. */
  private static final Set<String> THING_PRONOUNS = Set.of("that", "which");

  /** Whether a speaker mention is such a bare "that", "which" or "this". */
  static boolean isBare(Sentence sentence, SpeakerMention m) {
    return m.kind() == SpeakerMention.Kind.ROLE && m.span().equals(sentence.token(m.head()).span())
        && THING_PRONOUNS.contains(sentence.token(m.head()).lower());
  }

  /** The noun a bare "that" or "which" stands for, where one stands right before it; any other mention as it is. */
  static Optional<SpeakerMention> repair(Sentence sentence, SpeakerMention m) {
    if (!isBare(sentence, m)) return Optional.of(m);
    // "the group, which has endorsed": only "which" is set off by a comma
    boolean which = sentence.token(m.head()).lower().equals("which");
    int noun = RelativeAntecedents.antecedent(sentence, m.head(), which);
    if (noun < 0) return Optional.of(m);
    SpeakerMention antecedent = mention(sentence, noun);
    return Optional.of(new SpeakerMention(antecedent.kind(), antecedent.sentence(), antecedent.head(), m.span(),
        antecedent.text(), antecedent.role()));
  }
}
