package parley.core.quote;

import static parley.core.quote.TemporalSubjects.datedSubject;
import static parley.core.quote.TemporalSubjects.isTemporal;

import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * The pronoun or name right before a speech verb ("he has also said", "Suu Kyi, 70, said"), read
 * from the words when the parse gives no speaker.
 */
final class SubjectBeforeVerb {
  private SubjectBeforeVerb() {}

  /** Words between a subject and its verb: "he also said", "Smith has long argued". */
  private static final Set<String> AUXILIARY = Set.of("be", "have", "do", "also", "then", "later", "again", "long",
      "repeatedly", "often", "never", "not", "n't", "once", "previously", "recently", "still");

  /**
   * The pronoun or name the verb follows, past auxiliaries and adverbs and an aside between commas or dashes
   * ("Suu Kyi, 70, said"; "Hale — who no longer practices — told"; "he has also said"), or -1.
   */
  static int subjectBefore(Sentence sentence, int verb) {
    int t = verb - 1;
    while (t >= 0 && (AUXILIARY.contains(sentence.token(t).lemma()) || sentence.token(t).pos().equals("MD")
        || sentence.token(t).pos().startsWith("RB"))) {
      t--;
    }
    if (t > 0 && isClosingBracket(sentence.token(t))) {
      int open = t - 1;
      while (open > 0 && t - open <= 8 && !isOpeningBracket(sentence.token(open))) open--;
      if (!isOpeningBracket(sentence.token(open))) return -1;
      t = open - 1;
    }
    if (t > 0 && isDash(sentence.token(t))) {
      int open = t - 1;
      while (open > 0 && t - open <= LONGEST_ASIDE && !isDash(sentence.token(open))) open--;
      if (!isDash(sentence.token(open))) return -1;
      t = open - 1;
      return t >= 0 && (sentence.token(t).isProperNoun() || sentence.token(t).pos().equals("PRP")) ? t : -1;
    }
    if (t >= 0 && sentence.token(t).text().equals(",")) {
      int open = t - 1;
      while (open >= 0 && t - open <= LONGEST_ASIDE && !sentence.token(open).text().equals(",")) open--;
      if (open < 0 || !sentence.token(open).text().equals(",")) return -1;
      boolean openingName = open > 0 && sentence.token(open - 1).isProperNoun() && nameStarts(sentence, open - 1);
      if (t - open > 10 && !openingName) return -1;
      t = open - 1;
    }
    if (t < 0) return -1;
    Token token = sentence.token(t);
    if (isTemporal(token)) return datedSubject(sentence, t).map(SpeakerMention::head).orElse(-1);
    return token.pos().equals("PRP") || token.isProperNoun() ? t : -1;
  }

  /** A dash that opens or closes an aside: "Hale — who no longer practices — told the Tribune". */
  private static boolean isDash(Token t) {
    String w = t.text();
    return w.equals("—") || w.equals("--") || w.equals("–");
  }

  /** "Rep. Jane Doe (D-Ohio) said": a bracketed party and state may stand between a name and its verb. */
  private static boolean isClosingBracket(Token t) {
    return t.text().equals(")") || t.pos().equals("-RRB-");
  }

  private static boolean isOpeningBracket(Token t) {
    return t.text().equals("(") || t.pos().equals("-LRB-");
  }

  /**
   * The longest aside between a speaker and the verb: ten words, or more after a name that opens
   * the sentence ("Jorge Ruiz, a former foreign minister who is a critic of the president,
   * suggests ...").
   */
  private static final int LONGEST_ASIDE = 25;

  /** Whether the name ending at {@code last} opens its sentence (after an opening conjunction at most). */
  private static boolean nameStarts(Sentence sentence, int last) {
    int t = last;
    while (t > 0 && sentence.token(t - 1).isProperNoun()) t--;
    return t == 0 || t == 1 && sentence.token(0).pos().equals("CC");
  }
}
