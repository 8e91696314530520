package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * Reads the attribution printed right next to a direct quote from the words alone, as newspapers
 * frame quotes: after it, "“...,” she said", "“...,” said Jim Smith, a senator", "“...,” the
 * statement read", "“...,” a spokeswoman for the campaign said", "“...” ― Ana Ruiz", "“...,” Smith, a senator from Ohio, told reporters"; before it, "Smith said:
 * “...”". Works on tagged tokens, so it holds where the parser tore the frame apart (sentence
 * splits at doubled apostrophes, "said" parsed as a noun's clause).
 */
final class QuoteFrame {
  /** Where a token is: its sentence and its index there. */
  private record At(Sentence sentence, int token) {
    Token get() {
      return sentence.token(token);
    }
  }

  /** Tokens between a quote and its frame: closing marks, commas, dashes. */
  private static final Set<String> GLUE = Set.of(",", "''", "\"", "”", "’", "'", "--", "—", "–", "―", "-", "``", "“");

  /** Dashes that sign a quote with its speaker's name: "“...” ― Ana Ruiz" (a plain hyphen only where it opens a line). */
  private static final Set<String> DASHES = Set.of("--", "—", "–", "―");

  /** The most words of a name signing a quote. */
  private static final int LONGEST_SIGNATURE = 6;

  /** Words that may stand between a speaker and the speech verb: "he also said", "she has said". */
  private static final Set<String> BETWEEN = Set.of("also", "then", "later", "again", "once", "has", "had",
      "have", "would", "recently", "previously", "further", "simply", "only", "just", "never",
      "earlier", "quickly", "finally", "flatly", "bluntly", "angrily", "often", "repeatedly", "told");

  /** The most tokens a speaker phrase before the verb may have ("Smith, a senator from Ohio, said"). */
  private static final int LONGEST_SPEAKER = 30;

  private QuoteFrame() {}

