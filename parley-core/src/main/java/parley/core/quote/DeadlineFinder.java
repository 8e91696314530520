package parley.core.quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;
import parley.core.pipeline.Facet;
import parley.core.pipeline.Stage;

/**
 * Finds deadlines and ultimatums, sentence by sentence ({@link DeadlineForms}: the deadline and
 * ultimatum nouns, demands due "by" a date, "has until", "N days to", conditions with a dated
 * consequence, threats), then keeps one deadline per deadline set ({@link DeadlineMemory}: a later
 * "the year-end deadline" is the known one; a dated condition completes an earlier undated threat).
 * An addressee named as the one given a deadline ("the suppliers were given a May 9 deadline") is kept
 * with its words when no actor code fits.
 * A treaty or pact "due to expire" is not a deadline: nobody set it for anybody, nothing is
 * demanded; nor is a date by which something is due when the text names neither who set it nor
 * who must meet it ("the report should be completed by the end of the year").
 */
public final class DeadlineFinder implements Stage {
  @Override
  public Set<Facet> requires() {
    return EnumSet.of(Facet.TIMES, Facet.PARSE, Facet.ACTORS, Facet.QUOTES);
  }

  @Override
  public Set<Facet> provides() {
    return EnumSet.of(Facet.DEADLINES);
  }

  @Override
  public Document apply(Document doc) {
    List<FoundDeadline> found = new ArrayList<>();
    Set<parley.core.doc.Span> recipients = new java.util.HashSet<>();
    for (Sentence s : doc.sentences()) {
      if (s.arcs().isEmpty()) continue;
      List<TimeExpression> times = doc.times().stream().filter(t -> s.span().contains(t.span())).toList();
      new DeadlineForms(doc, s, times).find().stream().map(f -> QuotedSetter.fill(doc, f))
          .map(f -> EarlierSetting.mark(s, f)).forEach(found::add);
    }
    found.stream().filter(FoundDeadline::recipient).flatMap(f -> f.addressee().stream()).map(ActorRef::span)
        .forEach(recipients::add);
    return doc.withDeadlines(DeadlineMemory.merge(found, doc.published().map(Object::toString)).stream()
        .filter(d -> isActor(doc, d.setter()) || isActor(doc, d.addressee())
            || d.addressee().map(a -> recipients.contains(a.span())).orElse(false))
        .filter(d -> !selfSet(d))
        .toList());
  }

  /**
   * A deadline is set by one actor for another: "has given itself until April" is a plan, a setter
   * coded as its own addressee ("he expected the agency to approve ...") sets none, nor do the media.
   */
  private static boolean selfSet(parley.core.doc.Deadline d) {
    if (d.addressee().map(a -> REFLEXIVE.matcher(a.text()).matches()).orElse(false)) return true;
    Optional<String> from = d.setter().flatMap(ActorRef::code);
    // the press reports and forecasts ("an editor expects OPEC to meet before June"); it sets nobody a deadline
    if (from.isPresent() && from.get().length() >= 6 && from.get().substring(3).startsWith("MED")) return true;
    return from.isPresent() && from.equals(d.addressee().flatMap(ActorRef::code));
  }

  private static final java.util.regex.Pattern REFLEXIVE = java.util.regex.Pattern
      .compile("(?i)(?:itself|themselves|himself|herself|ourselves|myself|yourselves)");

  /** An actor the coder found (coded, or an uncoded mention such as "the committee"), not just any noun. */
  private static boolean isActor(Document doc, Optional<ActorRef> ref) {
    if (ref.isEmpty()) return false;
    if (ref.get().code().isPresent()) return true;
    if (doc.actors().stream().anyMatch(m -> m.actor().span().equals(ref.get().span()))) return true;
    // "The Commission", "EC member states": a named body the coder did not find is an actor all the same
    return doc.sentences().stream().filter(s -> s.span().contains(ref.get().span())).findFirst()
        .map(s -> named(s, ref.get().span())).orElse(false);
  }

  /**
   * A body named by a proper noun: "The Commission", "EC member states"; not a bare name the coder
   * did not know ("Niskanen said ... should"), which may be anybody's opinion.
   */
  private static boolean named(Sentence s, parley.core.doc.Span span) {
    int first = -1;
    int last = -1;
    boolean proper = false;
    for (int i = 0; i < s.size(); i++) {
      if (!span.contains(s.token(i).span())) continue;
      if (first < 0) first = i;
      last = i;
      proper |= s.token(i).pos().startsWith("NNP");
    }
    if (!proper) return false;
    return s.token(first).lower().equals("the") || Set.of("NN", "NNS").contains(s.token(last).pos());
  }
}
