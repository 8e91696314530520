package parley.core.quote;

import static parley.core.quote.InvertedSpeaker.NOT_SPEAKERS;
import static parley.core.quote.SpeakerFinder.inside;
import static parley.core.quote.SpeakerMentions.mention;
import static parley.core.quote.SpeakerMentions.recordedPerson;
import static parley.core.quote.TemporalSubjects.datedSubject;
import static parley.core.quote.TemporalSubjects.isTemporal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;

/**
 * Who speaks as the parse tells it: the speech verb's subject (the noun a relative "who" stands for),
 * the noun a participle modifies, the subject of the verb it shares a subject with or of the main
 * clause before a participle, or the object of "according to".
 */
final class ParsedSpeaker {
  private ParsedSpeaker() {}

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
   * Verbs whose passive subject, or active object, is then who speaks: "was prompted to say", "was
   * moved to write", "forcing candidates to address", and verbs of perceiving and recording: "can be
   * heard yelling", "was caught saying", "heard him say".
   */
  private static final Set<String> MOVED_TO_SPEAK = Set.of("prompt", "force", "press", "pressure", "invite",
      "encourage", "compel", "move", "push", "tempt", "inspire", "provoke", "goad", "drive",
      "hear", "overhear", "see", "catch", "record", "film", "tape");

  /**
   * Verbs of moving someone to speak that are themselves a request, voicing the wish of who asks:
   * "encouraged his supporters to ask why" is the encourager's, as "forced the candidates to
   * address" is not the force's.
   */
  private static final Set<String> REQUESTS = Set.of("encourage", "invite", "press", "pressure", "push", "goad");

  /**
   * Who the verb's speaker is: its nominal subject (the noun a relative "who" stands for), the noun
   * a participle modifies ("polls showing a tight race"), the
   * subject of the verb it shares a subject with, or the object of "according to".
   */
  static Optional<SpeakerMention> speakerOf(Sentence sentence, int verb) {
    return parsedSpeaker(sentence, verb, List.of());
  }

