package parley.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Mode;
import parley.core.doc.Section;
import parley.core.doc.Sentence;
import parley.core.doc.Span;
import parley.core.doc.TimeExpression;

/**
 * An event retold later in the story takes the date the story gave it first. "Iraq on Sunday shot down
 * an Iranian jet ... Iraq shot down the jet over the Gulf": an event left with the publication date is
 * dated like the nearest earlier event that is plainly the same one: the same act (trigger word, "meet"
 * and "meeting", and CAMEO root), by the same source and to the same target, dated from the text
 * on or before publication. A headline in the present ("Mayor rebuffs Trump") retells the lead's event
 * ("The mayor on Tuesday rejected Trump's offer"). Only a told act is carried to: a past-tense clause,
 * an event noun, or a headline's bare verb, outside direct quotes, in a sentence with no time of its own
 * ("recently", "once"), not setting the scene for another act ("when he arrived at the White House")
 * nor denied ("never said he wanted to"); an act of other actors or another kind keeps the publication
 * date. Stateless.
 */
final class SameEventDate {
  /** How many sentences after a headline its event is looked for in: the lead. */
  private static final int LEAD = 3;

  /** Marks of a clause that sets the time of another act. */
  private static final Set<String> FRAMES = Set.of("when", "as", "while", "after", "before", "since", "until", "once");

  private SameEventDate() {}

  /** {@code dated} with each publication-dated retelling given the date of the event it retells. */
  static List<Event> carry(Document doc, List<Event> dated) {
    List<Event> out = new ArrayList<>(dated.size());
    for (Event event : dated) {
      Optional<Event> first = event.date().precision().equals("published") && retelling(doc, event)
          ? told(doc, dated, event) : Optional.empty();
      out.add(first.map(e -> event.withDate(e.date())).orElse(event));
    }
    return out;
  }

  /** Whether {@code event} is told the way a retelling is: past, a noun or a headline, unquoted, untimed. */
  private static boolean retelling(Document doc, Event event) {
    if (event.mode() != Mode.ASSERTED || event.sentence() < 0 || event.sentence() >= doc.sentences().size()) {
      return false;
    }
    Sentence sentence = doc.sentences().get(event.sentence());
    Span evidence = event.evidence().span();
    if (doc.quotes().stream().anyMatch(q -> q.direct() && q.span().contains(evidence))) return false;
    for (TimeExpression t : doc.times()) {
      // "recently urged", "once praised", "last year": a time of its own, whatever its value
      if (sentence.span().contains(t.span()) && !t.value().map(v -> v.startsWith("P")).orElse(false)) return false;
    }
    OptionalInt trigger = EventTrigger.of(sentence, event, ClauseLocator.head(sentence, evidence));
    if (trigger.isEmpty()) return false;
    int word = trigger.getAsInt();
    if (framed(sentence, word)) return false;
    if (headline(doc, event.sentence())) return noAuxiliary(sentence, word);
    if (sentence.token(word).isNoun()) return true;
    return sentence.token(word).isVerb() && ClauseLocator.isSimplePast(sentence, word);
  }

  /** "Mayor rebuffs Trump": a headline's bare verb, not "has been criticizing" nor "will meet". */
  private static boolean noAuxiliary(Sentence sentence, int verb) {
    return sentence.dependents(verb).stream().noneMatch(a -> a.baseRelation().startsWith("aux")
        || a.baseRelation().equals("cop"));
  }

  /**
   * Whether the act is told as a frame or a denial rather than retold: in a clause of "when", "as",
   * "after" ... ("So when the prime minister arrived at the White House, ..." sets a scene, often an
   * earlier one), or under a negated verb ("he never said he wanted to ...").
   */
  private static boolean framed(Sentence sentence, int word) {
    int current = word;
    for (int steps = 0; steps < sentence.size() && current >= 0; steps++) {
      for (Arc arc : sentence.dependents(current)) {
        String lower = sentence.token(arc.dependent()).lower();
        if (arc.baseRelation().equals("advmod") && (lower.equals("not") || lower.equals("never") || lower.equals("n't"))) {
          return true;
        }
      }
      Optional<Arc> up = sentence.head(current);
      if (up.isEmpty() || up.get().governor() < 0) return false;
      if (up.get().baseRelation().equals("advcl") && framingMark(sentence, current)) return true;
      current = up.get().governor();
    }
    return false;
  }

