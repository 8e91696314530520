package parley.core.code;

import java.util.List;
import java.util.Set;
import parley.core.doc.Sentence;
import parley.core.doc.Token;
import parley.core.lexicon.ActorKind;
import parley.core.lexicon.RoleLexicon;

/**
 * A place name inside a person's or an organisation's name names no place: "Miguel de la Madrid",
 * "Manufacturers Hanover", "Bruce Jackson" end a longer run of capitalised names, and "chairman Paul
 * Volcker" gives a titled person's given name, not a region of Cape Verde. A place that starts a name
 * ("Karachi Stock Exchange", "Houston Post") still implies its country, as do qualified places
 * ("Southern California").
 */
final class EmbeddedPlaceNames {
  /** Lower-case particles inside names: "Miguel de la Madrid", "Ludwig van Beethoven". */
  private static final Set<String> NAME_PARTICLES = Set.of(
      "de", "la", "del", "della", "da", "das", "dos", "di", "du", "le", "van", "von", "der", "den", "ter", "bin", "ibn");
  /** Capitalised words that qualify a place rather than start another name: "Southern California". */
  private static final Set<String> QUALIFIERS = Set.of(
      "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
      "greater", "inner", "outer", "new", "old", "downtown", "metropolitan", "rural", "suburban", "coastal");
  /** Courtesy titles before a given name. */
  private static final Set<String> COURTESY_TITLES = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir");

  private final Sentence sentence;
  private final RoleLexicon roles;
  private final Set<String> namesUsedAlone;

  EmbeddedPlaceNames(Sentence sentence, RoleLexicon roles) {
    this(sentence, roles, Set.of());
  }

  /**
   * {@code namesUsedAlone}: the article's capitalised names used on their own, as a person's surname is
   * after the first mention ("Volcker said"), lower case; see {@link #namesUsedAlone(List)}.
   */
  EmbeddedPlaceNames(Sentence sentence, RoleLexicon roles, Set<String> namesUsedAlone) {
    this.sentence = sentence;
    this.roles = roles;
    this.namesUsedAlone = namesUsedAlone;
  }

  /**
   * The proper nouns an article uses on their own: no capitalised word or article right before, no
   * proper noun right after ("Volcker said", "told Volcker"). A firm's or paper's name is not used so
   * ("the Post said").
   */
  static Set<String> namesUsedAlone(List<Sentence> sentences) {
    Set<String> alone = new java.util.HashSet<>();
    for (Sentence s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        Token t = s.token(i);
        if (!t.isProperNoun() || !startsUpper(t.text()) || t.text().length() < 3) continue;
        if (i > 0 && (startsUpper(s.token(i - 1).text()) || s.token(i - 1).pos().equals("DT"))) continue;
        if (i + 1 < s.size() && s.token(i + 1).isProperNoun()) continue;
        alone.add(t.lower());
      }
    }
    return alone;
  }

  private static boolean startsUpper(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  /**
   * Clears the places that are part of a person's or organisation's name in {@code placeCountries},
   * and the countries and capitals that end a titled person's name in {@code hits}. A place of the
   * story's own country ({@code storyCountry}, from its dateline) stays: "Chemical New York Corp" in a
   * story from New York is a firm of that country all the same.
   */
  void clear(NameHit[] hits, String[] placeCountries, java.util.Optional<String> storyCountry) {
    for (int h = 0; h < hits.length; h++) {
      NameHit hit = hits[h];
      if (hit == null || hit.first() != h) continue;
      ActorKind kind = hit.entry().kind();
      if ((kind == ActorKind.COUNTRY || kind == ActorKind.CAPITAL) && endsTitledName(hits, placeCountries, h)) {
        for (int k = hit.first(); k <= hit.last(); k++) hits[k] = null;
      }
    }
    PlaceRuns.clearWhere(placeCountries, (first, last) -> {
      boolean foreign = !storyCountry.equals(java.util.Optional.of(placeCountries[first]));
      return (foreign && (endsLongerName(hits, placeCountries, first) || isTitledGivenName(hits, placeCountries, first, last)))
          || isGivenNameOfSurname(hits, placeCountries, first, last);
    });
  }

  /** "Manufacturers Hanover", "Bruce Jackson", "Miguel de la Madrid": a bare capitalised name comes before it. */
  private boolean endsLongerName(NameHit[] hits, String[] places, int first) {
    int before = first - 1;
    while (before >= 1 && NAME_PARTICLES.contains(sentence.token(before).text())) before--;
    if (before < 0 || !isBareName(hits, places, before)) return false;
    return !QUALIFIERS.contains(sentence.token(before).lower());
  }

  /**
   * "President Miguel de la Madrid": a title, then given names (and particles), then the name. Only a
   * person's name: "Banco de Mexico" and "Air France" keep their country.
   */
  private boolean endsTitledName(NameHit[] hits, String[] places, int first) {
    int names = 0;
    for (int k = first - 1; k >= 0; k--) {
      Token t = sentence.token(k);
      if (NAME_PARTICLES.contains(t.text())) continue;
      if (isTitle(t)) return names > 0;
      if (!isBareName(hits, places, k)) return false;
      names++;
    }
    return false;
  }

  /** "chairman Paul Volcker", "Mr Michael Walsh": a title, then the place, then a surname. */
  private boolean isTitledGivenName(NameHit[] hits, String[] places, int first, int last) {
    if (first == 0 || last + 1 >= sentence.size() || !isBareName(hits, places, last + 1)) return false;
    return isTitle(sentence.token(first - 1));
  }

  /**
   * "Paul Volcker said", with no title: a place right before a surname the article also uses on its
   * own, ending the name, is the person's given name. A capitalised word before the place makes it part
   * of a longer name the other rules judge.
   */
  private boolean isGivenNameOfSurname(NameHit[] hits, String[] places, int first, int last) {
    int surname = last + 1;
    if (surname >= sentence.size() || !isBareName(hits, places, surname)) return false;
    if (!namesUsedAlone.contains(sentence.token(surname).lower())) return false;
    if (surname + 1 < sentence.size() && sentence.token(surname + 1).isProperNoun()) return false;
    return first == 0 || !startsUpper(sentence.token(first - 1).text()) || isTitle(sentence.token(first - 1));
  }

  /** A courtesy title, a role word ("President", "minister") or a common noun before a name ("analyst"). */
  private boolean isTitle(Token t) {
    String word = t.lower();
    if (COURTESY_TITLES.contains(word)) return true;
    if (!t.isNoun()) return false;
    String lemma = t.lemma() == null ? word : t.lemma();
    return roles.role(lemma).isPresent() || roles.role(word).isPresent()
        || (!t.isProperNoun() && Character.isLowerCase(t.text().charAt(0)));
  }

  /** A capitalised proper noun that neither the lexicon nor the gazetteer knows. */
  private boolean isBareName(NameHit[] hits, String[] places, int token) {
    Token t = sentence.token(token);
    return hits[token] == null && places[token] == null && t.isProperNoun()
        && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
  }
}