  /** The speaker printed after the quote ("“...,” he said" / "said Smith"), when the frame is there. */
  static Optional<SpeakerMention> after(Document doc, Span quote) {
    String said = quote.of(doc.text()).strip();
    List<At> tokens = following(doc, quote.end(), LONGEST_SPEAKER + 4);
    int i = 0;
    while (i < tokens.size() && GLUE.contains(tokens.get(i).get().text())) i++;
    if (i >= tokens.size()) return Optional.empty();
    boolean dashed = tokens.subList(0, i).stream().anyMatch(t -> DASHES.contains(t.get().text())
        || t.get().text().equals("-") && opensLine(doc.text(), t.get().span().start()));
    if (dashed) {
      Optional<SpeakerMention> signed = signature(doc, tokens, i);
      if (signed.isPresent()) return signed;
    }
    if (said.endsWith(".")) return Optional.empty();
    if (doc.text().substring(quote.end(), tokens.get(i).get().span().start()).indexOf('\n') >= 0) return Optional.empty();
    if (isSpeechVerb(tokens.get(i).get()) || PrintedCopy.reads(tokens.get(i).get())) return inverted(tokens, i + 1);
    boolean closed = startsSentence(doc.text(), quote.start()) && (said.endsWith(",") || said.endsWith("?")
        || said.endsWith("!") || tokens.subList(0, i).stream().anyMatch(t -> t.get().text().equals(",")));
    if (closed && mannerOfSpeaking(tokens, i, true)) {
      Optional<SpeakerMention> name = inverted(tokens, i + 1);
      if (name.isPresent() && name.get().kind() == SpeakerMention.Kind.NAME) return name;
    }
    int head = nounRun(tokens, i);
    if (head < 0) return Optional.empty();
    if (closed && head > i && mannerOfSpeaking(tokens, head, false)) head--;
    boolean aside = head + 1 < tokens.size() && tokens.get(head + 1).get().text().equals(",");
    for (int j = head + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j).get();
      if (j == head + 1 && isOpeningBracket(t)) {
        int close = j + 1;
        while (close < tokens.size() && close - j <= 8 && !isClosingBracket(tokens.get(close).get())) close++;
        if (close >= tokens.size() || close - j > 8) return Optional.empty();
        j = close;
        continue;
      }
      if (j == head + 1 && isPreposition(t)) {
        int end = nounRun(tokens, j + 1);
        if (end < 0 || end - j > 6 || tokens.get(end).sentence() != tokens.get(head).sentence()) return Optional.empty();
        j = end;
        continue;
      }
      if (isSpeechVerb(t) && t.lemma().equals("quote")) return inverted(tokens, j + 1);
      if (isSpeechVerb(t) || closed && j == head + 1 && mannerOfSpeaking(tokens, j, false)) return Optional.of(mention(tokens, head));
      boolean allowed = BETWEEN.contains(t.lower()) || t.pos().equals("RB") && j == head + 1
          || aside && !isQuoteMark(t) && !t.pos().equals(".");
      if (!allowed || tokens.get(j).sentence() != tokens.get(head).sentence()) return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether only spaces stand between the start of its line and {@code offset}: "\n- Sanders." */
  private static boolean opensLine(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
    return i < 0 || text.charAt(i) == '\n';
  }

  /**
   * A quote signed with a dash and a name that closes its paragraph, as collected readers' or
   * voters' words are printed ("“We want jobs.” ― Ana Ruiz"): the name speaks.
   */
  private static Optional<SpeakerMention> signature(Document doc, List<At> tokens, int from) {
    int j = from;
    while (j < tokens.size() && j - from < LONGEST_SIGNATURE && tokens.get(j).sentence() == tokens.get(from).sentence()
        && isPrintedName(doc, tokens.get(j).get()) && !tokens.get(j).get().isVerb()) {
      j++;
    }
    if (j == from) return Optional.empty();
    Token last = tokens.get(j - 1).get();
    int end = j < tokens.size() && tokens.get(j).get().text().equals(".") ? j + 1 : j;
    boolean closes = end >= tokens.size()
        || doc.text().substring(last.span().end(), tokens.get(end).get().span().start()).indexOf('\n') >= 0;
    if (!closes) return Optional.empty();
    At head = tokens.get(j - 1);
    Span span = new Span(tokens.get(from).get().span().start(), last.span().end());
    return Optional.of(new SpeakerMention(SpeakerMention.Kind.NAME, head.sentence().index(), head.token(), span,
        span.of(doc.text()).replaceAll("\\s+", " "), ""));
  }

  /**
   * A word of a signing name as printed: the tagger may have seen a short signature line in Title
   * Case ("― Carla Sanchez.") as a headline and lowered its words, so the text decides.
   */
  private static boolean isPrintedName(Document doc, Token t) {
    String printed = t.span().of(doc.text());
    return !printed.isEmpty() && Character.isUpperCase(printed.charAt(0)) && Character.isLetter(printed.charAt(0))
        && !t.pos().equals("PRP") && !t.pos().equals("DT");
  }

  /**
   * The speaker printed before the quote: "Smith said, “...”", "Smith told CNBC: “...”", "Cruz
   * called them on it: “...”". After a colon any verb of the clause before it frames the quote;
   * after a comma only a speech verb, or a verb whose object is a speech noun ("issued a
   * statement,"), within three words does.
   */
  static Optional<SpeakerMention> before(Document doc, Span quote, List<Span> direct) {
    Optional<SpeakerMention> introduced = introducedByColon(doc, quote, direct);
    if (introduced.isPresent()) return introduced;
    for (Sentence s : doc.sentences()) {
      if (s.span().end() < quote.start() || s.span().start() >= quote.start()) continue;
      int mark = -1;
      for (Token t : s.tokens()) {
        if (t.span().end() <= quote.start()) mark = t.index();
      }
      while (mark >= 0 && isQuoteMark(s.token(mark))) mark--;
      if (mark < 1) return Optional.empty();
      String punct = s.token(mark).text();
      boolean colon = punct.equals(":");
      OptionalInt saying = speechVerbRightBefore(s, mark);
      if (saying.isPresent()) return SpeakerFinder.speakerOf(s, saying.getAsInt(), direct);
      if (!colon && !punct.equals(",")) return Optional.empty();
      Optional<SpeakerMention> inverted = openingSpeechVerb(s, mark);
      if (inverted.isPresent()) return inverted;
      for (int v = mark - 1; v >= 0 && mark - v <= (colon ? 12 : 3); v--) {
        Token t = s.token(v);
        if (!colon && isSpeechNounObject(s, v)) {
          int issued = s.head(v).orElseThrow().governor();
          Optional<SpeakerMention> m = SpeakerFinder.speakerOf(s, issued, direct);
          if (m.isPresent()) return m;
        }
        if (!t.isVerb() || !colon && !isSpeechVerb(t)) continue;
        Optional<SpeakerMention> m = SpeakerFinder.speakerOf(s, v, direct);
        if (m.isPresent()) return m;
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "Ryan said “images like that have no place”", "Cruz told CNN “it is over”": a speech verb right
   * before the quote, or with only its hearer between, frames it without a comma; its index there.
   */
  private static OptionalInt speechVerbRightBefore(Sentence s, int mark) {
    Token t = s.token(mark);
    if (isSpeechVerb(t) && isFinite(t)) return OptionalInt.of(mark);
    if (mark < 1 || !t.isNoun() && !t.pos().equals("PRP")) return OptionalInt.empty();
    Token verb = s.token(mark - 1);
    boolean hearer = isSpeechVerb(verb) && isFinite(verb) && SpeechVerbs.takesHearer(verb.lemma())
        && s.head(mark).map(a -> a.governor() == mark - 1 && a.relation().equals("obj")).orElse(false);
    return hearer ? OptionalInt.of(mark - 1) : OptionalInt.empty();
  }

  private static boolean isFinite(Token t) {
    return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
  }

  /**
   * "Trump issued a statement, “...”", "Smith posted a tweet, “...”": a speech noun, the object of a
   * verb, right before the comma introducing the quote; the verb's subject speaks.
   */
  private static boolean isSpeechNounObject(Sentence s, int noun) {
    Token t = s.token(noun);
    if (!t.isNoun() || !SpeechVerbs.isSpeechNoun(t.lemma())) return false;
    return s.head(noun).filter(a -> a.governor() >= 0 && a.relation().equals("obj") && s.token(a.governor()).isVerb())
        .isPresent();
  }

  /**
   * "Said Ellis: “...”", "Added Smith, a senator from Ohio, “...”": a sentence opening with its
   * speech verb names its speaker right after it.
   */
  private static Optional<SpeakerMention> openingSpeechVerb(Sentence s, int mark) {
    int verb = s.size() > 1 && s.token(0).pos().equals("CC") ? 1 : 0;
    Token t = s.token(verb);
    boolean said = t.lower().equals("said") || t.lower().equals("says");
    boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ") || said;
    if (verb + 1 >= mark || !finite || !said && !SpeechVerbs.isSpeech(t.lemma())) return Optional.empty();
    List<At> tokens = new ArrayList<>();
    for (int i = verb + 1; i < mark; i++) tokens.add(new At(s, i));
    int head = nounRun(tokens, 0);
    if (head < 0) return Optional.empty();
    boolean ends = head + 1 == tokens.size() || tokens.get(head + 1).get().text().equals(",");
    return ends ? Optional.of(mention(tokens, head)) : Optional.empty();
  }

  /**
   * A sentence ending in a colon right before a quote that opens a new paragraph or sentence
   * ("Cruz continued:", "Smith wrote on Twitter:", "The Daily News focuses on the toll:")
   * introduces it: its speech verb nearest the colon speaks, else the subject of its main verb.
   */
  private static Optional<SpeakerMention> introducedByColon(Document doc, Span quote, List<Span> direct) {
    Sentence intro = null;
    for (Sentence s : doc.sentences()) {
      if (s.span().end() <= quote.start()) intro = s;
      else break;
    }
    if (intro == null || intro.size() < 2) return Optional.empty();
    Token colon = intro.token(intro.size() - 1);
    if (!colon.text().equals(":")) return Optional.empty();
    String between = doc.text().substring(colon.span().end(), quote.start());
    if (!between.strip().chars().allMatch(c -> "“\"‘'`".indexOf(c) >= 0)) return Optional.empty();
    for (int v = intro.size() - 2; v >= 0; v--) {
      Token t = intro.token(v);
      if (isSpeechVerb(t) && direct.stream().noneMatch(d -> d.contains(t.span()))) {
        Optional<SpeakerMention> m = SpeakerFinder.speakerOf(intro, v, direct);
        if (m.isPresent()) return m;
      }
    }
    for (int v = 0; v < intro.size(); v++) {
      Token t = intro.token(v);
      boolean root = intro.head(v).map(a -> a.governor() < 0).orElse(false);
      if (root && t.isVerb()) return SpeakerFinder.speakerOf(intro, v, direct);
    }
    return Optional.empty();
  }

  /**
   * Whether the quote opening at {@code start} begins a sentence or paragraph, so that it is words
   * of their own and not a phrase in someone else's clause ("said he would “protect them,” the crowd
   * applauded").
   */
  private static boolean startsSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "“”\"‘’'`".indexOf(text.charAt(i)) >= 0)) i--;
    return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
  }

  /** Words that may close a frame after its verb: "..., he quipped.", "..., she fumed on Twitter". */
  private static final Set<String> AFTER_FRAME = Set.of(".", ",", ";", ":", "!", "?", "--", "—");

  /**
   * A verb that frames the quote before it however it is called, as writers vary "said" ("“...,”
   * he surmised.", "“...!” beamed Smith", "“...,” the document states", "“...,” Smith barked and
   * left"): a finite present or past verb, or a third-person "-s" word the tagger took for a plural
   * noun, that closes its clause (punctuation, an adverb, a preposition or a conjunction next). Only asked where the quote does not end its
   * sentence, so the words after it are its frame.
   */
  private static boolean mannerOfSpeaking(List<At> tokens, int at, boolean beforeName) {
    if (at >= tokens.size()) return false;
    Token t = tokens.get(at).get();
    boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ")
        || t.pos().equals("NNS") && SpeechVerbs.isSpeech(t.lemma()) && t.text().endsWith("s");
    if (!finite) return false;
    if (at + 1 >= tokens.size() || tokens.get(at + 1).sentence() != tokens.get(at).sentence()) return true;
    Token next = tokens.get(at + 1).get();
    return AFTER_FRAME.contains(next.text()) || next.pos().startsWith("RB") || next.pos().equals("IN")
        && !next.lower().equals("that") || beforeName && next.pos().equals("NNP") || !beforeName && next.pos().equals("CC");
  }

  /** "said Jim Smith", "said the senator", "said he": the noun phrase right after the verb. */
  private static Optional<SpeakerMention> inverted(List<At> tokens, int from) {
    int head = nounRun(tokens, from);
    return head < 0 ? Optional.empty() : Optional.of(mention(tokens, head));
  }

  /**
   * The speaker whose phrase ends at {@code head}: a run of capitalised words is a name even when
   * the tagger took one for an adjective ("said Devine"); otherwise as the parse gives it.
   */
  private static SpeakerMention mention(List<At> tokens, int head) {
    At last = tokens.get(head);
    int first = head;
    while (first > 0 && tokens.get(first - 1).sentence() == last.sentence() && isNameWord(tokens.get(first - 1).get())) {
      first--;
    }
    if (!isNameWord(last.get()) || last.get().isProperNoun() && first == head) {
      return SpeakerFinder.mention(last.sentence(), last.token());
    }
    Span span = last.sentence().spanOf(tokens.get(first).token(), last.token());
    StringBuilder text = new StringBuilder();
    for (int i = first; i <= head; i++) {
      if (i > first && tokens.get(i).get().span().start() > tokens.get(i - 1).get().span().end()) text.append(' ');
      text.append(tokens.get(i).get().text());
    }
    return new SpeakerMention(SpeakerMention.Kind.NAME, last.sentence().index(), last.token(), span, text.toString(), "");
  }

  /** "“...,” Rep. Jane Doe (D-Ohio) said": a bracketed party and state may follow the speaker's name. */
  private static boolean isOpeningBracket(Token t) {
    return t.text().equals("(") || t.pos().equals("-LRB-");
  }

  private static boolean isClosingBracket(Token t) {
    return t.text().equals(")") || t.pos().equals("-RRB-");
  }

  /**
   * A preposition opening a phrase that says which speaker is meant ("“...,” a narrator in the ad
   * says", "a spokeswoman for the campaign said"): the speaker stays the noun before it.
   */
  private static boolean isPreposition(Token t) {
    return t.pos().equals("IN") && !t.lower().equals("that") && !t.lower().equals("as") && !t.lower().equals("if");
  }

  private static boolean isNameWord(Token t) {
    return Character.isUpperCase(t.text().charAt(0)) && !t.pos().equals("PRP") && !t.pos().equals("DT")
        && Character.isLetter(t.text().charAt(0));
  }

  /**
   * The last token of the first run of nouns or a pronoun at {@code from}, after determiners,
   * possessives and adjectives; -1 when the words there are no noun phrase.
   */
  private static int nounRun(List<At> tokens, int from) {
    int i = from;
    while (i < tokens.size() && isModifier(tokens.get(i).get())) i++;
    if (i >= tokens.size()) return -1;
    Token first = tokens.get(i).get();
    if (first.pos().equals("PRP")) return i;
    if (!isNounLike(first)) return -1;
    while (i + 1 < tokens.size() && isNounLike(tokens.get(i + 1).get())
        && tokens.get(i + 1).sentence() == tokens.get(i).sentence()) {
      i++;
    }
    return i;
  }

  private static boolean isNounLike(Token t) {
    return t.isNoun() || isNameWord(t) && !t.isVerb();
  }

  private static boolean isModifier(Token t) {
    return t.pos().equals("DT") || t.pos().equals("PRP$") || t.pos().equals("CD")
        || t.pos().startsWith("JJ") && !isNameWord(t);
  }

  private static boolean isSpeechVerb(Token t) {
    return t.isVerb() && SpeechVerbs.isSpeech(t.lemma());
  }

  private static boolean isQuoteMark(Token t) {
    return GLUE.contains(t.text()) && !t.text().equals(",") && !t.text().startsWith("-");
  }

  /** Up to {@code limit} tokens starting at {@code offset}, across sentences, in text order. */
  private static List<At> following(Document doc, int offset, int limit) {
    List<At> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.span().end() <= offset) continue;
      for (Token t : s.tokens()) {
        if (t.span().start() < offset) continue;
        if (out.size() >= limit) return out;
        out.add(new At(s, t.index()));
      }
    }
    return out;
  }
}
