package parley.core.quote;

import java.util.Optional;
import parley.core.doc.Document;
import parley.core.doc.Sentence;

/**
 * "Rep. Tom Gates (R-S.C.) said that ...": the sentence splitter may end a sentence at the period
 * of a party and state in brackets, leaving the speech verb to open the next sentence with no
 * subject. The name before the bracket, at the end of the sentence before, speaks.
 */
final class BracketSplitSpeaker {
  private BracketSplitSpeaker() {}

  /** The most characters from the opening bracket to the speech verb: "(R-S.C.) ". */
  private static final int LONGEST_BRACKET = 16;

  static Optional<SpeakerMention> before(Document doc, Sentence sentence, int verb) {
    if (sentence.index() == 0 || !sentence.token(verb).isVerb()) return Optional.empty();
    for (int t = 0; t < verb; t++) {
      if (Character.isLetterOrDigit(sentence.token(t).text().charAt(0))) return Optional.empty();
    }
    if (sentence.dependents(verb).stream().anyMatch(a -> a.baseRelation().startsWith("nsubj"))) return Optional.empty();
    Optional<Sentence> before = doc.sentences().stream().filter(x -> x.index() == sentence.index() - 1).findFirst();
    if (before.isEmpty()) return Optional.empty();
    Sentence previous = before.get();
    int open = -1;
    for (int t = previous.size() - 1; t >= 0; t--) {
      if (previous.token(t).text().equals("(")) {
        open = t;
        break;
      }
    }
    if (open < 1) return Optional.empty();
    int start = previous.token(open).span().start();
    if (sentence.token(verb).span().start() - start > LONGEST_BRACKET) return Optional.empty();
    if (doc.text().substring(start, sentence.token(verb).span().start()).indexOf('\n') >= 0) return Optional.empty();
    if (!previous.token(open - 1).isProperNoun()) return Optional.empty();
    return Optional.of(SpeakerMentions.mention(previous, SpeakerMentions.nameHead(previous, open - 1)));
  }
}
