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
import parley.core.doc.TimeExpression;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;

/**
 * Dates each event from the time expression that governs its clause ("said on Friday"), else from
 * the one free date of its sentence, else from the publication date (precision {@code published}).
 * Past-perfect events and captions get no publication date. Stateless.
 */
public final class EventDater implements Stage {
  private static final Set<String> TEMPORAL = Set.of("obl", "nmod", "advmod", "obl:tmod", "nmod:tmod",
      "obl:npmod", "nmod:npmod");

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
    for (Event event : doc.events()) dated.add(event.withDate(date(doc, event)));
    return doc.withEvents(dated);
  }

  static EventDate date(Document doc, Event event) {
    if (event.sentence() < 0 || event.sentence() >= doc.sentences().size()) return event.date();
    Sentence sentence = doc.sentences().get(event.sentence());
    OptionalInt verb = ClauseLocator.head(sentence, event.evidence().span());
    List<TimeExpression> dates = doc.times().stream()
        .filter(t -> sentence.span().contains(t.span()) && isDate(t)).toList();
    Optional<String> governing = verb.isPresent() ? governing(sentence, verb.getAsInt(), dates)
        : Optional.empty();
    if (governing.isEmpty()) governing = onlyFree(sentence, verb, dates);
    if (governing.isPresent()) return EventDate.fromValue(governing.get());
    boolean caption = sentence.section() == Section.CAPTION
        || doc.sectionAt(event.evidence().span().start()) == Section.CAPTION;
    if (caption || (verb.isPresent() && ClauseLocator.isPastPerfect(sentence, verb.getAsInt()))) {
      return EventDate.unknown();
    }
    return EventDate.published(doc.published().map(Object::toString).orElse(null));
  }

  private static boolean isDate(TimeExpression t) {
    return t.value().map(v -> v.matches("\\d{4}(-.*)?")).orElse(false);
  }

  /** The date attached to the verb (obl, obl:tmod, advmod...) or lying inside its clause. */
  private static Optional<String> governing(Sentence sentence, int verb, List<TimeExpression> dates) {
    for (TimeExpression t : dates) {
      OptionalInt head = ClauseLocator.head(sentence, t.span());
      if (head.isEmpty()) continue;
      Optional<Arc> arc = sentence.head(head.getAsInt());
      if (arc.isPresent() && arc.get().governor() == verb && TEMPORAL.contains(arc.get().relation())) {
        return t.value();
      }
    }
    for (TimeExpression t : dates) {
      OptionalInt head = ClauseLocator.head(sentence, t.span());
      if (head.isPresent() && ClauseLocator.clauseOf(sentence, head.getAsInt()).equals(OptionalInt.of(verb))) {
        return t.value();
      }
    }
    return Optional.empty();
  }

  /** The sentence's one date that no other verb governs, if there is exactly one. */
  private static Optional<String> onlyFree(Sentence sentence, OptionalInt verb, List<TimeExpression> dates) {
    List<TimeExpression> free = dates.stream().filter(t -> {
      OptionalInt head = ClauseLocator.head(sentence, t.span());
      if (head.isEmpty()) return true;
      OptionalInt clause = ClauseLocator.clauseOf(sentence, head.getAsInt());
      return clause.isEmpty() || clause.equals(verb);
    }).toList();
    return free.size() == 1 ? free.get(0).value() : Optional.empty();
  }
}
