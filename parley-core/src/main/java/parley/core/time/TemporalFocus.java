package parley.core.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import parley.core.doc.Arc;
import parley.core.doc.Document;
import parley.core.doc.Sentence;
import parley.core.doc.TimeExpression;
import parley.core.doc.Token;

/**
 * The time a story's narrative is at when a sentence begins: the date of the sentence before when
 * that sentence told a past event on that date and this one goes on telling it, in the same
 * paragraph or opening with a word that continues the sentence before ("But it slammed Damascus",
 * "He also ..."). Only one sentence back: a date does not carry across a sentence that has none.
 */
final class TemporalFocus {
  /** First words that continue the previous sentence: conjunctions, adverbs of addition, pronouns. */
  private static final Set<String> CONTINUING = Set.of("but", "and", "also", "however", "yet", "still",
      "then", "meanwhile", "it", "he", "she", "they", "its", "his", "her", "their");

  private TemporalFocus() {}

  /** The date carried into sentence {@code index} from the sentence before it, if any. */
  static Optional<String> carriedInto(Document doc, int index) {
    if (index <= 0 || index >= doc.sentences().size()) return Optional.empty();
    Sentence sentence = doc.sentences().get(index);
    if (sentence.tokens().isEmpty()) return Optional.empty();
    Sentence previous = doc.sentences().get(index - 1);
    if (previous.section() != sentence.section()) return Optional.empty();
    boolean sameParagraph = doc.text().substring(previous.span().end(), sentence.span().start()).indexOf('\n') < 0;
    if (!sameParagraph && !CONTINUING.contains(sentence.token(0).text().toLowerCase(Locale.ROOT))
        && !addsToMainClause(sentence)) {
      return Optional.empty();
    }
    return pastDate(doc, previous);
  }

  /** "The two also agreed to set up joint patrols": "also" on the main verb goes on with the sentence before. */
  private static boolean addsToMainClause(Sentence sentence) {
    OptionalInt root = root(sentence);
    if (root.isEmpty()) return false;
    for (Arc arc : sentence.dependents(root.getAsInt())) {
      if (arc.baseRelation().equals("advmod") && sentence.token(arc.dependent()).text().equalsIgnoreCase("also")) {
        return true;
      }
    }
    return false;
  }

  /** The date governing the main clause of {@code sentence} when that clause tells a past event. */
  private static Optional<String> pastDate(Document doc, Sentence sentence) {
    List<TimeExpression> dates = EventDater.dates(doc, sentence);
    if (dates.isEmpty()) return Optional.empty();
    OptionalInt root = root(sentence);
    if (root.isEmpty()) return Optional.empty();
    int verb = root.getAsInt();
    if (!sentence.token(verb).isVerb() || !ClauseLocator.isSimplePast(sentence, verb)) return Optional.empty();
    return EventDater.governing(sentence, verb, dates);
  }

  private static OptionalInt root(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      Optional<Arc> arc = sentence.head(t.index());
      if (arc.isPresent() && arc.get().governor() < 0) return OptionalInt.of(t.index());
    }
    return OptionalInt.empty();
  }
}
