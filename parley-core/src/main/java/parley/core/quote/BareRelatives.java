package parley.core.quote;

import static parley.core.quote.SpeakerMentions.mention;
import static parley.core.quote.SpeakerMentions.nameHead;
import static parley.core.quote.TemporalSubjects.isTemporal;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * A speaker found as a bare "that" or "which" is never who speaks: a relative pronoun the parser
 * left unhung ("a charity that advocates for ...", "the group, which has endorsed ...") speaks as
 * the noun right before it; a demonstrative standing alone ("That means ...", "Did that mean ...")
 * is a thing, and nobody is then named as the speaker.
 */
final class BareRelatives {
  private BareRelatives() {}

  /** Pronouns that stand for a thing or a clause, never for a person by themselves. */
  private static final Set<String> THING_PRONOUNS = Set.of("that", "which", "this");

  /** Whether a speaker mention is such a bare "that", "which" or "this". */
  static boolean isBare(Sentence sentence, SpeakerMention m) {
    return m.kind() == SpeakerMention.Kind.ROLE && m.span().equals(sentence.token(m.head()).span())
        && THING_PRONOUNS.contains(sentence.token(m.head()).lower());
  }

  /** The mention a bare "that" or "which" stands for, or none; any other mention as it is. */
  static Optional<SpeakerMention> repair(Sentence sentence, SpeakerMention m) {
    if (!isBare(sentence, m)) return Optional.of(m);
    Token pronoun = sentence.token(m.head());
    if (!pronoun.pos().equals("WDT")) return Optional.empty();
    int t = m.head() - 1;
    if (t >= 0 && sentence.token(t).text().equals(",")) t--;
    if (t < 0) return Optional.empty();
    Token noun = sentence.token(t);
    if (!noun.isNoun() || isTemporal(noun)) return Optional.empty();
    SpeakerMention antecedent = mention(sentence, noun.isProperNoun() ? nameHead(sentence, t) : t);
    return Optional.of(new SpeakerMention(antecedent.kind(), antecedent.sentence(), antecedent.head(), m.span(),
        antecedent.text(), antecedent.role()));
  }
}