  /** As {@link #speakerOf(Sentence, int)}, never reading a verb inside the {@code quotes} as the participle's clause. */
  static Optional<SpeakerMention> parsedSpeaker(Sentence sentence, int verb, List<Span> quotes) {
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
      if (sentence.token(arc.dependent()).isVerb()) continue;
      boolean relative = RELATIVE.contains(sentence.token(arc.dependent()).lower());
      if (relative && up.isPresent() && up.get().baseRelation().equals("acl") && isTemporal(sentence.token(up.get().governor()))) {
        return reducedRelativeSpeaker(sentence, up.get().governor());
      }
      int misattached = relative && (up.isEmpty() || !up.get().baseRelation().equals("acl"))
          ? RelativeAntecedents.nounBefore(sentence, arc.dependent()) : -1;
      if (relative && (misattached >= 0 || up.isPresent() && up.get().baseRelation().equals("acl"))) {
        SpeakerMention antecedent = mention(sentence, misattached >= 0 ? misattached : up.get().governor());
        return Optional.of(new SpeakerMention(antecedent.kind(), antecedent.sentence(), antecedent.head(),
            sentence.token(arc.dependent()).span(), antecedent.text(), antecedent.role()));
      }
      return Optional.of(mention(sentence, arc.dependent()));
    }
    boolean subjectGap = up.isPresent() && up.get().relation().equals("acl:relcl") && sentence.token(up.get().governor()).isNoun()
        && sentence.dependents(verb).stream().noneMatch(a -> a.baseRelation().startsWith("nsubj")
            && !sentence.token(a.dependent()).isVerb())
        && !isTemporal(sentence.token(up.get().governor()));
    if (subjectGap) return Optional.of(mention(sentence, up.get().governor()));
    boolean perceived = up.isPresent() && up.get().baseRelation().equals("dep")
        && sentence.token(verb).pos().equals("VBG") && MOVED_TO_SPEAK.contains(sentence.token(up.get().governor()).lemma());
    if (perceived) {
      for (Arc arc : sentence.dependents(up.get().governor())) {
        if (arc.relation().equals("nsubj:pass") && !RELATIVE.contains(sentence.token(arc.dependent()).lower())) {
          return Optional.of(mention(sentence, arc.dependent()));
        }
      }
    }
    if (FiniteDependent.sharesSubject(sentence, verb)) return parsedSpeaker(sentence, up.get().governor(), quotes);
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
          boolean mover = arc.relation().equals("obj") && arc.dependent() < verb
              && !REQUESTS.contains(sentence.token(governor).lemma());
          boolean speaks = mover || arc.relation().equals("nsubj:pass");
          if (speaks && !RELATIVE.contains(sentence.token(arc.dependent()).lower())) {
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
   * A past tense the tagger took for a participle ("Dean, a former chairman, poked/VBN at ...,
   * tweeting"): a VBN with a subject of its own and no auxiliary is finite.
   */
  private static boolean isMistaggedPast(Sentence sentence, int v) {
    if (!sentence.token(v).pos().equals("VBN")) return false;
    List<Arc> dependents = sentence.dependents(v);
    return dependents.stream().anyMatch(a -> a.relation().equals("nsubj"))
        && dependents.stream().noneMatch(a -> a.baseRelation().equals("aux") || a.relation().equals("aux:pass"));
  }

  /**
   * Clauses inside another ("news that the server had handled ...", "said that Trump represents
   * ..."), whose subject is not who goes on speaking in a participle after the sentence's main clause.
   */
  private static final Set<String> EMBEDDED = Set.of("ccomp", "csubj", "advcl", "acl");

  /** Closing quotation marks between a quote and the participle after it: "“...,” adding that ...". */
  private static final Set<String> CLOSING_MARKS = Set.of("\"", "”", "''", "’", "``");

  /**
   * Words that put a participle after its clause: "..., saying", "by saying", "while adding", "– saying"
   * (adverbs may stand between: "..., then adding", "..., not even needing to mention").
   */
  private static final Set<String> BEFORE_PARTICIPLE = Set.of(",", "by", "while", "after", "before", "in",
      "-", "--", "–", "—");

  /**
   * "Clinton attacked Trump, saying ...", "Trump drew fire by saying ...", "The town released a
   * statement Wednesday saying ...": a participle after its clause speaks as the subject of the
   * main clause's finite verb before it (of the predicate a copula serves: "Smith was defensive,
   * saying"; the speaker printed after an inverted verb: "“...,” said Smith, adding ..."; a clause
   * inside it only when no main clause is found;
   * never words in quotation marks), whatever the parser attached it to.
   */
  private static Optional<SpeakerMention> participleSubject(Sentence sentence, int verb, List<Span> quotes) {
    if (!sentence.token(verb).pos().equals("VBG")) return Optional.empty();
    if (OpeningParticiple.opens(sentence, verb)) return OpeningParticiple.speaker(sentence, quotes);
    int b = verb - 1;
    while (b > 0 && sentence.token(b).pos().equals("RB") && b < verb && verb - b <= 2) b--;
    while (b > 0 && CLOSING_MARKS.contains(sentence.token(b).text())) b--;
    Token before = sentence.token(b);
    if (!BEFORE_PARTICIPLE.contains(before.lower()) && !isTemporal(before)) return Optional.empty();
    Optional<SpeakerMention> embedded = Optional.empty();
    for (int v = b - 1; v >= 0; v--) {
      Token t = sentence.token(v);
      boolean finite = t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
      if (!finite && !isMistaggedPast(sentence, v) || inside(quotes, t.span())) continue;
      int clause = v;
      Optional<Arc> up = sentence.head(v);
      boolean auxiliary = up.isPresent() && up.get().governor() >= 0
          && (up.get().baseRelation().equals("aux") || up.get().baseRelation().equals("cop"));
      if (auxiliary) clause = up.get().governor();
      String relation = sentence.head(clause).map(Arc::baseRelation).orElse("root");
      Optional<SpeakerMention> inverted = InvertedSpeaker.invertedSpeaker(sentence, clause).filter(m -> !inside(quotes, m.span()));
      if (inverted.isPresent()) return inverted;
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
}
