package parley.core.quote;

import static parley.core.quote.SpeakerMentions.nameHead;
import static parley.core.quote.TemporalSubjects.isTemporal;

import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * Who a relative pronoun stands for when the parser did not hang its clause on that noun: "Stumpf,
 * who was under questioning, ... to admit" (the clause hung elsewhere, "who" left as a bare subject)
 * speaks as the name right before "who"; "He released a letter Friday that says ..." (the clause
 * hung on the day) speaks through the subject of the verb the day belongs to, as a participle does
 * ("released a statement Friday saying ...").
 */
final class RelativeAntecedents {
  private RelativeAntecedents() {}

  /** Relative pronouns for people, whose antecedent is the noun right before them. */
  private static final Set<String> PERSONAL = Set.of("who", "whom");

  /**
   * The noun a personal relative pronoun follows (past one comma), the head of its name when a
   * name: "Stumpf, who", "the senator who"; -1 when the word before is no noun or names a time.
   */
  static int nounBefore(Sentence sentence, int relative) {
    if (!PERSONAL.contains(sentence.token(relative).lower())) return -1;
    return antecedent(sentence, relative, true);
  }

  /**
   * The noun right before a relative pronoun ({@code pastComma}: or before the comma that sets its
   * clause off), the head of its name when a name; -1 when that word is no noun or names a time.
   */
  static int antecedent(Sentence sentence, int relative, boolean pastComma) {
    int t = relative - 1;
    if (pastComma && t >= 0 && sentence.token(t).text().equals(",")) t--;
    if (t < 0) return -1;
    Token noun = sentence.token(t);
    if (!noun.isNoun() || isTemporal(noun)) return -1;
    return noun.isProperNoun() ? nameHead(sentence, t) : t;
  }
}
