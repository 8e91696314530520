package parley.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;

/**
 * Whether a time hangs straight on a verb that looks ahead for certain: one with "will" or "shall"
 * ("the election will be held in November", "will pay the dividend on Dec. 15"), an infinitive under
 * a plan told in the present ("is expected to take place in December", "are due to vote in October",
 * "plans to visit China in October") or a present plan itself ("are scheduled for November", "is due
 * in June") or a present copula ("the vote is on Sunday"). A date it names then lies ahead, however far, even when last year's lies nearer ("in
 * November" told in January is this November). A time on a noun ("will review their February 22
 * pact") or a bound ("agreed to ship by April 7") says nothing about the verb and is left to the
 * nearest-date rule. Sentences the pipeline did not parse are read from their words.
 */
final class OwnFutureVerb {
  private static final Set<String> AUXILIARIES = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");
  private static final Set<String> PLANS = Set.of("expect", "due", "schedule", "set", "slate", "plan", "intend",
      "aim", "poise", "poised", "likely");
  private static final Set<String> PLANNED = Set.of("schedule", "set", "slate", "plan", "due");

  /** The same in words: a sure future cue, then the clause's words up to the time, with no past or pause between. */
  private static final Pattern CUE_BEFORE = Pattern.compile("(?i)\\b(?:will|shall|'ll|(?:is|are|am|'s|'re)\\s+"
      + "(?:expected|due|scheduled|set|slated|poised|likely)(?:\\s+to\\s+[a-z]+)?|(?:plans|intends|aims)\\s+to\\s+[a-z]+)"
      + "\\b(?<rest>[^,;:()\"“”]*)$");
  /** A past form or a clause of its own between the cue and the time. */
  private static final Pattern BREAKS = Pattern.compile("(?i)\\b(?:[a-z]{3,}ed|was|were|had|did|said|that|which|who"
      + "|after|since|when|while|because|ago)\\b");
  /** A present copula right before the time: "the vote is on Sunday", "the deadline is Friday". */
  private static final Pattern PREDICATE = Pattern.compile("(?i)\\b(?:is|are)\\s+$");

  private OwnFutureVerb() {}

  /** Whether the time at {@code [start, end)}, introduced by {@code prep}, hangs on a verb sure to look ahead. */
  static boolean times(String text, List<Sentence> sentences, Span sentence, int start, int end, String prep) {
    if (prep.equals("by") || prep.equals("since") || prep.equals("until") || prep.equals("till")) return false;
    Optional<Sentence> parsed = ClauseLocator.sentenceOf(sentences, new Span(start, end));
    if (parsed.isEmpty() || parsed.get().arcs().isEmpty()) return inWords(text, sentence.start(), start);
    Sentence s = parsed.get();
    OptionalInt head = ClauseLocator.head(s, new Span(start, end));
    if (head.isEmpty()) return false;
    // "the vote is on Sunday", "said the next rally is on Sunday": the time is a present predicate
    if (hasAux(s, head.getAsInt(), PRESENT_BE, "cop")) return true;
    OptionalInt verb = ClauseLocator.timeAdjunctOf(s, head.getAsInt());
    return verb.isPresent() && looksAhead(s, verb.getAsInt());
  }

  private static boolean looksAhead(Sentence s, int verb) {
    if (hasAux(s, verb, AUXILIARIES, "aux")) return true;
    String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
    // "are scheduled for November", "is due in June"
    if (PLANNED.contains(lemma) && presentPlan(s, verb)) return true;
    // "is expected to take place in December", "plans to visit in October"
    if (!TenseCue.hasAux(s, verb, "to")) return false;
    Optional<Arc> up = s.head(verb);
    if (up.isEmpty() || up.get().governor() < 0 || !up.get().baseRelation().equals("xcomp")) return false;
    int plan = up.get().governor();
    return PLANS.contains(s.token(plan).lemma().toLowerCase(Locale.ROOT)) && presentPlan(s, plan);
  }

  /** "plans", "is expected", "are due", "will be set": a plan told in the present or future. */
  private static boolean presentPlan(Sentence s, int word) {
    String pos = s.token(word).pos();
    if (pos.equals("VBZ") || pos.equals("VBP")) return true;
    return hasAux(s, word, PRESENT_BE, "aux") || hasAux(s, word, PRESENT_BE, "cop") || hasAux(s, word, AUXILIARIES, "aux");
  }

  private static boolean hasAux(Sentence s, int verb, Set<String> words, String relation) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().startsWith(relation) && words.contains(s.token(arc.dependent()).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inWords(String text, int from, int start) {
    if (TenseCue.determinerBefore(text, from, start)) return false;
    if (PREDICATE.matcher(text).region(Math.max(from, start - 8), start).find()) return true;
    Matcher m = CUE_BEFORE.matcher(text).region(Math.max(from, start - 80), start);
    return m.find() && !BREAKS.matcher(m.group("rest")).find();
  }
}
