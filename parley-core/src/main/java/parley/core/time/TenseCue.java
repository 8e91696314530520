package parley.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.core.doc.Arc;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.Token;
import parley.core.time.TimeValueResolver.Tense;

/**
 * Guesses whether an underspecified expression ("on Friday", "in April") points back or ahead from
 * the words nearest to it in its sentence: "will", "is to", "scheduled" point ahead; "said",
 * "was", "had" point back. Without either, news reports the past.
 */
final class TenseCue {
  /** A month, weekday, "tomorrow" or a year, as the start of a time after "by". */
  private static final String NAMED_TIME = "(?:january|february|march|april|may|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b"
      + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|tomorrow\\b|\\d{4}\\b";

  private static final Pattern FUTURE = Pattern.compile("\\b(?:will|won['’]t|['’]ll|shall|let['’]s|would|must(?!\\s+have)|going to|"
      + "plans? to|(?<!\\bas\\s)(?<!\\bpreviously\\s)(?<!\\boriginally\\s)(?:planned|scheduled)|expected to|expects? to|due to|due|is to|are to|to be held|"
      // "Polls close at 1400 GMT on Monday": a timetable in the simple present the tagger may miss
      + "(?<=\\b(?:polls|booths|doors|gates|nominations|registration)\\s)(?:open|close|reopen)|"
      + "intends? to|aims? to|hopes? to|set to|(?:is|are) set(?=\\s+for\\b)|(?:un)?likely to|(?:certain|sure) to|poised to|upcoming|until"
      // "before" as a time, not as a place ("testifying before the committee")
      + "|(?<!\\b(?:testify|testified|testifies|testifying|appear|appeared|appears|appearing|brought|argued)\\s)before"
      // "by" only when it introduces a time ("by July or August"), not a passive's agent ("made by")
      + "|by(?=\\s+(?:early\\s+|mid-?|late\\s+|the\\s+end\\s+of\\s+|next\\s+)?(?:" + NAMED_TIME + ")))\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern PAST = Pattern.compile("\\b(?:said|says|was|were|had|did|told|"
      + "met|held|gave|took|went|came|made|saw|began|won|lost|left|sent|led|fought|fell|rose|spoke|wrote|"
      + "broke|chose|drew|drove|ate|flew|forgot|froze|got|grew|hit|hid|knew|lay|meant|paid|put|ran|"
      + "sat|sold|shot|stood|struck|swore|thought|threw|understood|woke|wore|became|brought|bought|"
      + "caught|felt|found|heard|kept|built|shrank|sank|fled|spent|sought|slid|withdrew|overthrew|shook|stole|swept|"
      + "dealt|fought|taught|arose|undertook|overtook|upheld|withheld|foresaw|overcame|rang|sprang|swung|stuck|"
      + "ago|earlier|since|[a-z]{3,}ed)\\b", Pattern.CASE_INSENSITIVE);

  private static final int AFTER_PENALTY = 1_000_000;

  /** Verbs that move something to a later time: "postponed until Tuesday", "gave them until Friday". */
  private static final Pattern DEFERRAL = Pattern.compile("\\b(?:postpon|delay|defer|extend|adjourn|put off"
      + "|push(?:ed|es|ing)? back|gave|give|given|grant|suspend|recess)\\w*\\b[^.;]*$", Pattern.CASE_INSENSITIVE);

  private TenseCue() {}

  /**
   * The tense for an expression at {@code [start, end)} inside {@code sentence}: from the verb that
   * governs it in the parse when there is one, else from the nearest cue words.
   */
  static Tense of(String text, List<Sentence> sentences, Span sentence, int start, int end) {
    for (Sentence s : sentences) {
      if (!s.span().contains(new Span(start, end)) || s.tokens().isEmpty()) continue;
      Tense parsed = fromParse(s, new Span(start, end));
      if (parsed != Tense.UNKNOWN) return parsed;
      return of(text, sentence.start(), sentence.end(), start, end, cue -> !taggedPresent(s, cue));
    }
    return of(text, sentence.start(), sentence.end(), start, end);
  }

  /** Whether the tagger read a past-looking word as a base or present form ("to lay odds", "they put"). */
  private static boolean taggedPresent(Sentence s, Span word) {
    for (Token t : s.tokens()) {
      if (t.span().equals(word)) return t.pos().equals("VB") || t.pos().equals("VBP") || t.pos().equals("VBZ");
    }
    return false;
  }

  /**
   * Whether "until Tuesday" at {@code start} ends a deferral written before it in its sentence
   * ("postponed until Tuesday"): the day then lies after the deferring act, whatever its tense.
   */
  static boolean defers(String text, int from, int start) {
    return DEFERRAL.matcher(text).region(from, start).find()
        || GIVEN_UNTIL.matcher(text).region(from, start).find();
  }

  /**
   * Words before a possessive day that await it: "ahead of Sunday's vote", "until Friday's deadline"
   * ("before Friday's purchases" can look back from now or ahead, so it decides nothing).
   */
  private static final Pattern AWAITING = Pattern.compile("\\b(?:ahead\\s+of|until|till|awaiting|await|awaits"
      + "|upcoming|(?:lead|run)[-\\s]?up\\s+to|heading\\s+into|in\\s+advance\\s+of|preparing\\s+for)\\s+$", Pattern.CASE_INSENSITIVE);

  /**
   * The tense of a day named as a possessive ("Tuesday's ruling", "would get around Wednesday's
   * decision"): it dates the thing it qualifies, not the clause's verb, and a thing named by a day
   * in news is one already done, unless the words right before await it ("ahead of Sunday's vote").
   */
  static Tense ofPossessiveDay(String text, int from, int start) {
    return AWAITING.matcher(text).region(Math.max(from, start - 30), start).find() ? Tense.FUTURE : Tense.PAST;
  }

  /** A scheduled event a possessive day can name ahead: "Tuesday's primary", "Friday’s debate". */
  private static final Pattern SCHEDULED_EVENT = Pattern.compile("(?i)(?:['’]s)?\\s+(?:(?-i:[A-Z][\\w.-]*)\\s+){0,3}(?:primary|primaries"
      + "|caucus(?:es)?|election|runoff|run-off|referendum|debate|summit|hearing|deadline|showdown|inauguration"
      + "|convention|game|match|final|race)\\b");
  private static final Pattern COUNTED_FROM = Pattern.compile("(?i)\\b(?:after|since|following|from)\\s+(?:the\\s+)?$");

  /**
   * As {@link #ofPossessiveDay(String, int, int)}, but a scheduled event told in a clause looking
   * ahead lies ahead ("expects to do well in Tuesday’s New Hampshire primary"), where a result
   * named by a day stays done ("will appeal Tuesday's ruling") and so does an event counted from.
   */
  static Tense ofPossessiveDay(String text, int from, int start, int end, Tense clause) {
    Tense own = ofPossessiveDay(text, from, start);
    if (own == Tense.FUTURE || clause != Tense.FUTURE) return own;
    boolean scheduled = SCHEDULED_EVENT.matcher(text).region(end, text.length()).lookingAt();
    boolean countedFrom = COUNTED_FROM.matcher(text).region(Math.max(from, start - 16), start).find();
    return scheduled && !countedFrom ? Tense.FUTURE : own;
  }

  /** "until close of business on Thursday", "by the end of trading Friday": a bound set on part of a day. */
  private static final Pattern BOUND_ON_DAY_PART = Pattern.compile("\\b(until|till|by)\\s+(?:the\\s+)?(?:close|end|start"
      + "|opening)\\s+of\\s+(?:business|trading|the\\s+(?:working\\s+)?day|play)\\s+$", Pattern.CASE_INSENSITIVE);

  /** The preposition of a bound set on part of the day the expression at {@code start} names, or "". */
  static String boundOnDayPart(String text, int from, int start) {
    Matcher m = BOUND_ON_DAY_PART.matcher(text).region(Math.max(from, start - 60), start);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** "X has until Friday to leave": the time someone is given lies ahead. */
  private static final Pattern GIVEN_UNTIL = Pattern.compile("\\b(?:has|have)\\s+$", Pattern.CASE_INSENSITIVE);

  /** The tense for an expression at {@code [start, end)} inside sentence {@code [from, to)}. */
  static Tense of(String text, int from, int to, int start, int end) {
    return of(text, from, to, start, end, cue -> true);
  }

  /** As {@link #of(String, int, int, int, int)}, counting only the past cue words {@code pastCue} accepts. */
  private static Tense of(String text, int from, int to, int start, int end, Predicate<Span> pastCue) {
    int future = nearest(FUTURE.matcher(text), from, to, start, end, cue -> true);
    int past = nearest(PAST.matcher(text), from, to, start, end, pastCue);
    // "is scheduled for Thursday": a plan word is a past form too, and then the plan decides
    if (future <= past && future < Integer.MAX_VALUE) return Tense.FUTURE;
    return past < Integer.MAX_VALUE ? Tense.PAST : Tense.UNKNOWN;
  }

  /**
   * The tense of the clause verb governing the expression: "will"/"shall" or a modal with a base
   * verb, "is to", a present progressive, or a plan verb ("plans to meet") point ahead; a past
   * tense (VBD), "has/had" + participle point back.
   */
  static Tense fromParse(Sentence s, Span span) {
    OptionalInt head = ClauseLocator.head(s, span);
    if (head.isEmpty()) return Tense.UNKNOWN;
    OptionalInt clause = ClauseLocator.clauseOf(s, head.getAsInt());
    OptionalInt predicate = copularPredicate(s, head.getAsInt());
    if (predicate.isPresent()) clause = predicate;
    OptionalInt timed = MisattachedDate.verbOf(s, span, head.getAsInt());
    // "the council, which opposes it, on Friday rejected ...": the day is the past verb's
    if (timed.isPresent() && !timed.equals(s.head(head.getAsInt()).map(a -> OptionalInt.of(a.governor()))
        .orElse(OptionalInt.empty()))) {
      clause = timed;
    }
    OptionalInt dashed = DashedOffDay.verbBefore(s, span, head.getAsInt());
    if (dashed.isPresent()) clause = dashed;
    if (clause.isPresent()) clause = OptionalInt.of(NameParticle.governing(s, clause.getAsInt()));
    if (clause.isEmpty() || (!s.token(clause.getAsInt()).isVerb() && !hasCopula(s, clause.getAsInt()))) {
      return Tense.UNKNOWN;
    }
    int verb = clause.getAsInt();
    if (s.section() == Section.TITLE && headlineInfinitive(s, verb)) return Tense.FUTURE;
    if (PresentForFuture.pointsAhead(s, verb)) return Tense.FUTURE;
    for (int step = 0; step < 3; step++) {
      Tense t = verbTense(s, verb);
      if (t != Tense.UNKNOWN) return t;
      Token v = s.token(verb);
      Optional<Arc> up = s.head(verb);
      if (up.isEmpty() || up.get().governor() < 0) return Tense.UNKNOWN;
      int governor = up.get().governor();
      boolean infinitive = isInfinitive(s, verb);
      if (!infinitive && !nonFiniteUnder(s, verb, up.get()) && !bareConjunct(s, verb, up.get())) return Tense.UNKNOWN;
      // "an agreement to acquire the bank in January": an infinitive qualifying a noun is its aim
      // ("the first countries to accede on Friday" tells who did it, not an aim)
      if (infinitive && up.get().baseRelation().equals("acl") && s.token(governor).pos().startsWith("NN")
          && !rankedNoun(s, governor)) {
        return Tense.FUTURE;
      }
      if (infinitive && PLAN_VERBS.contains(s.token(governor).lemma().toLowerCase(Locale.ROOT))) {
        // "had been scheduled to expire Friday": a plan told in the past perfect was for a day now past
        return hasAux(s, governor, "had") ? Tense.PAST : Tense.FUTURE;
      }
      verb = governor;
    }
    return Tense.UNKNOWN;
  }

  /** "to raise", "to be completed": an infinitive, active or passive. */
  static boolean isInfinitive(Sentence s, int verb) {
    String pos = s.token(verb).pos();
    boolean passive = pos.equals("VBN") && s.dependents(verb).stream()
        .anyMatch(a -> a.relation().equals("aux:pass") && s.token(a.dependent()).lemma().equals("be"));
    return (pos.equals("VB") || passive) && hasAux(s, verb, "to");
  }

  /**
   * A base form joined to a verb with no subject or auxiliary of its own ("should boost prices and
   * enable the group to raise them"), or its passive with a bare "be" ("could drag on and not be
   * completed by May"): it shares that verb's auxiliaries.
   */
  private static boolean bareConjunct(Sentence s, int verb, Arc up) {
    boolean barePassive = s.token(verb).pos().equals("VBN") && s.dependents(verb).stream().anyMatch(a -> isBareBe(s, a));
    if (!(s.token(verb).pos().equals("VB") || barePassive) || !up.baseRelation().equals("conj")
        || !s.token(up.governor()).isVerb()) {
      return false;
    }
    return s.dependents(verb).stream().noneMatch(a -> (a.relation().startsWith("aux") && !isBareBe(s, a))
        || a.relation().equals("mark") || a.baseRelation().equals("nsubj"));
  }

  /** A passive auxiliary "be" in its base form. */
  private static boolean isBareBe(Sentence s, Arc a) {
    return a.relation().equals("aux:pass") && s.token(a.dependent()).pos().equals("VB");
  }

  /** "the first countries", "the only leader", "the last man": a noun picked out by rank. */
  private static boolean rankedNoun(Sentence s, int noun) {
    for (Arc arc : s.dependents(noun)) {
      Token t = s.token(arc.dependent());
      String w = t.text().toLowerCase(Locale.ROOT);
      if (t.pos().equals("JJS") || w.equals("first") || w.equals("last") || w.equals("only")
          || w.equals("second") || w.equals("third") || w.equals("next")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PLAN_VERBS = Set.of("plan", "expect", "schedule", "intend", "aim",
      "hope", "want", "seek", "prepare", "propose", "promise", "vow", "threaten", "due", "set", "decide",
      "agree", "pledge", "offer", "wish", "mean", "likely", "unlikely", "poised", "certain", "sure", "bound");

  /**
   * Verbs whose simple present states or reports rather than schedules; any other simple present
   * with a day is a timetable ("the ultimatum expires on Thursday", "the committee meets Friday").
   */
  private static final Set<String> STATE_OR_REPORT_VERBS = Set.of("be", "have", "say", "tell", "think",
      "know", "believe", "want", "need", "seem", "remain", "include", "contain", "mean", "appear", "add",
      "note", "argue", "claim", "report", "show", "insist", "deny", "accuse", "warn", "live", "work",
      "continue", "stay", "keep", "hold", "face", "like", "hope", "fear", "expect");

  /** Verbs whose object is an arrangement for later: "scheduled a news conference Thursday". */
  private static final Set<String> ARRANGE_VERBS = Set.of("schedule", "plan", "slate", "set", "expect");

  /**
   * The tense of one verb from its form and auxiliaries: "will meet", a modal with no perfect ("could
   * come as early as Tuesday", "would be traveling Thursday"), "is meeting", an arrangement verb in
   * the present ("has scheduled a news conference Thursday", "is planned for Friday"; "planned a
   * service for Saturday" may be over) point ahead; a past form, "had" or "has/have" + participle,
   * a perfect modal ("could have met") point back.
   */
  static Tense verbTense(Sentence s, int verb) {
    Token v = s.token(verb);
    boolean pastAux = false;
    boolean presentAux = false;
    boolean modal = false;
    boolean perfect = false;
    for (Arc arc : s.dependents(verb)) {
      // "the campaign was in overdrive": a copula carries the tense of a clause headed by a noun
      if (!arc.baseRelation().equals("aux") && !arc.baseRelation().equals("aux:pass")
          && !arc.relation().startsWith("aux") && !arc.baseRelation().equals("cop")) {
        continue;
      }
      Token aux = s.token(arc.dependent());
      String word = aux.text().toLowerCase(Locale.ROOT);
      // "We’ll meet": a curly apostrophe is the same contraction
      if (word.equals("will") || word.equals("shall") || word.replace('’', '\'').equals("'ll") || word.equals("wo")) {
        return Tense.FUTURE;
      }
      if (aux.pos().equals("MD")) modal = true;
      if (aux.lemma().equals("have")) perfect = true;
      if (aux.pos().equals("VBD")) pastAux = true;
      if (aux.pos().equals("VBZ") || aux.pos().equals("VBP")) presentAux = true;
    }
    String lemma = v.lemma().toLowerCase(Locale.ROOT);
    if (modal) return perfect || UnreachedForComment.isFailedTry(s, verb) ? Tense.PAST : Tense.FUTURE;
    // "a statement issued late Tuesday": a bare participle qualifying a noun tells a thing done
    if (v.pos().equals("VBN") && !pastAux && !presentAux && !perfect
        && s.head(verb).map(a -> a.baseRelation().equals("acl")).orElse(false)) {
      return Tense.PAST;
    }
    // a base form with a subject and no auxiliary is a present the tagger read as VB ("They meet Monday")
    boolean taggedBase = v.pos().equals("VB") && !modal && !perfect && !pastAux && !presentAux
        && !hasAux(s, verb, "to") && hasSubject(s, verb) && finiteSlot(s, verb);
    if (v.pos().equals("VBP") && !presentAux && SamePastForm.isSameAsPast(v.text())) return Tense.UNKNOWN;
    boolean present = presentAux || v.pos().equals("VBZ") || v.pos().equals("VBP") || taggedBase;
    if (ARRANGE_VERBS.contains(lemma) && present && !pastAux) return Tense.FUTURE;
    if (perfect || pastAux || v.pos().equals("VBD")) return Tense.PAST;
    if (presentAux && v.pos().equals("VBG")) return ComingOff.isComingOff(s, verb) ? Tense.PAST : Tense.FUTURE;
    // headlines tell what happened in the simple present ("Rebels attack border town Monday");
    // what is coming they tell with "to" or "will" ("Japan to cut tariffs Friday"), caught above
    if (s.section() == Section.TITLE && present && !presentAux) return Tense.PAST;
    if (!presentAux && present && (!STATE_OR_REPORT_VERBS.contains(lemma) || HeldEvent.isHeldEvent(s, verb))) {
      return Tense.FUTURE;
    }
    return Tense.UNKNOWN;
  }

  /**
   * A gerund with no auxiliary of its own that hangs on a verb ("After touring the city
   * Thursday, the chief said", "shareholders tendering their shares by the Tuesday deadline" under
   * "completed"): it takes that verb's time.
   */
  private static boolean nonFiniteUnder(Sentence s, int verb, Arc up) {
    String pos = s.token(verb).pos();
    // a bare past participle keeps its own past ("shares issued July 1" under "will offer")
    if (!pos.equals("VBG")) return false;
    if (!s.token(up.governor()).isVerb()) return false;
    String rel = up.baseRelation();
    if (!rel.equals("advcl") && !rel.equals("conj") && !rel.equals("xcomp")) return false;
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().startsWith("aux")) return false;
    }
    return true;
  }

  /** Verbs whose complement is a bare infinitive, not a present: "let the offensive begin", "saw them leave". */
  private static final Set<String> BARE_INFINITIVE_TAKERS = Set.of("let", "make", "help", "have", "see", "watch",
      "hear", "feel", "bid", "notice");

  /** Whether a base form stands where a finite verb can: a main clause, or a clause not under "let", "saw" ... */
  private static boolean finiteSlot(Sentence s, int verb) {
    Optional<Arc> up = s.head(verb);
    if (up.isEmpty() || up.get().governor() < 0) return true;
    String rel = up.get().baseRelation();
    if (!rel.equals("ccomp") && !rel.equals("parataxis") && !rel.equals("conj")) return false;
    return !BARE_INFINITIVE_TAKERS.contains(s.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
  }

  /** "Envoys to meet in Geneva Tuesday": a headline's infinitive with no verb above it announces. */
  private static boolean headlineInfinitive(Sentence s, int verb) {
    if (!s.token(verb).pos().equals("VB") || !hasAux(s, verb, "to")) return false;
    Optional<Arc> up = s.head(verb);
    return up.isEmpty() || up.get().governor() < 0 || !s.token(up.get().governor()).isVerb();
  }

  /**
   * A predicate with a copula and no infinitive complement: "was in overdrive", not "was due to
   * head there" (a plan, whose time lies ahead of the copula).
   */
  private static boolean hasCopula(Sentence s, int head) {
    return s.dependents(head).stream().anyMatch(a -> a.baseRelation().equals("cop"))
        && s.dependents(head).stream().noneMatch(a -> a.baseRelation().equals("xcomp"));
  }

  /**
   * The adjective or noun with a copula that a time hangs on below its clause verb ("the dividend
   * will be payable Jan. 3, the company said"): its copula and auxiliaries carry the tense.
   */
  private static OptionalInt copularPredicate(Sentence s, int token) {
    int current = token;
    for (int steps = 0; steps < s.size(); steps++) {
      Optional<Arc> up = s.head(current);
      if (up.isEmpty() || up.get().governor() < 0) return OptionalInt.empty();
      int governor = up.get().governor();
      if (s.token(governor).isVerb()) return OptionalInt.empty();
      if (s.dependents(governor).stream().anyMatch(a -> a.baseRelation().equals("cop"))) return OptionalInt.of(governor);
      current = governor;
    }
    return OptionalInt.empty();
  }

  private static boolean hasSubject(Sentence s, int verb) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.baseRelation().equals("nsubj")) return true;
    }
    return false;
  }

  /** Whether {@code verb} has {@code word} as an auxiliary or marker ("to", "had", "will"). */
  /** A determiner or possessive right before a time: it qualifies a noun ("their February 22 pact", "a June election"). */
  private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:a|an|the|their|its|his|her|our|your|my|this|that)\\s+$");

  /** Whether a determiner or possessive stands right before {@code start} (not before {@code from}). */
  static boolean determinerBefore(String text, int from, int start) {
    return DETERMINER_BEFORE.matcher(text).region(Math.max(from, start - 8), start).find();
  }

  static boolean hasAux(Sentence s, int verb, String word) {
    for (Arc arc : s.dependents(verb)) {
      if (arc.relation().startsWith("aux") || arc.relation().equals("mark")) {
        if (s.token(arc.dependent()).text().equalsIgnoreCase(word)) return true;
      }
    }
    return false;
  }

  private static int nearest(Matcher m, int from, int to, int start, int end, Predicate<Span> counts) {
    int best = Integer.MAX_VALUE;
    m.region(from, to);
    while (m.find()) {
      if (m.start() < end && m.end() > start) continue;
      if (!counts.test(new Span(m.start(), m.end()))) continue;
      int distance = m.end() <= start ? start - m.end() : m.start() - end;
      // a time after its verb modifies it ("will double flights by August, in markets untouched"):
      // cues before the expression outrank any after it
      if (m.start() >= end) distance += AFTER_PENALTY;
      best = Math.min(best, distance);
    }
    return best;
  }
}
