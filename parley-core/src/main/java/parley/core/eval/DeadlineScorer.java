package parley.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import parley.core.doc.ActorRef;
import parley.core.doc.Deadline;
import parley.core.doc.Document;
import parley.core.doc.Span;

/**
 * Scores predicted deadlines against gold deadlines of whole articles: a gold deadline is found when
 * a predicted deadline's evidence overlaps the gold evidence (each prediction matches once); then
 * setter and addressee are right when their countries (first three letters) agree, due and set when
 * equal. Accumulates over documents; not thread-safe.
 */
public final class DeadlineScorer {
  private int gold;
  private int found;
  private int setter;
  private int addressee;
  private int due;
  private int set;
  private int predicted;
  private final List<String> errors = new ArrayList<>();

  public void add(String id, List<GoldDeadline> golds, Document doc) {
    List<Deadline> left = doc == null ? new ArrayList<>() : new ArrayList<>(doc.deadlines());
    predicted += left.size();
    for (GoldDeadline g : golds) {
      gold++;
      Optional<Span> span = locate(doc, g.evidence());
      Optional<Deadline> match = span.flatMap(sp -> left.stream().filter(d -> d.evidence().span().overlaps(sp)).findFirst());
      if (match.isEmpty()) {
        errors.add(id + " missed: " + describe(g));
        continue;
      }
      Deadline d = match.get();
      left.remove(d);
      found++;
      boolean s = country(g.setter()).equals(country(d.setter().flatMap(ActorRef::code).orElse("")));
      boolean a = country(g.addressee()).equals(country(d.addressee().flatMap(ActorRef::code).orElse("")));
      boolean u = g.due().equals(d.due().orElse(""));
      boolean t = g.set().equals(d.set().orElse(""));
      setter += s ? 1 : 0;
      addressee += a ? 1 : 0;
      due += u ? 1 : 0;
      set += t ? 1 : 0;
      if (!(s && a && u && t)) {
        errors.add(id + " gold " + describe(g) + " | found " + d.setter().flatMap(ActorRef::code).orElse("-") + " -> "
            + d.addressee().flatMap(ActorRef::code).orElse("-") + " due " + d.due().orElse("-") + " set "
            + d.set().orElse("-"));
      }
    }
  }

  public void addAll(Map<String, List<GoldDeadline>> golds, java.util.function.Function<String, Document> coded) {
    golds.forEach((id, list) -> add(id, list, coded.apply(id)));
  }

  public DeadlineScore score() {
    return new DeadlineScore(gold, found, setter, addressee, due, set, predicted);
  }

  public List<String> errors() {
    return List.copyOf(errors);
  }

  private static Optional<Span> locate(Document doc, String evidence) {
    if (doc == null || evidence.isEmpty()) return Optional.empty();
    int at = doc.text().indexOf(evidence);
    return at < 0 ? Optional.empty() : Optional.of(new Span(at, at + evidence.length()));
  }

  private static String country(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  private static String describe(GoldDeadline g) {
    return (g.setter().isEmpty() ? "-" : g.setter()) + " -> " + (g.addressee().isEmpty() ? "-" : g.addressee())
        + " due " + g.due() + " set " + g.set();
  }
}
