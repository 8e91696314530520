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
 * A past act at an occasion the story has dated before takes that occasion's date: "Thursday's debate
 * marked the end of that. ... Trump offered a defense of the city during the debate" is on Thursday.
 * The occasion is a definite event noun ("the debate", "the rally", "the meeting") the act's verb is
 * set in by "during", "at" or "in"; its date is the nearest earlier mention of that noun with a date of
 * its own ("Thursday's debate", "the rally on Monday") or as the setting of a dated act ("spoke at a
 * rally last week"), not after publication. Places and things ("at the White House") are no occasions.
 * Stateless.
 */
final class OccasionDate {
  /** Nouns naming an occasion an act can take place at. */
  private static final Set<String> OCCASIONS = Set.of("debate", "rally", "meeting", "speech", "interview",
      "summit", "talks", "conference", "session", "hearing", "convention", "address", "ceremony", "forum",
      "briefing", "dinner", "luncheon", "lunch", "caucus", "caucuses", "parade", "funeral", "event", "visit",
      "trip", "tour", "appearance", "gathering", "reception", "banquet", "vigil", "march", "protest");

  /** Prepositions setting an act at an occasion. */
  private static final Set<String> SETTING = Set.of("during", "at", "in");

  /** How a date after its noun stands to it: "the rally on Monday". */
  private static final Set<String> POSTNOMINAL = Set.of("nmod", "nmod:tmod", "nmod:npmod");

  private OccasionDate() {}

  /** The date of the occasion the act of {@code verb} in sentence {@code index} is set at, if told before. */
  static Optional<String> date(Document doc, int index, int verb) {
    Sentence sentence = doc.sentences().get(index);
    String published = doc.published().map(Object::toString).orElse("9999");
    for (Arc arc : sentence.dependents(verb)) {
      int noun = arc.dependent();
      if (!arc.baseRelation().equals("obl") || !occasion(sentence.token(noun)) || !definite(sentence, noun)
          || !NounEventDate.caseOf(sentence, noun).map(SETTING::contains).orElse(false)) {
        continue;
      }
      String lemma = lemma(sentence.token(noun));
      for (int i = index - 1; i >= 0; i--) {
        Optional<String> told = toldDate(doc, doc.sentences().get(i), lemma);
        if (told.isPresent()) return told.filter(v -> v.compareTo(published) <= 0);
      }
    }
    return Optional.empty();
  }

  /** The date a mention of the occasion {@code lemma} in {@code sentence} carries, if any. */
  private static Optional<String> toldDate(Document doc, Sentence sentence, String lemma) {
    List<TimeExpression> dates = EventDater.dates(doc, sentence);
    if (dates.isEmpty()) return Optional.empty();
    for (Token token : sentence.tokens()) {
      if (!token.isNoun() || !lemma(token).equals(lemma)) continue;
      Optional<String> own = NounEventDate.date(sentence, token.index(), dates);
      if (own.isPresent()) return own;
      for (TimeExpression t : dates) {
        OptionalInt head = ClauseLocator.head(sentence, t.span());
        if (head.isEmpty() || t.span().start() < token.span().end()) continue;
        Optional<Arc> up = sentence.head(head.getAsInt());
        if (up.isPresent() && up.get().governor() == token.index() && POSTNOMINAL.contains(up.get().relation())) {
          return t.value();
        }
      }
    }
    return Optional.empty();
  }

  private static boolean occasion(Token token) {
    return token.isNoun() && OCCASIONS.contains(lemma(token));
  }

  /** "the debate", "that meeting": an occasion already known to the reader. */
  private static boolean definite(Sentence sentence, int noun) {
    for (Arc arc : sentence.dependents(noun)) {
      String word = sentence.token(arc.dependent()).text().toLowerCase(Locale.ROOT);
      if (arc.baseRelation().equals("det") && (word.equals("the") || word.equals("that"))) return true;
    }
    return false;
  }

  private static String lemma(Token token) {
    return token.lemma().toLowerCase(Locale.ROOT);
  }
}
