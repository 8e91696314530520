package parley.core.quote;

import static parley.core.quote.TemporalSubjects.isTemporal;

import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Token;

/** Who speaks through a passive speech verb: only its "by" phrase ("was criticized by Smith"). */
final class PassiveSpeakers {
  private PassiveSpeakers() {}

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
}
