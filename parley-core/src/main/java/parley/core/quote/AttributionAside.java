package parley.core.quote;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/**
 * A speech verb printed as an aside to the words it reports, read from the words whatever the
 * parser made of them: "The plan, the mayor told me on Friday, is to wait." (inside the clause, set
 * off by commas) or "The road will close, the aide added in a statement." (after the clause). The
 * speaker is a short noun phrase between the opening mark and the verb ("the mayor", "he"), or
 * comes after the verb ("..., said a senior aide"); after the verb only a hearer, adverbs and
 * prepositional phrases may follow ("told me on Friday", "explained earlier in the hearing"),
 * never another verb or a clause. A participle ("His group, called the Fund, ...") is no aside;
 * a perfect is ("The plan, he has said, is ...").
 */
final class AttributionAside {
  /**
   * An aside: {@code open} is the mark before it, {@code close} the mark after it or the sentence's
   * size when it runs to the end; {@code speaker} the head of the noun phrase before the verb, or -1
   * when the speaker follows the verb.
   */
  record Aside(int open, int close, int speaker) {
    /**
     * Whether the aside closes the clause it reports: it ends the sentence ("..., the aide added.")
     * or another clause follows it ("..., lawmakers said Friday, as they ...").
     */
    boolean ends(Sentence sentence) {
      if (close + 1 < sentence.size() && sentence.token(close).text().equals(",")
          && NEXT_CLAUSE.contains(sentence.token(close + 1).lower())) {
        return true;
      }
      for (int t = close; t < sentence.size(); t++) {
        if (!CLOSING.contains(sentence.token(t).text())) return false;
      }
      return true;
    }
  }

  /** Words opening a clause of its own after an aside: "..., X said, as they ...". */
  private static final Set<String> NEXT_CLAUSE = Set.of("as", "while", "because", "after", "before", "when",
      "although", "though", "but", "and", "since", "until", "whereas");

  /** Marks that close the words an aside interrupts or follows. */
  private static final Set<String> BEFORE = Set.of(",", "''", "”", "\"", "’", "—", "--");

  /** Marks after an aside. */
  private static final Set<String> AFTER = Set.of(",", ".", ":", ";", "''", "”", "\"", "—", "--");

  /** What may end a sentence after an aside that closes it. */
  private static final Set<String> CLOSING = Set.of(".", "!", "?", "''", "”", "\"", "’", ")");

  /** Words that open a clause, which an aside never has after its verb: "told me that ...". */
  private static final Set<String> CLAUSE_OPENERS = Set.of("that", "if", "whether", "because", "as", "so");

  /** Auxiliaries between a speaker and the verb: "he has also said", "the aide would later add". */
  private static final Set<String> AUXILIARY = Set.of("be", "have", "do", "also", "later", "then", "again");

  /** The most words of a speaker phrase, and of what follows the verb before the closing mark. */
  private static final int LONGEST_PHRASE = 8;

  private AttributionAside() {}

  static Optional<Aside> find(Sentence sentence, int verb) {
    Token v = sentence.token(verb);
    if (!v.isVerb() || v.pos().equals("VBG") || verb < 2) return Optional.empty();
    int aux = verb - 1;
    while (aux > 0 && sentence.token(aux).pos().startsWith("RB")) aux--;
    if (v.pos().equals("VBN") && !sentence.token(aux).lemma().equals("have")) return Optional.empty();
    int close = verb + 1;
    for (; close < sentence.size() && !AFTER.contains(sentence.token(close).text()); close++) {
      Token t = sentence.token(close);
      if (close - verb > LONGEST_PHRASE || !followsVerb(t)) return Optional.empty();
    }
    if (BEFORE.contains(sentence.token(verb - 1).text())) {
      boolean speakerAfter = close > verb + 1 && SpeakerFinder.isInverted(sentence, verb);
      return speakerAfter ? Optional.of(new Aside(verb - 1, close, -1)) : Optional.empty();
    }
    int t = verb - 1;
    while (t >= 0 && (AUXILIARY.contains(sentence.token(t).lemma()) || sentence.token(t).pos().equals("MD")
        || sentence.token(t).pos().startsWith("RB"))) {
      t--;
    }
    int head = -1;
    for (; t >= 0 && !BEFORE.contains(sentence.token(t).text()); t--) {
      Token w = sentence.token(t);
      if (AsAside.opens(sentence, t) && head >= 0) {
        t--;
        break;
      }
      boolean nominal = w.isNoun() || w.pos().equals("PRP");
      boolean modifier = w.pos().equals("DT") || w.pos().startsWith("JJ") || w.pos().equals("PRP$")
          || w.pos().equals("CD") || w.pos().equals("POS") || w.pos().equals("HYPH") || AsAside.partOf(sentence, t, head);
      if (!nominal && !modifier || verb - t > LONGEST_PHRASE) return Optional.empty();
      if (nominal && head < 0) head = t;
    }
    if (t < 1 || head < 0) return Optional.empty();
    return Optional.of(new Aside(t, close, head));
  }

  /**
   * Whether the mark after the verb opens what the verb reports ("O'Neill said, “Not now.”", "Smith
   * said: the plan is dead"): then the verb frames what follows, it is no aside.
   */
  static boolean introducesQuote(Sentence sentence, int close) {
    if (close >= sentence.size()) return false;
    if (sentence.token(close).text().equals(":")) return true;
    for (int t = close; t < sentence.size() && t - close <= 1; t++) {
      if (sentence.token(t).pos().equals("``") || OPENING.contains(sentence.token(t).text())) return true;
    }
    return false;
  }

  /** Opening quotation marks. */
  private static final Set<String> OPENING = Set.of("“", "‘", "``");

  /** Words that may follow the verb of an aside: a hearer, adverbs, a prepositional phrase, a speaker. */
  private static boolean followsVerb(Token t) {
    if (CLAUSE_OPENERS.contains(t.lower()) || t.isVerb() || t.pos().equals("MD") || t.pos().equals("TO")) return false;
    String pos = t.pos();
    return t.isNoun() || pos.equals("PRP") || pos.equals("PRP$") || pos.equals("IN") || pos.equals("DT") || pos.equals("RP")
        || pos.startsWith("JJ") || pos.startsWith("RB") || pos.equals("CD") || pos.equals("POS") || pos.equals("HYPH");
  }
}
