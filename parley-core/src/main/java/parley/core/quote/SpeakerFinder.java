package parley.core.quote;

import static parley.core.quote.InvertedSpeaker.invertedSpeaker;
import static parley.core.quote.ParsedSpeaker.parsedSpeaker;
import static parley.core.quote.SpeakerMentions.nameHead;
import static parley.core.quote.SubjectBeforeVerb.subjectBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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

  /** The speech verb of {@code sentence} nearest to {@code quote} and outside it ({@link QuoteVerbs}). */
  static OptionalInt speechVerb(Sentence sentence, Span quote) {
    return QuoteVerbs.speechVerb(sentence, quote);
  }

  /** "As Smith put it, ...": "put it" under "as" reports the clause it hangs on ({@link QuoteVerbs}). */
  static boolean isAsPutIt(Sentence sentence, int verb) {
    return QuoteVerbs.isAsPutIt(sentence, verb);
  }

  /** The speech verb outside {@code quote} whose reported clause holds {@code verb}, or -1 ({@link QuoteVerbs}). */
  static int reportingVerb(Sentence sentence, int verb, Span quote) {
    return QuoteVerbs.reportingVerb(sentence, verb, quote);
  }

  /** The speech or stance verb outside {@code quote} that the quoted words hang from ({@link QuoteVerbs}). */
  static OptionalInt governingVerb(Sentence sentence, Span quote) {
    return QuoteVerbs.governingVerb(sentence, quote);
  }

  /** The verb with a subject of its own that the quoted words hang from ({@link QuoteVerbs}). */
  static OptionalInt framingVerb(Sentence sentence, Span quote) {
    return QuoteVerbs.framingVerb(sentence, quote);
  }

  /** The speech verbs of {@code sentence} outside {@code quote}, nearest first ({@link QuoteVerbs}). */
  static List<Integer> speechVerbs(Sentence sentence, Span quote) {
    return QuoteVerbs.speechVerbs(sentence, quote);
  }

  /** Who the verb's speaker is as the parse tells it ({@link ParsedSpeaker}). */
  static Optional<SpeakerMention> speakerOf(Sentence sentence, int verb) {
    return ParsedSpeaker.speakerOf(sentence, verb);
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
    return found(sentence, verb, quotes).flatMap(m -> BareRelatives.repair(sentence, m))
        .map(m -> RelativeSpeakerPlace.at(sentence, verb, m));
  }

  private static Optional<SpeakerMention> found(Sentence sentence, int verb, List<Span> quotes) {
    if (sentence.token(verb).isNoun()) {
      return sentence.dependents(verb).stream().filter(a -> a.relation().equals("nmod:poss")).findFirst()
          .map(a -> a.dependent()).or(() -> fromSource(sentence, verb))
          .or(() -> CompoundSource.of(sentence, verb).stream().boxed().findFirst())
          .map(a -> mention(sentence, a)).filter(m -> !inside(quotes, m.span()));
    }
    if (isPassive(sentence, verb) || OpeningQuestion.opens(sentence, verb)) {
      return agentOf(sentence, verb).stream().mapToObj(a -> mention(sentence, a)).findFirst()
          .filter(m -> !inside(quotes, m.span()));
    }
    Optional<SpeakerMention> inverted = invertedSpeaker(sentence, verb).or(() -> parentheticalSpeaker(sentence, verb));
    if (inverted.isPresent() && !inside(quotes, inverted.get().span())) return inverted;
    Optional<SpeakerMention> parsed = parsedSpeaker(sentence, verb, quotes);
    if (parsed.isPresent() && !inside(quotes, sentence.token(parsed.get().head()).span())
        && !isTemporal(sentence.token(parsed.get().head())) && !sentence.token(parsed.get().head()).isVerb()) {
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

  /** The "by" phrase of a passive verb ({@link PassiveSpeakers}). */
  static OptionalInt agentOf(Sentence sentence, int verb) {
    return PassiveSpeakers.agentOf(sentence, verb);
  }

  /** Whether a speech verb is passive ({@link PassiveSpeakers}). */
  static boolean isPassive(Sentence sentence, int verb) {
    return PassiveSpeakers.isPassive(sentence, verb);
  }

  /** Whether a token names a time and so can never be who speaks ({@link TemporalSubjects}). */
  static boolean isTemporal(Token t) {
    return TemporalSubjects.isTemporal(t);
  }

  /** Whether a speech verb comes before its speaker: "..., said a senior aide" ({@link InvertedSpeaker}). */
  static boolean isInverted(Sentence sentence, int verb) {
    return InvertedSpeaker.isInverted(sentence, verb);
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

  static boolean inside(List<Span> quotes, Span token) {
    return quotes.stream().anyMatch(q -> q.contains(token));
  }

  /** The mention of who speaks, built from its head word ({@link SpeakerMentions}). */
  static SpeakerMention mention(Sentence sentence, int head) {
    return SpeakerMentions.mention(sentence, head);
  }
}
