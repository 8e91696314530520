package parley.core.time;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;

/**
 * Dates each event from the time expression that governs its clause ("said on Friday"), else from
 * the clause it depends on ("a dispute that arose in June when Colombia turned down ..."), else the
 * one free date of its sentence, else the date the narrative was at in the sentence before ("Israel
 * on Wednesday sent Syria a message. But it slammed Damascus ..."), else the publication date
 * (precision {@code published}). A clause of "a day after" is dated a day before its governor's
 * date. Past-perfect events, captions and a clause measured from an undated one ("four days after")
 * get no publication date. A past act at an occasion dated before ("during the debate") takes its date
 * ({@link OccasionDate}). An event left with the publication date that retells an earlier dated one
 * takes its date ({@link SameEventDate}). Stateless.
 */
public final class EventDater implements Stage {
  static final Set<String> TEMPORAL = Set.of("obl", "nmod", "advmod", "obl:tmod", "nmod:tmod",
      "obl:npmod", "nmod:npmod");

  /** Relations across which a clause is no longer the one it depends on: reported speech, asides. */
  private static final Set<String> OWN_TIME = Set.of("ccomp", "parataxis", "csubj", "root");

  @Override
  public Set<Facet> requires() {
    return EnumSet.of(Facet.TIMES, Facet.EVENTS, Facet.PARSE);
  }

  @Override
  public Set<Facet> provides() {
    return EnumSet.noneOf(Facet.class);
  }

  @Override
  public Document apply(Document doc) {
    List<Event> dated = new ArrayList<>(doc.events().size());
    for (Event event : doc.events()) dated.add(event.withDate(MonthOfWeek.of(date(doc, event))));
    return doc.withEvents(SameEventDate.carry(doc, dated));
  }

  static EventDate date(Document doc, Event event) {
    if (event.sentence() < 0 || event.sentence() >= doc.sentences().size()) return event.date();
    Sentence sentence = doc.sentences().get(event.sentence());
    OptionalInt verb = relativeClause(sentence,
        EventTrigger.of(sentence, event, ClauseLocator.head(sentence, event.evidence().span())),
        event.evidence().span());
    List<TimeExpression> dates = dates(doc, sentence);
    if (verb.isPresent() && AnnouncedIntent.statesIntent(event.type().code())) {
      Optional<EventDate> announced = AnnouncedIntent.date(doc, sentence, verb.getAsInt(), dates);
      if (announced.isPresent()) return announced.get();
    }
    Optional<String> governing = verb.isPresent() ? ReportedToday.speechDay(sentence, verb.getAsInt(), dates)
        : Optional.empty();
    if (governing.isEmpty() && verb.isPresent()) governing = governing(sentence, verb.getAsInt(), dates);
    if (governing.isEmpty() && verb.isPresent()) governing = ClauseOnDate.date(sentence, verb.getAsInt(), dates);
    if (governing.isEmpty() && verb.isPresent()) governing = occurrence(sentence, verb.getAsInt(), dates);
    if (governing.isEmpty() && verb.isPresent()) governing = NounEventDate.date(sentence, verb.getAsInt(), dates);
    if (governing.isEmpty() && verb.isPresent()) governing = NamedEventClause.date(sentence, verb.getAsInt(), dates);
    if (governing.isEmpty() && verb.isPresent()) governing = inherited(sentence, verb.getAsInt(), dates);
    if (governing.isEmpty() && verb.isPresent()) governing = MeasuredClauses.date(doc, sentence, verb.getAsInt());
    if (governing.isEmpty() && verb.isPresent()) governing = AdverbialClauseDate.date(sentence, verb.getAsInt(), dates);
    if (governing.isEmpty() && verb.isPresent() && UntoldPastTime.times(doc, sentence, verb.getAsInt())) {
      return EventDate.unknown();
    }
    if (governing.isEmpty()) governing = onlyFree(sentence, verb, dates);
    if (verb.isPresent()) governing = FutureDateOfPastAct.keep(doc, sentence, verb.getAsInt(), governing);
    if (governing.isPresent()) return EventDate.fromValue(governing.get());
    boolean caption = sentence.section() == Section.CAPTION
        || doc.sectionAt(event.evidence().span().start()) == Section.CAPTION;
    if (caption || (verb.isPresent() && (ClauseLocator.isPastPerfect(sentence, verb.getAsInt())
        || MeasuredClauses.isMeasured(doc, sentence, verb.getAsInt())))) {
      return EventDate.unknown();
    }
    if (verb.isPresent() && ClauseLocator.isSimplePast(sentence, verb.getAsInt())) {
      Optional<String> occasion = OccasionDate.date(doc, event.sentence(), verb.getAsInt());
      if (occasion.isPresent()) return EventDate.fromValue(occasion.get());
      Optional<String> carried = TemporalFocus.carriedInto(doc, event.sentence());
      if (carried.isPresent()) return EventDate.fromValue(carried.get());
    }
    return EventDate.published(doc.published().map(Object::toString).orElse(null));
  }

