package parley.core.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Quote;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;

/**
 * Finds direct quotes (between quotation marks, across paragraphs, and short partial quotes),
 * headline and transcript lines ("Graham: ...", "WALLACE: ...") and reported speech ("X said
 * (that) ...", "according to X, ...") and attributes each to its speaker, resolved across the
 * article: names are remembered with their roles, "Chung" refers back to "Chung Eui-yong", "he" to
 * the last named speaker, and an unattributed quote paragraph, or an unattributed quote in the
 * paragraph of an attributed one ("“Yes,” he said. “And more.”"), to the previous quote's speaker,
 * reported speech included ("Smith said the plan failed. “We lost,” ..." is Smith's).
 */
public final class QuoteAttributor implements Stage {
  @Override
  public Set<Facet> requires() {
    return EnumSet.of(Facet.PARSE, Facet.ACTORS);
  }

  @Override
  public Set<Facet> provides() {
    return EnumSet.of(Facet.QUOTES);
  }

  @Override
  public Document apply(Document doc) {
    SpeakerMemory memory = new SpeakerMemory();
    List<Quote> out = new ArrayList<>();
    List<QuoteMarks.Piece> pieces = ColonBlockQuotes.with(doc, QuoteMarks.find(doc.text())).stream()
        .filter(p -> !MarkupAttributes.isValue(doc.text(), p.span())).toList();
    List<Span> direct = pieces.stream().map(QuoteMarks.Piece::span).toList();
    int nextPiece = 0;
    Optional<ActorRef> previous = Optional.empty();
    int previousEnd = -1;
    List<ColonAttribution.Line> colons = ColonAttribution.find(doc.text());
    WrappedLines lines = WrappedLines.of(doc.text());
    for (Sentence sentence : doc.sentences()) {
      noteNames(doc, sentence, memory);
      MainClauseSubjects.find(sentence, direct).ifPresent(t -> memory.noteSubject(SpeakerFinder.mention(sentence, t).text(), codeOf(doc, SpeakerFinder.mention(sentence, t)),
          CollectiveSpeakers.is(doc, SpeakerFinder.mention(sentence, t))));
      for (; nextPiece < pieces.size() && pieces.get(nextPiece).span().start() < sentence.span().end(); nextPiece++) {
        QuoteMarks.Piece found = pieces.get(nextPiece);
        QuoteMarks.Piece piece = colons.stream().filter(c -> opensWithSpeaker(found.span(), c)).findFirst()
            .map(c -> found.withSpan(new Span(c.content().start(), found.span().end()))).orElse(found);
        Optional<ActorRef> speaker = colonSpeaker(colons.stream().filter(ColonAttribution.Line::quoted).toList(),
            piece.span(), memory);
        if (speaker.isEmpty()) speaker = speaker(doc, piece.span(), direct, memory);
        if (speaker.isEmpty()) speaker = colonSpeaker(colons, piece.span(), memory);
        if (speaker.isEmpty()) speaker = governingSpeaker(doc, piece.span(), direct, memory);
        boolean sameParagraph = previousEnd >= 0 && !lines.breaksBetween(previousEnd, piece.span().start());
        if (speaker.isEmpty()) speaker = previous.map(p -> p).or(() -> memory.lastSpeaker(piece.span()))
            .filter(p -> piece.continued() || sameParagraph || startsParagraph(doc.text(), piece.span()));
        if (TitledQuote.follows(doc.text(), piece.span())) speaker = Optional.empty();
        out.add(new Quote(speaker, piece.span().of(doc.text()), piece.span(), true));
        previous = speaker.isPresent() ? speaker : previous;
        previousEnd = speaker.isPresent() ? piece.span().end() : -1;
      }
      for (ReportedSpeech.Content c : ReportedSpeech.find(sentence, direct)) {
        Optional<ActorRef> speaker = SpeechVerbs.isSeeming(sentence.token(c.verb()).lemma()) ? Optional.empty()
            : (c.source() >= 0 ? Optional.of(SpeakerFinder.mention(sentence, c.source()))
                : SpeakerFinder.speakerOf(sentence, c.verb(), direct).or(() -> BracketSplitSpeaker.before(doc, sentence, c.verb())))
                .map(m -> resolve(doc, m, direct, memory));
        out.add(new Quote(speaker, c.span().of(doc.text()), c.span(), false));
        if (speaker.isPresent() && ReportedSpeech.reports(sentence, c.verb())) {
          previous = speaker;
          previousEnd = c.span().end();
        }
      }
    }
    for (ColonAttribution.Line line : colons) {
      if (line.quoted()) continue;
      out.add(new Quote(Optional.of(memory.named(line.speaker(), line.speakerSpan())),
          line.content().of(doc.text()), line.content(), true));
    }
    out.removeIf(q -> ScareQuotes.is(doc.text(), q) && !TitledQuote.follows(doc.text(), q.span()));
    out.sort(Comparator.comparingInt(q -> q.span().start()));
    return doc.withQuotes(named(doc.text(), out));
  }

