package parley.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Mode;
import parley.core.doc.Span;

/**
 * Scores coded documents against event gold. Only asserted events count. Each gold event matches
 * at most once; required gold events are tried before optional ones.
 */
public final class EventScorer {
  private final ClassScheme scheme;
  private int predicted;
  private int matched;
  private int matchedOptional;
  private int required;
  private int matchedRequired;
  private int pairsFound;
  private int pairsTyped;
  private int negativesHit;
  private int dated;
  private int datedCorrect;
  private final List<String> dateErrors = new ArrayList<>();
  private final List<String> misses = new ArrayList<>();
  private final List<String> falsePositives = new ArrayList<>();

  public EventScorer(ClassScheme scheme) {
    this.scheme = scheme;
  }

  /** Adds one document: its gold and what Parley coded for it. */
  public void add(EventGoldDocument gold, Document coded) {
    List<Event> asserted = coded.events().stream().filter(e -> e.mode() == Mode.ASSERTED).toList();
    EventMatcher matcher = new EventMatcher(gold.text(), scheme, gold.wholeArticle());
    boolean[] used = new boolean[gold.events().size()];
    predicted += asserted.size();
    for (Event e : asserted) {
      int hit = find(matcher, e, gold, used, true);
      if (hit < 0) hit = find(matcher, e, gold, used, false);
      if (hit >= 0) {
        used[hit] = true;
        matched++;
        scoreDate(gold, gold.events().get(hit), e);
        if (gold.events().get(hit).required()) matchedRequired++;
        else matchedOptional++;
      } else {
        falsePositives.add(gold.id() + ": " + describe(e));
        if (hitsNegative(gold, e)) negativesHit++;
      }
    }
    for (int i = 0; i < used.length; i++) {
      GoldEvent g = gold.events().get(i);
      if (!g.required()) continue;
      required++;
      boolean pair = asserted.stream().anyMatch(e -> matcher.actorsAgree(e, g));
      if (pair) pairsFound++;
      if (pair && used[i]) pairsTyped++;
      if (!used[i]) misses.add(gold.id() + ": " + g.describe());
    }
  }

  private void scoreDate(EventGoldDocument gold, GoldEvent g, Event e) {
    if (g.date().isEmpty()) return;
    dated++;
    Optional<String> value = e.date().value();
    if (value.isPresent() && value.get().startsWith(g.date().get())) {
      datedCorrect++;
    } else {
      dateErrors.add(gold.id() + ": gold " + g.date().get() + ", dated " + value.orElse("(none)") + " ("
          + e.date().precision() + ") | " + describe(e));
    }
  }

  /**
   * Event dates of the matched events whose gold has a date: correct when the predicted value
   * equals or starts with the gold date ("2019-11-08" is right for gold "2019-11").
   */
  public DateScore dateScore() {
    return new DateScore(dated, datedCorrect, dateErrors);
  }

  public EventScore score() {
    return new EventScore(predicted, matched, matchedOptional, required, matchedRequired, pairsFound,
        pairsTyped, negativesHit, misses, falsePositives);
  }

  private static int find(EventMatcher matcher, Event e, EventGoldDocument gold, boolean[] used, boolean requiredOnly) {
    for (int i = 0; i < used.length; i++) {
      GoldEvent g = gold.events().get(i);
      if (used[i] || g.required() != requiredOnly) continue;
      if (matcher.matches(e, g)) return i;
    }
    return -1;
  }

  private static boolean hitsNegative(EventGoldDocument gold, Event e) {
    for (String negative : gold.negatives()) {
      int at = gold.text().indexOf(negative);
      if (at >= 0 && new Span(at, at + negative.length()).overlaps(e.evidence().span())) return true;
    }
    return false;
  }

  static String describe(Event e) {
    return e.source().code().orElse("\"" + e.source().text() + "\"") + " -> "
        + e.target().map(t -> t.code().orElse("\"" + t.text() + "\"")).orElse("-") + " "
        + e.type().code() + " " + e.type().plover() + " [" + e.rule() + "] | " + e.evidence().text();
  }
}
