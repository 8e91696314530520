package parley.core.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * Reads a parsed sentence for who says something: the subject of the speech verb nearest to a
 * quote ("..., Chung said"; "said Chung"; "the adviser, Chung Eui-yong, told reporters"; "a senator
 * who said"; "..., saying"), or the object of "according to".
 */
final class SpeakerFinder {
  private SpeakerFinder() {}

  /** The speech verb of {@code sentence} nearest to {@code quote} and outside it. */
  static OptionalInt speechVerb(Sentence sentence, Span quote) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : sentence.tokens()) {
      boolean speech = (t.isVerb() && SpeechVerbs.isSpeech(t.lemma())) || t.lower().equals("according")
          || isAsPutIt(sentence, t.index());
      if (!speech || quote.overlaps(t.span())) continue;
      int distance = t.span().start() >= quote.end() ? t.span().start() - quote.end()
          : quote.start() - t.span().end();
      if (distance < bestDistance) {
        best = t.index();
        bestDistance = distance;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /**
   * "As Smith put it, ...": "put it" under "as" reports the clause it hangs on, as a speech verb
   * does, its subject speaking.
   */
  static boolean isAsPutIt(Sentence sentence, int verb) {
    if (!sentence.token(verb).lemma().equals("put")) return false;
    boolean it = false;
    boolean as = false;
    for (Arc arc : sentence.dependents(verb)) {
      String word = sentence.token(arc.dependent()).lower();
      it |= arc.relation().equals("obj") && word.equals("it");
      as |= arc.baseRelation().equals("mark") && word.equals("as");
    }
    return it && as;
  }

  /**
   * The speech verb outside {@code quote} whose reported clause holds {@code verb} ("said" of
   * "believe" in "Smith said most voters believe ..."), or -1.
   */
  static int reportingVerb(Sentence sentence, int verb, Span quote) {
    int at = verb;
    boolean reported = false;
    for (int steps = 0; steps < 6; steps++) {
      Optional<Arc> up = sentence.head(at).filter(a -> a.governor() >= 0);
      if (up.isEmpty()) return -1;
      reported |= up.get().baseRelation().equals("ccomp");
      at = up.get().governor();
      Token g = sentence.token(at);
      if (reported && g.isVerb() && SpeechVerbs.isSpeech(g.lemma()) && !quote.overlaps(g.span())) return at;
    }
    return -1;
  }

  /** The speech or stance verb outside {@code quote} that the quoted words hang from, when there is one. */
  static OptionalInt governingVerb(Sentence sentence, Span quote) {
    return governingVerb(sentence, quote, false);
  }

  /**
   * The verb outside {@code quote} that the quoted words hang from, when it has a subject of its own
   * ("Whitman labeled Trump “unfit to be president”": the subject of the verb framing a quoted phrase
   * is who is quoted).
   */
  static OptionalInt framingVerb(Sentence sentence, Span quote) {
    return governingVerb(sentence, quote, true);
  }

  private static OptionalInt governingVerb(Sentence sentence, Span quote, boolean anyWithSubject) {
    for (Token t : sentence.tokens()) {
      if (!quote.contains(t.span())) continue;
      int at = t.index();
      for (int steps = 0; steps < 10; steps++) {
        Optional<Arc> up = sentence.head(at).filter(a -> a.governor() >= 0);
        if (up.isEmpty()) break;
        at = up.get().governor();
        Token g = sentence.token(at);
        if (quote.contains(g.span())) continue;
        boolean attributing = SpeechVerbs.isSpeech(g.lemma()) || SpeechVerbs.isStance(g.lemma());
        int verb = at;
        boolean subject = sentence.dependents(verb).stream().anyMatch(a -> a.relation().equals("nsubj"));
        if (g.isVerb() && (attributing || anyWithSubject && subject)) return OptionalInt.of(at);
      }
      return OptionalInt.empty();
    }
    return OptionalInt.empty();
  }

  /** The speech verbs of {@code sentence} outside {@code quote}, nearest first. */
  static List<Integer> speechVerbs(Sentence sentence, Span quote) {
    List<Integer> out = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      boolean speech = (t.isVerb() && SpeechVerbs.isSpeech(t.lemma())) || t.lower().equals("according")
          || isAsPutIt(sentence, t.index());
      if (speech && !quote.overlaps(t.span())) out.add(t.index());
    }
    out.sort(java.util.Comparator.comparingInt(i -> distance(sentence.token(i).span(), quote)));
    return out;
  }

  private static int distance(Span token, Span quote) {
    return token.start() >= quote.end() ? token.start() - quote.end() : quote.start() - token.end();
  }

  /**
   * Relative pronouns: "a senator who said ..." speaks as the senator, found where "who" stands (as
   * "he" speaks as the name it stands for, found where "he" stands).
   */
  private static final Set<String> RELATIVE = Set.of("who", "that", "which", "whom");

  /**
   * How a subjectless speech verb hangs on a verb whose subject it shares: "... and said",
   * "..., saying", "declined to say", "went on to say", "was prompted to say" (the passive's
   * subject speaks); but "X quoted Y as saying" gives Y's words.
   */
  private static final Set<String> SHARES_SUBJECT = Set.of("conj", "advcl", "xcomp");

  /**
   * Verbs whose passive subject is then who speaks: "was prompted to say", "was moved to write", and
   * verbs of perceiving and recording: "can be heard yelling", "was caught saying".
   */
  private static final Set<String> MOVED_TO_SPEAK = Set.of("prompt", "force", "press", "pressure", "invite",
      "encourage", "compel", "move", "push", "tempt", "inspire", "provoke", "goad", "drive",
      "hear", "overhear", "see", "catch", "record", "film", "tape");

  /**
   * Who the verb's speaker is: its nominal subject (the noun a relative "who" stands for), the noun
   * a participle modifies ("polls showing a tight race"), the
   * subject of the verb it shares a subject with, or the object of "according to".
   */
  static Optional<SpeakerMention> speakerOf(Sentence sentence, int verb) {
    return parsedSpeaker(sentence, verb, List.of());
  }

  /** As {@link #speakerOf(Sentence, int)}, never reading a verb inside the {@code quotes} as the participle's clause. */
  private static Optional<SpeakerMention> parsedSpeaker(Sentence sentence, int verb, List<Span> quotes) {
    if (sentence.token(verb).lower().equals("according")) {
      return sentence.head(verb).filter(a -> a.governor() >= 0).map(a -> mention(sentence, a.governor()));
    }
    if (sentence.token(verb).lemma().equals("quote")) {
      Optional<Arc> quoted = sentence.dependents(verb).stream().filter(a -> a.relation().equals("obj")).findFirst();
      boolean asSaying = sentence.dependents(verb).stream().anyMatch(a -> SHARES_SUBJECT.contains(a.baseRelation())
          && SpeechVerbs.isSpeech(sentence.token(a.dependent()).lemma()));
      if (quoted.isPresent() && asSaying) return Optional.of(mention(sentence, quoted.get().dependent()));
    }
    Optional<SpeakerMention> participle = participleSubject(sentence, verb, quotes);
    if (participle.isPresent()) return participle;
    Optional<Arc> up = sentence.head(verb).filter(a -> a.governor() >= 0);
    boolean reducedRelative = sentence.token(verb).pos().equals("VBG") && up.isPresent()
        && up.get().relation().equals("acl") && sentence.token(up.get().governor()).isNoun();
    if (reducedRelative) return reducedRelativeSpeaker(sentence, up.get().governor());
    for (Arc arc : sentence.dependents(verb)) {
      if (!arc.relation().equals("nsubj")) continue;
      if (isTemporal(sentence.token(arc.dependent()))) {
        Optional<SpeakerMention> dated = datedSubject(sentence, arc.dependent());
        if (dated.isPresent()) return dated;
        continue;
      }
      boolean relative = RELATIVE.contains(sentence.token(arc.dependent()).lower());
      if (relative && up.isPresent() && up.get().baseRelation().equals("acl")) {
        SpeakerMention antecedent = mention(sentence, up.get().governor());
        return Optional.of(new SpeakerMention(antecedent.kind(), antecedent.sentence(), antecedent.head(),
            sentence.token(arc.dependent()).span(), antecedent.text(), antecedent.role()));
      }
      return Optional.of(mention(sentence, arc.dependent()));
    }
    boolean perceived = up.isPresent() && up.get().baseRelation().equals("dep")
        && sentence.token(verb).pos().equals("VBG") && MOVED_TO_SPEAK.contains(sentence.token(up.get().governor()).lemma());
    if (perceived) {
      for (Arc arc : sentence.dependents(up.get().governor())) {
        if (arc.relation().equals("nsubj:pass") && !RELATIVE.contains(sentence.token(arc.dependent()).lower())) {
          return Optional.of(mention(sentence, arc.dependent()));
        }
      }
    }
    if (up.isPresent() && SHARES_SUBJECT.contains(up.get().baseRelation())) {
      int governor = up.get().governor();
      if (sentence.token(governor).lemma().equals("quote")) {
        for (Arc arc : sentence.dependents(governor)) {
          if (arc.relation().equals("obj")) return Optional.of(mention(sentence, arc.dependent()));
        }
      }
      boolean moved = MOVED_TO_SPEAK.contains(sentence.token(governor).lemma());
      if (up.get().baseRelation().equals("xcomp") && moved) {
        for (Arc arc : sentence.dependents(governor)) {
          if (arc.relation().equals("nsubj:pass") && !RELATIVE.contains(sentence.token(arc.dependent()).lower())) {
            return Optional.of(mention(sentence, arc.dependent()));
          }
        }
      }
      return parsedSpeaker(sentence, governor, quotes);
    }
    return Optional.empty();
  }

  /**
   * Who speaks through a participle modifying a noun: the noun ("polls showing a tie"), the person a
   * recording shows ("The ad closes with footage of Smith saying ..."), unless the
   * noun is the object of a verb with a subject, who then speaks through it ("The town released a
   * statement saying ...", "PACs bankrolled ads attacking Dewhurst").
   */
  private static Optional<SpeakerMention> reducedRelativeSpeaker(Sentence sentence, int noun) {
    OptionalInt recorded = recordedPerson(sentence, noun);
    if (recorded.isPresent()) return Optional.of(mention(sentence, recorded.getAsInt()));
    boolean temporal = isTemporal(sentence.token(noun));
    Optional<Arc> up = sentence.head(noun).filter(a -> a.governor() >= 0
        && (temporal || a.relation().equals("obj") || a.baseRelation().equals("obl") || a.relation().equals("iobj")));
    if (up.isPresent()) {
      for (Arc arc : sentence.dependents(up.get().governor())) {
        if (arc.relation().equals("nsubj")) return Optional.of(mention(sentence, arc.dependent()));
      }
    }
    if (temporal || NOT_SPEAKERS.contains(sentence.token(noun).lower())) return Optional.empty();
    return Optional.of(mention(sentence, noun));
  }

  /**
   * Clauses inside another ("news that the server had handled ...", "said that Trump represents
   * ..."), whose subject is not who goes on speaking in a participle after the sentence's main clause.
   */
  private static final Set<String> EMBEDDED = Set.of("ccomp", "csubj", "advcl", "acl");

  /** Closing quotation marks between a quote and the participle after it: "“...,” adding that ...". */
  private static final Set<String> CLOSING_MARKS = Set.of("\"", "”", "''", "’", "``");

  /** Words that put a participle after its clause: "..., saying", "by saying", "while adding". */
  private static final Set<String> BEFORE_PARTICIPLE = Set.of(",", "by", "while", "after", "before", "in");

  /**
   * "Clinton attacked Trump, saying ...", "Trump drew fire by saying ...", "The town released a
   * statement Wednesday saying ...": a participle after its clause speaks as the subject of the
   * main clause's finite verb before it (of the predicate a copula serves: "Smith was defensive,
   * saying"; a clause inside it only when no main clause is found;
   * never words in quotation marks), whatever the parser attached it to.
   */
  private static Optional<SpeakerMention> participleSubject(Sentence sentence, int verb, List<Span> quotes) {
    if (!sentence.token(verb).pos().equals("VBG") || verb == 0) return Optional.empty();
    int b = verb - 1;
    while (b > 0 && CLOSING_MARKS.contains(sentence.token(b).text())) b--;
    Token before = sentence.token(b);
    if (!BEFORE_PARTICIPLE.contains(before.lower()) && !isTemporal(before)) return Optional.empty();
    Optional<SpeakerMention> embedded = Optional.empty();
    for (int v = b - 1; v >= 0; v--) {
      Token t = sentence.token(v);
      if (!t.pos().equals("VBD") && !t.pos().equals("VBZ") && !t.pos().equals("VBP")) continue;
      if (inside(quotes, t.span())) continue;
      int clause = v;
      Optional<Arc> up = sentence.head(v);
      boolean auxiliary = up.isPresent() && up.get().governor() >= 0
          && (up.get().baseRelation().equals("aux") || up.get().baseRelation().equals("cop"));
      if (auxiliary) clause = up.get().governor();
      String relation = sentence.head(clause).map(Arc::baseRelation).orElse("root");
      for (Arc arc : sentence.dependents(clause)) {
        if (arc.baseRelation().equals("nsubj") && !RELATIVE.contains(sentence.token(arc.dependent()).lower())) {
          SpeakerMention subject = mention(sentence, arc.dependent());
          if (!EMBEDDED.contains(relation)) return Optional.of(subject);
          if (embedded.isEmpty()) embedded = Optional.of(subject);
          break;
        }
      }
    }
    return embedded;
  }

  /**
   * As {@link #speakerOf(Sentence, int)}, but read from the words first where they are plain
   * ("..., said Caddell", "The plan, a source said, is ..."), and a speaker can never stand inside
   * quoted words: when the parse gives none, or one between quotation marks ("“My hope,” he said,
   * “is ...”" parsed with "hope" as the subject), the pronoun or name before the verb speaks ("he
   * said", "he has also said", "Suu Kyi, 70, said"). The name right after the verb is no fallback: it is mostly the object ("had
   * charged Corey Lewandowski").
   */
  static Optional<SpeakerMention> speakerOf(Sentence sentence, int verb, List<Span> quotes) {
    if (sentence.token(verb).isNoun()) {
      return sentence.dependents(verb).stream().filter(a -> a.relation().equals("nmod:poss")).findFirst()
          .map(a -> a.dependent()).or(() -> fromSource(sentence, verb))
          .map(a -> mention(sentence, a)).filter(m -> !inside(quotes, m.span()));
    }
    if (isPassive(sentence, verb)) {
      return agentOf(sentence, verb).stream().mapToObj(a -> mention(sentence, a)).findFirst()
          .filter(m -> !inside(quotes, m.span()));
    }
    Optional<SpeakerMention> inverted = invertedSpeaker(sentence, verb).or(() -> parentheticalSpeaker(sentence, verb));
    if (inverted.isPresent() && !inside(quotes, inverted.get().span())) return inverted;
    Optional<SpeakerMention> parsed = parsedSpeaker(sentence, verb, quotes);
    if (parsed.isPresent() && !inside(quotes, sentence.token(parsed.get().head()).span())
        && !isTemporal(sentence.token(parsed.get().head()))) {
      return parsed;
    }
    int t = subjectBefore(sentence, verb);
    if (t >= 0 && !inside(quotes, sentence.token(t).span())) return Optional.of(mention(sentence, nameHead(sentence, t)));
    return Optional.empty();
  }

  /**
   * Who a speech noun comes "from": "criticism from Smith", "drew praise from Smith" (the phrase
   * hung on the noun or on the verb that takes it).
   */
  static Optional<Integer> fromSource(Sentence sentence, int noun) {
    List<Arc> candidates = new ArrayList<>(sentence.dependents(noun));
    sentence.head(noun).filter(a -> a.governor() >= 0 && a.relation().equals("obj"))
        .ifPresent(a -> candidates.addAll(sentence.dependents(a.governor())));
    for (Arc arc : candidates) {
      boolean from = (arc.baseRelation().equals("nmod") || arc.baseRelation().equals("obl"))
          && sentence.dependents(arc.dependent()).stream().anyMatch(c -> c.baseRelation().equals("case")
              && sentence.token(c.dependent()).lower().equals("from"));
      if (from && !isTemporal(sentence.token(arc.dependent()))) return Optional.of(arc.dependent());
    }
    return Optional.empty();
  }

  /** Nouns after "by" that say when, not who: "forgotten by week's end", "by the time". */
  private static final Set<String> BY_TIME = Set.of("end", "time", "deadline", "morning", "afternoon", "evening",
      "night", "noon", "midnight", "day", "week", "month", "year", "then", "now", "close", "start");

  /**
   * The "by" phrase of a passive verb ("was criticized by Smith"): the parser's agent, or an
   * oblique whose preposition is "by" (the parser does not always call it an agent); not a time
   * ("forgotten by week's end"), nor the name something is known by.
   */
  static OptionalInt agentOf(Sentence sentence, int verb) {
    if (sentence.token(verb).lemma().equals("know")) return OptionalInt.empty();
    for (Arc arc : sentence.dependents(verb)) {
      boolean by = arc.baseRelation().equals("obl") && sentence.dependents(arc.dependent()).stream()
          .anyMatch(c -> c.baseRelation().equals("case") && sentence.token(c.dependent()).lower().equals("by"));
      boolean agent = arc.relation().equals("obl:agent") || by;
      Token head = sentence.token(arc.dependent());
      if (agent && !isTemporal(head) && !BY_TIME.contains(head.lemma())) return OptionalInt.of(arc.dependent());
    }
    return OptionalInt.empty();
  }

  /**
   * Whether a speech verb is passive ("Smith was asked whether ...", "it was announced that ..."):
   * its subject is who is spoken to or of, and only a "by" phrase names who speaks. Not where the
   * subject of a speech verb is raised from an infinitive ("Obama is reported to have called them
   * ..."), which says who did the inner verb's speaking; a passive stance ("they are expected to
   * ...") has no speaker at all.
   */
  static boolean isPassive(Sentence sentence, int verb) {
    if (!sentence.token(verb).pos().equals("VBN")) return false;
    boolean raising = SpeechVerbs.isSpeech(sentence.token(verb).lemma())
        && sentence.dependents(verb).stream().anyMatch(a -> a.relation().equals("xcomp"));
    if (raising) return false;
    boolean marked = sentence.dependents(verb).stream()
        .anyMatch(a -> a.relation().equals("aux:pass") || a.relation().equals("nsubj:pass"));
    int t = verb - 1;
    while (t >= 0 && sentence.token(t).pos().startsWith("RB")) t--;
    return marked || t >= 0 && sentence.token(t).lemma().equals("be");
  }

  /** Words between a subject and its verb: "he also said", "Smith has long argued". */
  private static final Set<String> AUXILIARY = Set.of("be", "have", "do", "also", "then", "later", "again", "long",
      "repeatedly", "often", "never", "not", "n't", "once", "previously", "recently", "still");

  /**
   * The pronoun or name the verb follows, past auxiliaries and adverbs and an aside between commas
   * ("Suu Kyi, 70, said"; "he has also said"), or -1.
   */
  private static int subjectBefore(Sentence sentence, int verb) {
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

  /** Words for a time, which the parser sometimes makes a subject ("... on Friday told reporters"). */
  private static final Set<String> TEMPORAL = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening",
      "night", "week", "weekend", "month", "year", "january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december");

  /** Whether a token names a time and so can never be who speaks. */
  static boolean isTemporal(Token t) {
    return TEMPORAL.contains(t.lower());
  }

  /** Words between a participle and its time: "released last year", "published in late August". */
  private static final Set<String> DATE_WORDS = Set.of("JJ", "DT", "IN", "CD");

  /**
   * "A court document filed Thursday says", "A poll released Friday found", "A report released last
   * year found": the parser took the day for the subject; the noun the dated participle follows is.
   */
  private static Optional<SpeakerMention> datedSubject(Sentence sentence, int day) {
    int participle = day - 1;
    while (participle > 0 && day - participle <= 3 && DATE_WORDS.contains(sentence.token(participle).pos())) participle--;
    if (participle < 1 || !sentence.token(participle).pos().equals("VBN")) return Optional.empty();
    Token noun = sentence.token(participle - 1);
    if (!noun.isNoun() || isTemporal(noun)) return Optional.empty();
    return Optional.of(mention(sentence, noun.isProperNoun() ? nameHead(sentence, participle - 1) : participle - 1));
  }

  /** Marks after which a verb comes before its subject: "..., said Smith", "“...” said Smith". */
  private static final Set<String> BEFORE_INVERSION = Set.of(",", "''", "”", "\"", "’");

  /**
   * Verbs printed before their speaker ("..., said Smith"; "..., wrote the board"); not verbs whose
   * object is a hearer or a target ("..., telling Reuters", "..., quotes Bible").
   */
  private static final Set<String> INVERTING = Set.of("say", "add", "write", "tweet", "note", "explain",
      "continue", "argue", "insist", "declare", "recall", "conclude", "reply", "respond", "warn", "state",
      "observe", "joke", "report", "remark", "claim", "acknowledge", "concede", "predict", "agree", "post");

  /** Words after "said" that say when, not who: "..., said Tuesday". */
  private static final Set<String> NOT_SPEAKERS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
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
        && BEFORE_INVERSION.contains(sentence.token(verb - 1).text());
  }

  private static Optional<SpeakerMention> invertedSpeaker(Sentence sentence, int verb) {
    if (verb == 0 || verb + 1 >= sentence.size() || !INVERTING.contains(sentence.token(verb).lemma())) return Optional.empty();
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
   * "The plan, an inside source said, is to ...", "It is over, his aides said.", "The truth, the
   * senator told me then, was ...": the short noun phrase of an {@link AttributionAside} speaks,
   * whatever the parser made of the clause around it.
   */
  private static Optional<SpeakerMention> parentheticalSpeaker(Sentence sentence, int verb) {
    return AttributionAside.find(sentence, verb).filter(a -> a.speaker() >= 0).map(a -> a.speaker())
        .map(head -> mention(sentence, sentence.token(head).isProperNoun() ? nameHead(sentence, head) : head));
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

  private static boolean inside(List<Span> quotes, Span token) {
    return quotes.stream().anyMatch(q -> q.contains(token));
  }

  /** The head of the name a token is part of ("Pat" in "Pat Caddell" gives "Caddell"). */
  private static int nameHead(Sentence sentence, int token) {
    int t = token;
    for (int steps = 0; steps < 4; steps++) {
      Optional<Arc> up = sentence.head(t).filter(a -> a.governor() >= 0
          && (a.baseRelation().equals("compound") || a.baseRelation().equals("flat"))
          && sentence.token(a.governor()).isProperNoun());
      if (up.isEmpty()) break;
      t = up.get().governor();
    }
    return t;
  }

  static SpeakerMention mention(Sentence sentence, int head) {
    Token h = sentence.token(head);
    if (h.pos().startsWith("PRP")) {
      return new SpeakerMention(SpeakerMention.Kind.PRONOUN, sentence.index(), head, h.span(), h.text(), "");
    }
    if (h.isProperNoun()) return withApposedRole(sentence, name(sentence, head));
    for (Arc arc : sentence.dependents(head)) {
      if (arc.relation().equals("appos") && sentence.token(arc.dependent()).isProperNoun()) {
        SpeakerMention n = name(sentence, arc.dependent());
        return new SpeakerMention(SpeakerMention.Kind.NAME, n.sentence(), n.head(), n.span(), n.text(), h.lemma());
      }
    }
    OptionalInt recorded = recordedPerson(sentence, head);
    if (recorded.isPresent()) return mention(sentence, recorded.getAsInt());
    Span phrase = phrase(sentence, head);
    return new SpeakerMention(SpeakerMention.Kind.ROLE, sentence.index(), head, phrase,
        textOf(sentence, phrase), h.lemma());
  }

  /** Recordings that show someone speaking: "footage of Smith asking", "a video of her saying". */
  private static final Set<String> RECORDINGS = Set.of("footage", "video", "clip", "tape", "recording", "audio",
      "image", "picture", "photo", "film");

  /**
   * The person a recording shows ("footage of Smith asking ...", "a clip of him saying ..."): it is
   * they who speak, not the footage.
   */
  private static OptionalInt recordedPerson(Sentence sentence, int head) {
    if (!RECORDINGS.contains(sentence.token(head).lemma())) return OptionalInt.empty();
    for (Arc arc : sentence.dependents(head)) {
      if (!arc.baseRelation().equals("nmod")) continue;
      Token person = sentence.token(arc.dependent());
      boolean of = sentence.dependents(arc.dependent()).stream()
          .anyMatch(a -> a.relation().equals("case") && sentence.token(a.dependent()).lower().equals("of"));
      if (of && (person.isProperNoun() || person.pos().equals("PRP"))) return OptionalInt.of(arc.dependent());
    }
    return OptionalInt.empty();
  }

  /**
   * A name with the role apposed to it ("Tom Becker, a spokesman for the authority, said"), so a
   * later "the spokesman said" finds the name.
   */
  private static SpeakerMention withApposedRole(Sentence sentence, SpeakerMention name) {
    for (Arc arc : sentence.dependents(name.head())) {
      Token role = sentence.token(arc.dependent());
      if (arc.relation().equals("appos") && role.isNoun() && !role.isProperNoun()) {
        return new SpeakerMention(name.kind(), name.sentence(), name.head(), name.span(), name.text(), role.lemma());
      }
    }
    return name;
  }

  /** A proper noun with its compound and flat parts: "Chung Eui-yong", "Moon Jae-in". */
  private static SpeakerMention name(Sentence sentence, int head) {
    int first = head;
    int last = head;
    for (Arc arc : sentence.dependents(head)) {
      String rel = arc.baseRelation();
      boolean part = (rel.equals("compound") || rel.equals("flat"))
          && sentence.token(arc.dependent()).isProperNoun();
      if (part) {
        first = Math.min(first, arc.dependent());
        last = Math.max(last, arc.dependent());
      }
    }
    Span span = sentence.spanOf(first, last);
    return new SpeakerMention(SpeakerMention.Kind.NAME, sentence.index(), head, span,
        textOf(sentence, span), "");
  }

  /** The noun with its determiners, adjectives, compounds and possessors: "South Korea's adviser". */
  private static Span phrase(Sentence sentence, int head) {
    List<Integer> todo = new ArrayList<>(List.of(head));
    int first = head;
    int last = head;
    while (!todo.isEmpty()) {
      int t = todo.remove(todo.size() - 1);
      for (Arc arc : sentence.dependents(t)) {
        String rel = arc.baseRelation();
        if (rel.equals("det") || rel.equals("amod") || rel.equals("compound") || rel.equals("nmod")
            && arc.relation().equals("nmod:poss") || rel.equals("case") && t != head || rel.equals("flat")) {
          first = Math.min(first, arc.dependent());
          last = Math.max(last, arc.dependent());
          todo.add(arc.dependent());
        }
      }
    }
    return sentence.spanOf(first, last);
  }

  private static String textOf(Sentence sentence, Span span) {
    StringBuilder out = new StringBuilder();
    Token previous = null;
    for (Token t : sentence.tokens()) {
      if (!span.contains(t.span())) continue;
      if (previous != null && t.span().start() > previous.span().end()) out.append(' ');
      out.append(t.text());
      previous = t;
    }
    return out.toString();
  }
}