  /** "when" or "after" opening the clause of {@code verb}. */
  private static boolean framingMark(Sentence sentence, int verb) {
    for (Arc arc : sentence.dependents(verb)) {
      boolean marker = arc.baseRelation().equals("mark") || arc.baseRelation().equals("advmod");
      if (marker && arc.dependent() < verb && FRAMES.contains(sentence.token(arc.dependent()).lower())) return true;
    }
    return false;
  }

  /** The nearest earlier event, dated from the text, that {@code event} plainly retells. */
  private static Optional<Event> told(Document doc, List<Event> dated, Event event) {
    boolean headline = headline(doc, event.sentence());
    String published = doc.published().map(Object::toString).orElse("9999");
    Event best = null;
    for (Event other : dated) {
      if (other == event || other.mode() != Mode.ASSERTED || other.date().value().isEmpty()) continue;
      String precision = other.date().precision();
      if (precision.equals("published") || precision.equals("none")) continue;
      if (other.date().value().get().compareTo(published) > 0) continue;
      if (other.sentence() < 0 || other.sentence() >= doc.sentences().size()) continue;
      if (doc.sentences().get(other.sentence()).section() != Section.BODY) continue;
      boolean before = headline ? other.sentence() > event.sentence() && other.sentence() <= event.sentence() + LEAD
          : other.sentence() < event.sentence();
      if (!before || !sameEvent(event, other)) continue;
      if (best == null || other.sentence() > best.sentence()) best = other;
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether sentence {@code index} is a headline: the title, or, in text read without one, a line of its
   * own among the first two ("Mayor rebuffs Trump on ban" above the story).
   */
  static boolean headline(Document doc, int index) {
    Sentence sentence = doc.sentences().get(index);
    if (sentence.section() == Section.TITLE) return true;
    if (index > 1) return false;
    String text = doc.text();
    int start = sentence.span().start();
    int end = sentence.span().end();
    String before = text.substring(0, start).replace(" ", "");
    String after = text.substring(end).replace(" ", "");
    boolean lineStart = before.isEmpty() || before.endsWith("\n");
    boolean lineEnd = after.isEmpty() || after.startsWith("\n");
    return lineStart && lineEnd && (index == 0 || headline(doc, 0));
  }

  /** The same act (trigger word and CAMEO root) by the same source to the same target. */
  static boolean sameEvent(Event a, Event b) {
    Optional<String> source = a.source().code();
    if (source.isEmpty() || !source.equals(b.source().code())) return false;
    Optional<String> target = a.target().flatMap(t -> t.code());
    Optional<String> otherTarget = b.target().flatMap(t -> t.code());
    if (target.isPresent() && otherTarget.isPresent() && !target.equals(otherTarget)) return false;
    // "called on Republicans in June ... urged Republicans": one kind of act, but not the same word, is
    // often another occasion
    return a.type().root().equals(b.type().root())
        && sameTrigger(EventTrigger.ruleLemma(a.rule()), EventTrigger.ruleLemma(b.rule()));
  }

  /** "meet" and "meeting", "accuse" and "accusation": one lemma, less a final "e", begins the other. */
  static boolean sameTrigger(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    String shorter = a.length() <= b.length() ? a : b;
    String longer = Objects.equals(shorter, a) ? b : a;
    String stem = shorter.endsWith("e") ? shorter.substring(0, shorter.length() - 1) : shorter;
    return stem.length() >= 4 && longer.startsWith(stem);
  }
}