  /**
   * "the militants who tried to kill the mayor last year": evidence headed by a noun whose relative
   * clause, inside the evidence, tells the act is dated by that clause.
   */
  private static OptionalInt relativeClause(Sentence sentence, OptionalInt head, Span evidence) {
    if (head.isEmpty() || sentence.token(head.getAsInt()).isVerb()) return head;
    for (Arc arc : sentence.dependents(head.getAsInt())) {
      boolean clause = arc.relation().equals("acl:relcl")
          // "after a man carried out a shooting": a finite clause the parser hangs on its subject
          || (arc.relation().equals("acl") && sentence.token(arc.dependent()).pos().equals("VBD"));
      if (clause && evidence.contains(sentence.token(arc.dependent()).span())) {
        return OptionalInt.of(arc.dependent());
      }
    }
    return head;
  }

  /** The time expressions of {@code sentence} whose value is a calendar date. */
  static List<TimeExpression> dates(Document doc, Sentence sentence) {
    return doc.times().stream().filter(t -> sentence.span().contains(t.span()) && isDate(t)).toList();
  }

  /** A calendar date or period; "1989-WXX" ("for the week") names no week an event could take. */
  private static boolean isDate(TimeExpression t) {
    return t.value().map(v -> v.matches("\\d{4}(-[^X]*)?")).orElse(false);
  }

  /**
   * The date attached to the verb (obl, obl:tmod, advmod...), to its infinitive complement ("tried to
   * kill him in Addis Ababa last year": the attempt is the act) or lying inside its clause.
   */
  static Optional<String> governing(Sentence sentence, int verb, List<TimeExpression> dates) {
    Optional<String> attached = attached(sentence, verb, dates);
    if (attached.isPresent()) return attached;
    for (Arc arc : sentence.dependents(verb)) {
      if (!arc.baseRelation().equals("xcomp") || !sentence.token(arc.dependent()).isVerb()) continue;
      // "invited Trump to meet on Thursday", "urged them to vote in May": the date is the asked act's
      if (hasObject(sentence, verb)) break;
      attached = attached(sentence, arc.dependent(), dates);
      if (attached.isPresent()) return attached;
    }
    attached = CoordinatedVerbs.sharedTrailingDate(sentence, verb, dates);
    if (attached.isPresent()) return attached;
    for (TimeExpression t : dates) {
      OptionalInt head = ClauseLocator.head(sentence, t.span());
      if (head.isPresent() && clauseTimed(sentence, t, head.getAsInt()).equals(OptionalInt.of(verb))
          && DateAttachment.timesTheClause(sentence, head.getAsInt(), verb)) {
        return t.value();
      }
    }
    return Optional.empty();
  }

  static Optional<String> attached(Sentence sentence, int verb, List<TimeExpression> dates) {
    for (TimeExpression t : dates) {
      OptionalInt head = ClauseLocator.head(sentence, t.span());
      if (head.isEmpty()) continue;
      Optional<Arc> arc = sentence.head(head.getAsInt());
      if (arc.isPresent() && MisattachedDate.verbOf(sentence, t.span(), head.getAsInt()).equals(OptionalInt.of(verb))
          && TEMPORAL.contains(arc.get().relation())
          && !DateAttachment.isBound(sentence, head.getAsInt())) {
        return t.value();
      }
    }
    return Optional.empty();
  }

