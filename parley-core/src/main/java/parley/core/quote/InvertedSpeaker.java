package parley.core.quote;

import static parley.core.quote.SpeakerMentions.mention;
import static parley.core.quote.SpeakerMentions.nameHead;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/** The speaker printed after the speech verb: "..., said a senior aide", "“...” said Smith". */
final class InvertedSpeaker {
  private InvertedSpeaker() {}

  /** Marks after which a verb comes before its subject: "..., said Smith", "“...” said Smith". */
  private static final Set<String> BEFORE_INVERSION = Set.of(",", "''", "”", "\"", "’");

  /**
   * Verbs printed before their speaker ("..., said Smith"; "..., wrote the board"; "“Why?” wondered
   * Smith", whose object is then no words said); not verbs whose
   * object is a hearer or a target ("..., telling Reuters", "..., quotes Bible").
   */
  private static final Set<String> INVERTING = Set.of("say", "add", "write", "tweet", "note", "explain",
      "continue", "argue", "insist", "declare", "recall", "conclude", "reply", "respond", "warn", "state",
      "observe", "joke", "report", "remark", "claim", "acknowledge", "concede", "predict", "agree", "post",
      "wonder", "quip", "muse", "retort", "exclaim", "boast", "complain", "lament");

  /** Words after "said" that say when, not who: "..., said Tuesday". */
  static final Set<String> NOT_SPEAKERS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "that", "this", "in", "on", "at");

  /**
   * "The plan, an aide said, ..." is read by the parser, but "The plan is dead, said a senior aide"
   * often is not: a speech verb right after a comma or closing mark, followed by a noun phrase
   * ("said Jim Smith", "said a source close to the campaign", "said the report"), speaks as that
   * phrase, unless the phrase is the subject of the reported clause ("Smith, a senator, said the
   * bill is dead").
   */
  /** Whether a speech verb comes before its speaker: "..., said a senior aide". */
  static boolean isInverted(Sentence sentence, int verb) {
    Token v = sentence.token(verb);
    return verb > 0 && INVERTING.contains(v.lemma()) && !v.pos().equals("VBG") && !v.pos().equals("VBN")
        && BEFORE_INVERSION.contains(sentence.token(verb - 1).text()) && !SubjectAcrossAppositive.has(sentence, verb);
  }

  static Optional<SpeakerMention> invertedSpeaker(Sentence sentence, int verb) {
    if (verb == 0 || verb + 1 >= sentence.size() || !INVERTING.contains(sentence.token(verb).lemma())) return Optional.empty();
    if (SubjectAcrossAppositive.has(sentence, verb)) return Optional.empty();
    if (sentence.token(verb).pos().equals("VBG") || sentence.token(verb).pos().equals("VBN")) return Optional.empty();
    if (!BEFORE_INVERSION.contains(sentence.token(verb - 1).text())) return Optional.empty();
    int t = verb + 1;
    while (t < sentence.size() && (sentence.token(t).pos().equals("DT") || sentence.token(t).pos().startsWith("JJ")
        || sentence.token(t).pos().equals("PRP$") || sentence.token(t).pos().equals("CD"))) {
      if (NOT_SPEAKERS.contains(sentence.token(t).lower())) return Optional.empty();
      t++;
    }
    if (t >= sentence.size() || NOT_SPEAKERS.contains(sentence.token(t).lower())) return Optional.empty();
    Token first = sentence.token(t);
    boolean pronoun = first.pos().equals("PRP") && t == verb + 1;
    if (!first.isNoun() && !pronoun) return Optional.empty();
    while (!pronoun && t + 1 < sentence.size() && !NOT_SPEAKERS.contains(sentence.token(t + 1).lower())
        && (sentence.token(t + 1).isNoun() || joinsNoun(sentence, t + 1))) {
      t++;
    }
    if (t + 1 < sentence.size() && !endsSpeakerPhrase(sentence.token(t + 1))) return Optional.empty();
    int last = t;
    boolean subjectOfAnother = sentence.head(last).filter(a -> a.baseRelation().startsWith("nsubj")
        && a.governor() != verb).isPresent();
    if (subjectOfAnother) return Optional.empty();
    if (pronoun) return Optional.of(mention(sentence, t));
    return Optional.of(mention(sentence, first.isProperNoun() ? nameHead(sentence, t) : t));
  }

  /**
   * A hyphen or number inside a noun phrase ("the H-2 program", "the F-35 jets"), with a noun after
   * it, or a possessive ending before a noun ("said NBC’s Dante Chinni"): the phrase goes on.
   */
  private static boolean joinsNoun(Sentence sentence, int t) {
    String pos = sentence.token(t).pos();
    if (pos.equals("POS")) return t + 1 < sentence.size() && sentence.token(t + 1).isNoun();
    if (!pos.equals("HYPH") && !pos.equals("CD")) return false;
    for (int next = t + 1; next < sentence.size() && next - t <= 2; next++) {
      Token n = sentence.token(next);
      if (n.isNoun()) return true;
      if (!n.pos().equals("HYPH") && !n.pos().equals("CD")) return false;
    }
    return false;
  }

  /**
   * What may follow the speaker of an inverted verb: the end of the sentence, a comma or mark, a
   * relative pronoun or a preposition ("said a source close to", "said Smith of Ohio"), never a verb
   * or "to" ("said he would", "argued his fight to increase").
   */
  private static boolean endsSpeakerPhrase(Token next) {
    String pos = next.pos();
    boolean mark = pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("''") || pos.equals("PUNCT")
        || pos.equals("-LRB-") || pos.equals("HYPH");
    boolean relative = next.lower().equals("who") || next.lower().equals("whose");
    boolean preposition = pos.equals("IN") && !next.lower().equals("that");
    return mark || relative || preposition || pos.startsWith("JJ") || pos.equals("CC");
  }
}
