package parley.core.quote;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * "Citing a report, Smith accused ...", "Claiming the vote was rigged, Smith told reporters ...", "After
 * saying ..., she left": a participle opening its sentence (after a lead word or none) speaks as the subject of the clause after its comma, whatever the
 * parser made of the participle (it often takes it for a subject).
 */
final class OpeningParticiple {
  private OpeningParticiple() {}

  /** Participles that work as prepositions and so have no subject: "Regarding the plan, ...". */
  private static final Set<String> PREPOSITIONS = Set.of("regarding", "concerning", "including", "following",
      "according", "considering", "excluding", "barring", "pending", "notwithstanding", "during", "touching");

  /**
   * Words that may open the sentence before its participle: "After saying ..., she left", "Despite
   * criticizing the plan, Smith said ...", "Without naming him, Smith said ...".
   */
  private static final Set<String> LEADS = Set.of("after", "before", "while", "by", "since", "upon", "when", "in",
      "despite", "without");

  /** Whether the participle at {@code verb} opens its sentence, alone or after a lead word. */
  static boolean opens(Sentence sentence, int verb) {
    return verb == 0 || verb == 1 && LEADS.contains(sentence.token(0).lower());
  }

  static Optional<SpeakerMention> speaker(Sentence sentence, List<Span> quotes) {
    if (PREPOSITIONS.contains(sentence.token(0).lower())) return Optional.empty();
    int comma = -1;
    for (int t = 1; t < sentence.size(); t++) {
      if (sentence.token(t).text().equals(",")) {
        comma = t;
        break;
      }
    }
    if (comma < 0) return Optional.empty();
    for (int t = comma + 1; t < sentence.size(); t++) {
      int token = t;
      Optional<Arc> up = sentence.head(t).filter(a -> a.relation().equals("nsubj") && a.governor() > token);
      if (up.isEmpty() || SpeakerFinder.inside(quotes, sentence.token(t).span())) continue;
      if (!sentence.token(t).isNoun() && !sentence.token(t).pos().equals("PRP")) return Optional.empty();
      if (SpeakerFinder.isTemporal(sentence.token(t))) return Optional.empty();
      return Optional.of(SpeakerMentions.mention(sentence, sentence.token(t).isProperNoun()
          ? SpeakerMentions.nameHead(sentence, t) : t));
    }
    return Optional.empty();
  }
}
