package parley.core.quote;

import static parley.core.quote.DeadlineSentence.PERIOD;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import parley.core.doc.ActorRef;
import parley.core.doc.Arc;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;
import parley.core.time.ClauseLocator;

/**
 * A deadline or ultimatum named by its noun: "gave X a June deadline to V", "set a deadline of June 1
 * for X to V", "issued an ultimatum to X to V within three days", "the deadline expires on Friday",
 * "extended its deadline until November 26", "a year-end deadline" (the end of the year it was set).
 */
final class DeadlineNouns {
  static final Set<String> NOUNS = Set.of("deadline", "ultimatum");
  private static final Set<String> SETTING = Set.of("give", "set", "issue", "impose", "deliver", "present",
      "send", "announce", "fix", "lay", "extend", "grant", "hand",
      "put", "place");
  private static final Set<String> LAPSING = Set.of("expire", "pass", "run", "fall", "approach", "loom", "end",
      "lapse", "near");
  /** How long before the report a deadline it tells may have run out ("were given a May 9 deadline", told on May 14). */
  private static final int RECENTLY_PASSED_DAYS = 90;
  /** Words by which a time places itself in a year of its own ("last October", "next March"). */
  private static final Pattern OWN_YEAR = Pattern.compile("(?i)\\b(last|past|previous|this|next|coming|ago)\\b");
  private static final Pattern YEAR_END = Pattern.compile("(?i)year[- ]end|end of (the|this) year");

  private final Sentence s;
  private final List<TimeExpression> times;
  private final DeadlineSentence sentence;
  private final PassiveSetting passives;

  DeadlineNouns(Sentence s, List<TimeExpression> times, DeadlineSentence sentence, PassiveSetting passives) {
    this.s = s;
    this.times = times;
    this.sentence = sentence;
    this.passives = passives;
  }