  /**
   * The date attached to a clause the event's clause depends on: a "when" clause, an infinitive, a
   * relative clause or a conjunct shares its governor's time ("a dispute that arose in June when
   * Colombia turned down the request"); an event named by a noun or told in a perfect does not.
   * Reported speech ("said on Friday that ...") and clauses of
   * "after", "since" or "before" have a time of their own, so the climb stops there.
   */
  private static Optional<String> inherited(Sentence sentence, int verb, List<TimeExpression> dates) {
    // an event named by a noun ("the deadline") is not at the time of the verb it is an argument of,
    // and a perfect ("have warned") reaches up to now, whatever the clause it joins
    if (!sentence.token(verb).isVerb() || ClauseLocator.isPerfect(sentence, verb)) return Optional.empty();
    int current = verb;
    int relative = -1;
    for (int steps = 0; steps < sentence.size(); steps++) {
      Optional<Arc> arc = sentence.head(current);
      if (arc.isEmpty() || arc.get().governor() < 0 || OWN_TIME.contains(arc.get().baseRelation())) {
        return Optional.empty();
      }
      if (sentence.token(current).isVerb() && ClauseLocator.shiftingMark(sentence, current).isPresent()) {
        return Optional.empty();
      }
      // "criticized it on Monday but will support it": a conjunct of another tense has a time of its own
      if (arc.get().baseRelation().equals("conj")
          && !CoordinatedVerbs.sameTense(sentence, ConjunctChain.first(sentence, current), current)) {
        return Optional.empty();
      }
      // "imposed them on April 17 for Japan's failure to honor the pact": an infinitive on a noun is
      // that noun's matter, not at the time of the verb the noun depends on (a relative clause,
      // "a denial that prompted ...", tells an act at the time of its noun's clause)
      // ("... agreement and to propose sanctions": an infinitive after "and" is a conjunct the parse
      // hung on the noun)
      if (arc.get().relation().equals("acl") && sentence.token(arc.get().governor()).isNoun()
          && sentence.dependents(current).stream().noneMatch(a -> a.baseRelation().equals("cc"))) {
        return Optional.empty();
      }
      if (arc.get().relation().equals("acl:relcl")) relative = current;
      current = arc.get().governor();
      if (sentence.token(current).isVerb()) {
        Optional<String> attached = attached(sentence, current, dates);
        // "the council, which opposes the plan, on Friday rejected it": a relative clause in another
        // tense than the clause it hangs in tells no act at that clause's time
        if (attached.isPresent() && relative >= 0 && !CoordinatedVerbs.sameTense(sentence, current, relative)) {
          return Optional.empty();
        }
        if (attached.isPresent()) return attached;
      }
    }
    return Optional.empty();
  }

  /** Verbs that say an event named by a noun took place: its time is theirs. */
  private static final Set<String> OCCURRING = Set.of("hold", "conduct", "take", "begin", "start", "open",
      "resume", "end", "conclude", "sign", "reach", "launch", "stage", "occur", "happen", "break", "erupt");

  /** How the named event stands to the verb that says it took place. */
  private static final Set<String> OCCURRING_ROLES = Set.of("nsubj", "nsubj:pass", "obj");

  /**
   * "Peace talks were last held in February", "the deal they signed on Monday": an event named by a
   * noun that is the subject or object of a verb saying it took place has that verb's date. (The noun
   * of a "deadline set in April" is no such event: setting it is another act.)
   */
  private static Optional<String> occurrence(Sentence sentence, int noun, List<TimeExpression> dates) {
    if (sentence.token(noun).isVerb()) return Optional.empty();
    Optional<Arc> arc = sentence.head(noun);
    if (arc.isEmpty() || arc.get().governor() < 0 || !OCCURRING_ROLES.contains(arc.get().relation())) {
      return Optional.empty();
    }
    int verb = arc.get().governor();
    if (!sentence.token(verb).isVerb() || !OCCURRING.contains(sentence.token(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    return attached(sentence, verb, dates);
  }

  private static boolean hasObject(Sentence sentence, int verb) {
    return sentence.dependents(verb).stream().anyMatch(a -> a.baseRelation().equals("obj")
        || a.baseRelation().equals("iobj"));
  }

  /** The sentence's one date that no other verb governs, if there is exactly one. */
  private static Optional<String> onlyFree(Sentence sentence, OptionalInt verb, List<TimeExpression> dates) {
    List<TimeExpression> free = dates.stream().filter(t -> {
      OptionalInt head = ClauseLocator.head(sentence, t.span());
      if (head.isEmpty()) return true;
      OptionalInt clause = clauseTimed(sentence, t, head.getAsInt());
      if (verb.isPresent() && !DateAttachment.timesTheClause(sentence, head.getAsInt(), verb.getAsInt())) {
        return false;
      }
      return clause.isEmpty() || clause.equals(verb);
    }).toList();
    return free.size() == 1 ? free.get(0).value() : Optional.empty();
  }

  /** The clause a date lies in, or the verb it times when the parse hung it on the wrong one. */
  private static OptionalInt clauseTimed(Sentence sentence, TimeExpression t, int head) {
    OptionalInt parsed = sentence.head(head).map(a -> OptionalInt.of(a.governor())).orElse(OptionalInt.empty());
    OptionalInt timed = MisattachedDate.verbOf(sentence, t.span(), head);
    return timed.isPresent() && !timed.equals(parsed) ? timed
        : CopularPredicate.clauseOf(sentence, head, ClauseLocator.clauseOf(sentence, head));
  }
}
