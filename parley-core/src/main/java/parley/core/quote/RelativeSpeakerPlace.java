package parley.core.quote;

import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * A speaker named right before a relative pronoun whose clause holds the speech verb ("Beck, who has
 * long described Trump as ...", "centrists who said ...") speaks there through the pronoun: the
 * speaker keeps its name but stands where "who" stands, as "he" does for the name it stands for.
 * A verb after the clause has closed ("Trump, who is under fire, said ...") is the name's own.
 */
final class RelativeSpeakerPlace {
  private RelativeSpeakerPlace() {}

  private static final Set<String> RELATIVES = Set.of("who", "whom", "which", "that");

  /** Marks that close a relative clause before the verb, or stand outside it. */
  private static final Set<String> CLOSERS = Set.of(",", ";", ":", "--", "—", "–", "(", ")", "-LRB-", "-RRB-",
      "``", "''", "“", "”", "\"");

  /** The mention, placed at the relative pronoun whose clause holds {@code verb} when there is one. */
  static SpeakerMention at(Sentence sentence, int verb, SpeakerMention m) {
    if (m.kind() == SpeakerMention.Kind.PRONOUN || !sentence.token(verb).isVerb()) return m;
    int last = -1;
    for (Token t : sentence.tokens()) {
      if (t.span().end() == m.span().end()) last = t.index();
    }
    if (last < 0) return m;
    int r = last + 1;
    boolean comma = r < sentence.size() && sentence.token(r).text().equals(",");
    if (comma) r++;
    if (r >= verb || !RELATIVES.contains(sentence.token(r).lower())) return m;
    if (comma && sentence.token(r).lower().equals("that")) return m;
    for (int t = r + 1; t < verb; t++) {
      if (CLOSERS.contains(sentence.token(t).text()) || sentence.token(t).isVerb()
          && !isAuxiliary(sentence, t)) {
        return m;
      }
    }
    return new SpeakerMention(m.kind(), m.sentence(), m.head(), sentence.token(r).span(), m.text(), m.role());
  }

  /** "has", "would" before the clause's verb: no verb of its own. */
  private static boolean isAuxiliary(Sentence sentence, int t) {
    return sentence.head(t).map(a -> a.baseRelation().equals("aux") || a.baseRelation().equals("cop")).orElse(false)
        || sentence.token(t).pos().equals("MD");
  }
}