  /** "gave X a year-end deadline to V"; "set a deadline of June 1 for X to V"; "the deadline expires on". */
  FoundDeadline fromNoun(int noun) {
    Optional<TimeExpression> dueTime = Optional.empty();
    int anchor = timedHead(noun);
    Optional<Arc> up = s.head(anchor);
    int governor = up.map(Arc::governor).orElse(-1);
    int settingVerb = settingVerb(noun, up);
    boolean lapsing = governor >= 0 && up.get().baseRelation().equals("nsubj")
        && LAPSING.contains(s.token(governor).lemma());
    for (TimeExpression t : times) {
      if (t.value().isEmpty()) continue;
      OptionalInt head = ClauseLocator.head(s, t.span());
      int attachedTo = head.isPresent() ? s.head(head.getAsInt()).map(Arc::governor).orElse(-2) : -2;
      boolean before = t.span().end() <= s.token(noun).span().start()
          && s.token(noun).span().start() - t.span().end() <= 30 && within(t.span(), phrase(anchor));
      if (attachedTo == noun || anchor != noun && attachedTo == anchor || before || lapsing && attachedTo == governor || sentence.inApposition(noun, t)) dueTime = Optional.of(t);
    }
    boolean ofDate = false;
    if (dueTime.isEmpty() && settingVerb >= 0) {
      // "extended its deadline until November 26", "moved the deadline to Friday"
      for (TimeExpression t : times) {
        OptionalInt head = ClauseLocator.head(s, t.span());
        if (t.value().isEmpty() || head.isEmpty()) continue;
        boolean onVerb = s.head(head.getAsInt()).map(Arc::governor).orElse(-2) == settingVerb;
        if (onVerb && Set.of("until", "till", "to").contains(DeadlineParts.preposition(s, head.getAsInt()))) {
          dueTime = Optional.of(t);
        }
        // "put a deadline on the talks of October 1": the deadline's "of" date, hung on the noun after it
        if (dueTime.isEmpty() && DeadlineParts.preposition(s, head.getAsInt()).equals("of")
            && t.span().start() > s.token(noun).span().end()
            && ClauseLocator.clauseOf(s, head.getAsInt()).equals(OptionalInt.of(settingVerb))) {
          dueTime = Optional.of(t);
          ofDate = true;
        }
      }
    }
    // "did not give a deadline", "denied that X had set a deadline": no deadline was set
    if (new DeniedSetting(s).denied(noun, settingVerb)) return new FoundDeadline(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), false, false, sentence.evidence());
    boolean setting = settingVerb >= 0;
    Optional<Integer> recipient = Optional.empty();
    Optional<ActorRef> setter = Optional.empty();
    Optional<ActorRef> addressee = Optional.empty();
    Optional<String> set = Optional.empty();
    Optional<Integer> action = DeadlineParts.dependent(s, noun, "acl", Set.of()).filter(a -> a != settingVerb)
        .or(() -> settingVerb < 0 ? Optional.empty() : sentence.infinitive(settingVerb)
            .filter(a -> ForToClause.of(s, a) && DeadlineParts.dependent(s, a, "nsubj", Set.of()).filter(sentence::isActorAt).isPresent()));
    Optional<String> demand = action.map(sentence::demandOf);
    if (setting) {
      int verb = settingVerb;
      if (passives.passive(verb) || reducedRelative(up)) {
        // "X was given a deadline (by Y)", "a deadline was set for X", "a deadline set by Y for X"
        setter = passives.agent(verb);
        recipient = passives.passiveSubject(verb).filter(i -> i != noun && i != anchor);
        addressee = passives.passiveSubject(verb).filter(i -> i != noun && i != anchor)
            .or(() -> DeadlineParts.dependent(s, verb, "obl", Set.of("to", "for")).filter(sentence::isActorAt))
            .map(sentence::actor);
      } else {
        setter = sentence.giver(verb);
        recipient = DeadlineParts.dependent(s, verb, "iobj", Set.of());
        addressee = DeadlineParts.dependent(s, verb, "iobj", Set.of())
            .or(() -> DeadlineParts.dependent(s, verb, "obl", Set.of("to", "for")).filter(sentence::isActorAt))
            .map(sentence::actor);
      }
      Span exclude = dueTime.map(TimeExpression::span).orElse(s.token(noun).span());
      set = ParticipleDate.onNoun(s, noun, verb) ? ParticipleDate.of(s, verb, times, exclude)
          : DeadlineParts.dateOf(s, verb, times, exclude).or(() -> sentence.reportDate(exclude));
      if (demand.isEmpty()) demand = sentence.infinitive(verb).map(sentence::demandOf);
    } else if (governor >= 0 && up.get().baseRelation().equals("obj") && s.token(governor).lemma().equals("face")) {
      // "Tokyo faces a deadline of April 17 from Washington": who faces it must meet it, "from" sets it
      addressee = DeadlineParts.dependent(s, governor, "nsubj", Set.of()).map(sentence::actor);
      setter = DeadlineParts.dependent(s, noun, "nmod", Set.of("from"))
          .or(() -> DeadlineParts.dependent(s, governor, "obl", Set.of("from"))).map(sentence::actor)
          .or(() -> sentence.possessor(noun));
    } else {
      setter = sentence.possessor(noun);
    }
    if (addressee.isEmpty()) {
      // "a deadline for Iraq"; not "a deadline for accepting shares", "for a resolution": what is due
      addressee = DeadlineParts.dependent(s, noun, "nmod", Set.of("for", "to", "on")).filter(sentence::isActorAt).map(sentence::actor);
    }
    if (addressee.isEmpty()) addressee = heldTo(noun, up);
    if (addressee.isEmpty() || addressee.get().code().isEmpty()) {
      Optional<ActorRef> doer = action.flatMap(sentence::subject);
      if (doer.isPresent()) addressee = doer;
    }
    Optional<String> due = dueTime.flatMap(DeadlineParts::due);
    // "a deadline of three weeks": the period counts from the setting
    if (dueTime.flatMap(TimeExpression::value).filter(v -> PERIOD.matcher(v).matches()).isPresent()) {
      due = sentence.plusPeriod(dueTime.get(), set);
    }
    // the report's date stands in for the setting this sentence tells: a yearless "of" date falls after it
    // and so does it for "gave firms an October deadline", told in the simple past ("had given" was earlier;
    // "last October" says its year)
    boolean reportedSetting = setting && !ClauseLocator.isPastPerfect(s, settingVerb)
        && dueTime.filter(t -> OWN_YEAR.matcher(t.text()).find()).isEmpty();
    // ("a May 9 deadline" told a few days later may have passed: only a due date months before the report moves)
    if (dueTime.isPresent()) {
      Optional<String> after = ofDate ? set.or(sentence::published) : set;
      if (reportedSetting && !ofDate && set.isEmpty()) {
        after = sentence.published().map(p -> java.time.LocalDate.parse(p).minusDays(RECENTLY_PASSED_DAYS).toString());
      }
      due = DueAfterSetting.due(due, dueTime.get(), after);
    }
    if (due.isEmpty()) due = period(noun, set);
    due = yearEnd(dueTime, due, set);
    FoundDeadline found = new FoundDeadline(setter, addressee, demand, due, set, setting, false, sentence.evidence());
    // "the suppliers were given a May 9 deadline": whoever is given it must meet it, known actor or not
    Optional<ActorRef> to = addressee;
    boolean given = recipient.filter(i -> s.token(i).isNoun() && to.filter(a -> a.span().contains(s.token(i).span())).isPresent())
        .isPresent();
    return given ? found.asRecipient() : found;
  }

  /**
   * The noun a deadline's date heads when the parse hangs the deadline on it: "a May 9 close of
   * business deadline" read as "a May 9 close" of "business deadline"; else the deadline noun itself.
   */
  private int timedHead(int noun) {
    Optional<Arc> up = s.head(noun);
    if (up.isEmpty() || up.get().governor() < 0 || up.get().governor() > noun || !up.get().baseRelation().equals("nmod")
        || !DeadlineParts.preposition(s, noun).equals("of") || !s.token(up.get().governor()).isNoun()) {
      return noun;
    }
    int g = up.get().governor();
    Span head = DeadlineParts.subtree(s, g, Set.of("compound", "nummod", "amod"));
    return times.stream().anyMatch(t -> t.span().overlaps(head)) ? g : noun;
  }

  /**
   * The verb that sets the deadline noun: "gave X a deadline" (the noun its object), "a deadline was
   * set" (its passive subject), "a deadline set by Y" (a participle on the noun); -1 when none.
   */
  private int settingVerb(int noun, Optional<Arc> up) {
    if (up.isPresent() && up.get().governor() >= 0 && SETTING.contains(s.token(up.get().governor()).lemma())
        && (up.get().baseRelation().equals("obj") || up.get().relation().equals("nsubj:pass"))) {
      return up.get().governor();
    }
    if (reducedRelative(up)) return up.get().governor();
    for (Arc arc : s.dependents(noun)) {
      int d = arc.dependent();
      if (arc.baseRelation().equals("acl") && SETTING.contains(s.token(d).lemma()) && s.token(d).pos().equals("VBN")) {
        return d;
      }
    }
    return -1;
  }

  /**
   * "X failed to reach an agreement by the union's deadline", "X had agreed to V before the deadline",
   * "X met the deadline": who must act by the deadline is the subject of the verb it times (or of
   * the verb that verb completes), when that subject is an actor ("a majority of the banks": the banks).
   */
  private Optional<ActorRef> heldTo(int noun, Optional<Arc> up) {
    if (up.isEmpty() || up.get().governor() < 0) return Optional.empty();
    int verb = up.get().governor();
    if (reducedRelative(up)) return ReducedRelativeHolder.of(s, noun, verb).flatMap(this::actorSubject);
    if (up.get().baseRelation().equals("nmod") && DeadlineParts.preposition(s, noun).equals("by")) {
      // "failed to reach an agreement by the deadline", the deadline parsed on the agreement
      Optional<Arc> object = s.head(verb);
      if (object.isEmpty() || object.get().governor() < 0 || !object.get().baseRelation().equals("obj")) return Optional.empty();
      verb = object.get().governor();
      up = Optional.of(new Arc(verb, noun, "obl"));
    }
    boolean timed = up.get().baseRelation().equals("obl")
        && Set.of("by", "before").contains(DeadlineParts.preposition(s, noun));
    boolean met = up.get().baseRelation().equals("obj") && MEETING.contains(s.token(verb).lemma());
    if (!timed && !met || !s.token(verb).isVerb()) return Optional.empty();
    for (int v = verb, steps = 0; v >= 0 && steps < 3; steps++) {
      Optional<Integer> subj = DeadlineParts.dependent(s, v, "nsubj", Set.of());
      if (subj.isPresent()) {
        int who = subj.get();
        if (!sentence.isActorAt(who)) who = DeadlineParts.dependent(s, who, "nmod", Set.of("of")).orElse(who);
        return sentence.isActorAt(who) ? Optional.of(sentence.actor(who)) : Optional.empty();
      }
      Optional<Arc> above = s.head(v);
      if (above.isEmpty() || !above.get().baseRelation().equals("xcomp")) break;
      v = above.get().governor();
    }
    return Optional.empty();
  }

  private Optional<ActorRef> actorSubject(int verb) {
    return DeadlineParts.dependent(s, verb, "nsubj", Set.of()).filter(sentence::isActorAt).map(sentence::actor);
  }

  static final Set<String> MEETING = Set.of("meet", "miss", "beat");

  /**
   * "the April 17 deadline set by Washington" misparsed with the noun as subject of the bare
   * participle: a participle with a by-phrase and no auxiliary is the noun's passive modifier.
   */
  private boolean reducedRelative(Optional<Arc> up) {
    if (up.isEmpty() || up.get().governor() < 0 || !up.get().relation().equals("nsubj")) return false;
    int verb = up.get().governor();
    if (!SETTING.contains(s.token(verb).lemma()) || !s.token(verb).pos().equals("VBN")) return false;
    for (Arc arc : s.dependents(verb)) {
      if (arc.baseRelation().equals("aux")) return false;
    }
    return passives.agent(verb).isPresent();
  }

  private Span phrase(int noun) {
    return DeadlineParts.subtree(s, noun, Set.of("det", "amod", "compound", "nmod:poss", "case", "punct", "nummod"));
  }

  private static boolean within(Span inner, Span outer) {
    return inner.start() >= outer.start() - 1 && inner.end() <= outer.end();
  }

  /** "an ultimatum to V within three days": due is the setting date plus the period. */
  private Optional<String> period(int noun, Optional<String> set) {
    for (TimeExpression t : times) {
      if (t.value().isPresent() && PERIOD.matcher(t.value().get()).matches()
          && t.span().start() > s.token(noun).span().start()
          && t.text().toLowerCase(Locale.ROOT).startsWith("within")
          || t.value().isPresent() && PERIOD.matcher(t.value().get()).matches()
          && t.span().start() > s.token(noun).span().start() && sentence.precededBy(t, "within")) {
        return sentence.plusPeriod(t, set);
      }
    }
    return Optional.empty();
  }

  /** "In May 2018 ... gave a year-end deadline": the end of the year it was set. */
  private static Optional<String> yearEnd(Optional<TimeExpression> time, Optional<String> due, Optional<String> set) {
    if (time.isEmpty() || set.isEmpty() || !set.get().matches("\\d{4}.*")) return due;
    if (!YEAR_END.matcher(time.get().text()).find()) return due;
    return Optional.of(set.get().substring(0, 4) + "-12-31");
  }
}