  /** "the adviser, Chung Eui-yong, told reporters": a role noun followed by the name it stands for. */
  private static final Pattern APPOSITION = Pattern.compile(
      "\\b(?:the|The)\\s+(?:[a-z-]+\\s+){0,3}([a-z]{3,}),\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+),");

  /**
   * Speakers given only by their role ("South Korea's national security adviser") take the name the
   * article gives that role elsewhere ("the adviser, Chung Eui-yong,"), and a speaker named without
   * an actor code takes the code the same name has elsewhere in the article.
   */
  static List<Quote> named(String text, List<Quote> quotes) {
    Map<String, String> nameByRole = new HashMap<>();
    Matcher m = APPOSITION.matcher(text);
    while (m.find()) nameByRole.putIfAbsent(m.group(1), m.group(2).strip());
    Map<String, String> codeByName = new HashMap<>();
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      Optional<ActorRef> speaker = q.speaker().map(a -> {
        String[] words = a.text().strip().split("\\s+");
        String last = words[words.length - 1];
        boolean roleOnly = Character.isLowerCase(last.charAt(0));
        String name = roleOnly ? nameByRole.get(last) : null;
        return name == null ? a : new ActorRef(a.code(), name, a.span());
      });
      speaker.ifPresent(a -> a.code().ifPresent(c -> codeByName.putIfAbsent(a.text(), c)));
      out.add(new Quote(speaker, q.text(), q.span(), q.direct()));
    }
    List<Quote> coded = new ArrayList<>(out.size());
    for (Quote q : out) {
      Optional<ActorRef> speaker = q.speaker().map(a -> a.code().isPresent() || !codeByName.containsKey(a.text())
          ? a : new ActorRef(Optional.of(codeByName.get(a.text())), a.text(), a.span()));
      coded.add(new Quote(speaker, q.text(), q.span(), q.direct()));
    }
    return coded;
  }

  /** The speaker of a headline or transcript line a quote is printed in ("Graham: Trump's 'hateful rhetoric'"). */
  private static Optional<ActorRef> colonSpeaker(List<ColonAttribution.Line> colons, Span quote, SpeakerMemory memory) {
    return colons.stream().filter(c -> c.content().contains(quote)).findFirst()
        .map(c -> memory.named(c.speaker(), c.speakerSpan()));
  }

  /**
   * Whether a quote opens with a transcript speaker's name and colon ("\"WALLACE: Let's start ..."):
   * the quoted words are what follows the colon.
   */
  private static boolean opensWithSpeaker(Span quote, ColonAttribution.Line line) {
    return line.quoted() && line.speakerSpan().start() >= quote.start() && line.speakerSpan().start() - quote.start() <= 1
        && line.content().start() < quote.end();
  }

  /** A quote ending its sentence ("“... the state.”"): what follows it is a new sentence, not its frame. */
  private static final Pattern FINAL = Pattern.compile("[.!?…][\\s'’\"”]*$");

  /**
   * The speaker of a direct quote: the subject of the nearest speech verb in its sentences, or of
   * the speech verb that reports that verb's clause ("Smith said most voters now believe “...”" is
   * Smith's: attributions do not nest).
   */
  private static Optional<ActorRef> speaker(Document doc, Span quote, List<Span> direct, SpeakerMemory memory) {
    Optional<SpeakerMention> framed = QuoteFrame.after(doc, quote)
        .filter(m -> direct.stream().noneMatch(d -> d.contains(m.span())));
    if (framed.isEmpty()) framed = QuoteFrame.before(doc, quote, direct);
    if (framed.isPresent()) return framed.map(m -> resolve(doc, m, direct, memory));
    Optional<SpeakerMention> nearest = Optional.empty();
    int nearestDistance = Integer.MAX_VALUE;
    boolean endsSentence = FINAL.matcher(quote.of(doc.text())).find();
    for (Sentence s : doc.sentences()) {
      if (s.span().end() < quote.start() - 1 || s.span().start() > quote.end() + 2) continue;
      if (endsSentence && s.span().start() >= quote.end()) continue;
      for (int verb : SpeakerFinder.speechVerbs(s, quote)) {
        Span at = s.token(verb).span();
        int distance = at.start() >= quote.end() ? at.start() - quote.end() : quote.start() - at.end();
        if (distance >= nearestDistance) break;
        Optional<SpeakerMention> m = SpeakerFinder.speakerOf(s, verb, direct).or(() -> BracketSplitSpeaker.before(doc, s, verb));
        if (m.isPresent()) {
          int outer = SpeakerFinder.reportingVerb(s, verb, quote);
          nearest = outer < 0 ? m : SpeakerFinder.speakerOf(s, outer, direct).or(() -> m);
          nearestDistance = distance;
          break;
        }
      }
    }
    return nearest.map(m -> resolve(doc, m, direct, memory));
  }

  /**
   * The speaker of a quoted phrase inside a sentence ("Cruz blamed the law on “knuckleheaded
   * politicians”", "referring to the US as the “Great Satan”"): the speaker of the nearest speech or
   * stance verb above the phrase in the parse, else the subject of the nearest verb above it that
   * has one ("Whitman labeled Trump “unfit”").
   */
  private static Optional<ActorRef> governingSpeaker(Document doc, Span quote, List<Span> direct, SpeakerMemory memory) {
    for (Sentence s : doc.sentences()) {
      if (!s.span().contains(quote)) continue;
      OptionalInt verb = SpeakerFinder.governingVerb(s, quote);
      if (verb.isEmpty()) verb = SpeakerFinder.framingVerb(s, quote);
      if (verb.isEmpty() || SpeechVerbs.isSeeming(s.token(verb.getAsInt()).lemma())) return Optional.empty();
      return SpeakerFinder.speakerOf(s, verb.getAsInt(), direct).map(m -> resolve(doc, m, direct, memory));
    }
    return Optional.empty();
  }

  /**
   * Personal pronouns that take the named subject of their own sentence ("Cruz railed against what
   * he calls ...", "Lind shared her view that ...").
   */
  private static final Set<String> BOUND = Set.of("he", "she", "his", "her");

  /**
   * Resolves a speaker mention; "he", "she", "his" or "her" after a named subject in the same
   * sentence stands for that subject ("Cruz railed against what he calls ...", "Smith said she
   * would ...") rather than
   * for the article's last speaker, keeping the place where the pronoun stands; a subject inside
   * quoted words does not count ("“The Syrians are confused,” he said").
   */
  private static ActorRef resolve(Document doc, SpeakerMention m, List<Span> direct, SpeakerMemory memory) {
    if (m.kind() == SpeakerMention.Kind.PRONOUN && BOUND.contains(m.text().toLowerCase(java.util.Locale.ROOT))) {
      Sentence s = doc.sentences().stream().filter(x -> x.index() == m.sentence()).findFirst().orElseThrow();
      for (int t = 0; t < m.head(); t++) {
        int token = t;
        Span at = s.token(t).span();
        boolean namedSubject = s.token(t).isProperNoun() && s.head(t).map(a -> a.relation().equals("nsubj")).orElse(false)
            && direct.stream().noneMatch(q -> q.contains(at));
        if (!namedSubject) continue;
        SpeakerMention name = SpeakerFinder.mention(s, token);
        ActorRef ref = memory.resolve(name, codeOf(doc, name), CollectiveSpeakers.is(doc, name));
        memory.noteSex(ref.text(), m.text());
        return new ActorRef(ref.code(), ref.text(), m.span());
      }
    }
    return memory.resolve(m, codeOf(doc, m), CollectiveSpeakers.is(doc, m));
  }

  private static Optional<String> codeOf(Document doc, SpeakerMention m) {
    return doc.actorsIn(m.sentence()).stream().filter(a -> a.covers(m.head()))
        .map(ActorMention::actor).flatMap(a -> a.code().stream()).findFirst();
  }

  /** Remembers multi-word names of actor mentions so a later bare surname resolves. */
  private static void noteNames(Document doc, Sentence sentence, SpeakerMemory memory) {
    for (ActorMention a : doc.actorsIn(sentence.index())) {
      boolean proper = true;
      for (int t = a.first(); t <= a.last() && t < sentence.size(); t++) {
        proper &= sentence.token(t).isProperNoun();
      }
      if (proper && a.last() < sentence.size()) {
        memory.noteName(doc.slice(sentence.spanOf(a.first(), a.last())), a.actor().code());
      }
    }
  }

  private static boolean startsParagraph(String text, Span quote) {
    int i = quote.start() - 2;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i--;
    return i < 0 || text.charAt(i) == '\n';
  }
}
