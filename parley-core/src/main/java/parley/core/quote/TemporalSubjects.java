package parley.core.quote;

import static parley.core.quote.SpeakerMentions.mention;
import static parley.core.quote.SpeakerMentions.nameHead;

import java.util.Optional;
import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/** Words for a time, which never speak, and the dated noun the parser mistook a day for ("a poll released Friday found"). */
final class TemporalSubjects {
  private TemporalSubjects() {}

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
  static Optional<SpeakerMention> datedSubject(Sentence sentence, int day) {
    int participle = day - 1;
    while (participle > 0 && day - participle <= 3 && DATE_WORDS.contains(sentence.token(participle).pos())) participle--;
    if (participle < 1 || !sentence.token(participle).pos().equals("VBN")) return Optional.empty();
    Token noun = sentence.token(participle - 1);
    if (!noun.isNoun() || isTemporal(noun)) return Optional.empty();
    return Optional.of(mention(sentence, noun.isProperNoun() ? nameHead(sentence, participle - 1) : participle - 1));
  }
}
