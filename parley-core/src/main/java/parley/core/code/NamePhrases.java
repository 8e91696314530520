package parley.core.code;

import static parley.core.code.NounPhraseActors.COUNTRY_KINDS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import parley.core.doc.ActorMention;
import parley.core.lexicon.ActorKind;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.PersonEntry;

/**
 * Noun phrases headed by a proper name: a lexicon name (a country, capital, organisation or person,
 * "Chile's National Security Council" given to its owner), or a name no lexicon knows ("Foreign
 * Minister Yevgeny Primakov", "Moon") coded from its title and country, an apposed role, the article's
 * earlier mentions or the surname of a person in office. Keeps the subjects it cannot code.
 */
final class NamePhrases {
  private final DependencyTree tree;
  private final NameHit[] hits;
  private final String[] roleOf;
  private final ActorLexicon actors;
  private final ArticleMemory memory;
  private final Optional<LocalDate> date;
  private final Optional<String> implied;
  private final String text;
  private final CountryClues clues;
  private final PhraseParts parts;
  private final PersonCodes personCodes;
  private final PhraseMentions mentions;
  /** Subjects that are people no lexicon codes ("Ambassador Ann Lee said"), by head token. */
  private final TreeMap<Integer, String> uncodedSubjects = new TreeMap<>();

  NamePhrases(DependencyTree tree, NameHit[] hits, String[] roleOf, ActorLexicon actors, ArticleMemory memory,
      Optional<LocalDate> date, Optional<String> implied, String text, CountryClues clues, PhraseParts parts,
      PersonCodes personCodes, PhraseMentions mentions) {
    this.tree = tree;
    this.hits = hits;
    this.roleOf = roleOf;
    this.actors = actors;
    this.memory = memory;
    this.date = date;
    this.implied = implied;
    this.text = text;
    this.clues = clues;
    this.parts = parts;
    this.personCodes = personCodes;
    this.mentions = mentions;
  }

  /** The subjects read so far that are people no lexicon codes, by head token. */
  TreeMap<Integer, String> uncodedSubjects() {
    return uncodedSubjects;
  }

  /** A lexicon name: a country, capital, organisation or a person in office on the article's date. */
  void nameHeaded(int h, boolean[] covered, List<ActorMention> out) {
    NameHit hit = hits[h];
    String code = qualifyingCountry(h, hit).map(country -> country + personCodes.codeOf(hit.entry()).substring(3))
        .orElse(personCodes.codeOf(hit.entry()));
    if (hit.entry().kind() == ActorKind.PERSON && formerlyTitled(h)) code = ActorCodes.combine(ActorCodes.country(code), FormerTitles.ELITE);
    for (int t = hit.first(); t <= hit.last(); t++) covered[t] = true;
    int[] words = mentions.wordsOf(h, hit.first(), hit.last());
    out.add(mentions.mention(hit.first(), hit.last(), h, words, code, hit.entry().kind().name().toLowerCase()));
    if (hit.entry().kind() == ActorKind.PERSON) {
      String name = mentions.span(hit.first(), hit.last()).of(text);
      memory.rememberPerson(name, code);
    }
  }

  /** "Former prime minister David Cameron": a title of public office before the name, marked as past. */
  private boolean formerlyTitled(int h) {
    for (int t : parts.modifierTokens(h)) {
      if (roleOf[t] != null && FormerTitles.isOffice(roleOf[t]) && FormerTitles.marked(tree, t)) return true;
    }
    return false;
  }

  /**
   * "Chile's National Security Council", "the Japanese Justice Department": a state body the lexicon
   * knows under one country's code (USAGOV) belongs to the other country named as its owner.
   */
  private Optional<String> qualifyingCountry(int h, NameHit hit) {
    if (hit.entry().kind() != ActorKind.ORGANISATION) return Optional.empty();
    String code = hit.entry().code();
    if (code.length() < 6 || ActorCodes.country(code).length() > 3) return Optional.empty();
    for (int c : tree.children(h)) {
      String rel = tree.relation(c);
      if (hit.covers(c) || hits[c] == null || !COUNTRY_KINDS.contains(hits[c].entry().kind())) continue;
      if (!(rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound"))) continue;
      String country = ActorCodes.country(hits[c].entry().code());
      if (country.length() == 3 && !country.equals(code.substring(0, 3))) return Optional.of(country);
    }
    return Optional.empty();
  }

  /** A proper name not in the lexicon: "Foreign Minister Yevgeny Primakov", "Chung", "Moon". */
  void unknownNameHeaded(int h, boolean[] covered, List<ActorMention> out) {
    List<Integer> phrase = parts.modifierTokens(h);
    int nameStart = h;
    while (nameStart > 0 && tree.token(nameStart - 1).pos().startsWith("NNP") && hits[nameStart - 1] == null
        && roleOf[nameStart - 1] == null && phrase.contains(nameStart - 1)) {
      nameStart--;
    }
    String name = mentions.span(nameStart, h).of(text);
    String surname = tree.token(h).text();
    String role = null;
    Set<String> countries = new LinkedHashSet<>();
    for (int t : phrase) {
      if (roleOf[t] != null && role == null && !TitleInOrganisationName.startsOrganisationName(tree, t, h)) {
        role = FormerTitles.roleOf(tree, t, roleOf[t]);
      }
      if (hits[t] != null && hits[t].entry().kind() != ActorKind.PERSON) countries.add(personCodes.codeOf(hits[t].entry()));
    }
    if (role == null) role = sharedTitle(h).orElse(null);
    if (countries.isEmpty()) clues.placeCountry(h, titled(phrase, nameStart, h, role)).ifPresent(countries::add);
    if (countries.isEmpty()) UsPartyLabels.country(tree, phrase, implied).ifPresent(countries::add);
    Optional<ActorMention> apposed = apposedRole(h, phrase.get(phrase.size() - 1), out);
    Optional<String> code = Optional.empty();
    String how;
    if (role == null && apposed.isPresent()) {
      code = apposed.get().actor().code();
      how = "apposed-role";
    } else if (role != null && !countries.isEmpty()) {
      code = Optional.of(ActorCodes.combine(countries.iterator().next(), role));
      how = "titled-name";
    } else if (memory.personCode(name).or(() -> memory.personCode(surname)).isPresent()) {
      code = memory.personCode(name).or(() -> memory.personCode(surname));
      how = "remembered";
    } else if (date.isPresent() && actors.personBySurname(surname.toLowerCase(), date.get()).filter(p -> givenNameFits(p, h)).isPresent()) {
      PersonEntry person = actors.personBySurname(surname.toLowerCase(), date.get()).get();
      code = person.codeOn(date.get());
      how = "surname";
    } else if (date.isEmpty() && actors.personBySurname(surname.toLowerCase()).filter(p -> givenNameFits(p, h)).isPresent()) {
      code = Optional.of(actors.personBySurname(surname.toLowerCase()).get().latestCode());
      how = "surname";
    } else if (role != null && implied.isPresent()) {
      code = Optional.of(ActorCodes.combine(implied.get(), role));
      how = "titled-name-implied";
    } else if (role != null && previousCentreCountry(phrase).isPresent()) {
      // "The United States said ... . Ambassador Karl Inderfurth said ...": a titled official of no
      // known country speaks for the country the sentence before was about
      code = Optional.of(ActorCodes.combine(previousCentreCountry(phrase).get(), role));
      how = "titled-name-context";
    } else if (!countries.isEmpty()) {
      code = Optional.of(countries.iterator().next());
      how = "name-with-country";
    } else if (role != null) {
      how = "role-no-country";
    } else {
      if (tree.relation(h).startsWith("nsubj")) uncodedSubjects.put(h, name);
      return;
    }
    int first = phrase.get(0);
    int last = phrase.get(phrase.size() - 1);
    for (int t = first; t <= last; t++) covered[t] = true;
    int[] words = mentions.wordsOf(h, first, last);
    out.add(mentions.mention(first, last, h, words, code.orElse(null), how));
    if (code.isEmpty()) {
      if (tree.relation(h).startsWith("nsubj")) uncodedSubjects.put(h, name);
      return;
    }
    if (!how.equals("remembered")) memory.rememberPerson(name, code.get());
    else memory.notePerson(name, code.get());
  }

  /** The country of the last sentence's centre, when it was a country or one of its officials. */
  private Optional<String> previousCentreCountry(List<Integer> phrase) {
    String title = phrase.stream().filter(t -> roleOf[t] != null).findFirst()
        .map(t -> tree.lemma(t).toLowerCase(java.util.Locale.ROOT)).orElse("");
    return memory.centreFor(tree.sentence().index() - 1, title).map(ActorCodes::country).filter(ActorCodes::isCountry);
  }

  /**
   * "Mayor Dayton King": after a title the words are a person's name, and a name that is also a place
   * ("Dayton") says nothing of the country; the rest of the phrase may ("Mayor Ann Lee of Dayton").
   */
  private static List<Integer> titled(List<Integer> phrase, int nameStart, int nameEnd, String role) {
    if (role == null) return phrase;
    List<Integer> out = new ArrayList<>(phrase.size());
    for (int t : phrase) if (t < nameStart || t > nameEnd) out.add(t);
    return out;
  }

  /**
   * "Senators Ann Price and Bob Hale": a plural title before coordinated names is each one's title.
   */
  private Optional<String> sharedTitle(int h) {
    if (!tree.relation(h).equals("conj")) return Optional.empty();
    int first = tree.head(h);
    for (int c : tree.children(first)) {
      String pos = tree.token(c).pos();
      if (c < first && roleOf[c] != null && (pos.equals("NNS") || pos.equals("NNPS"))) return Optional.of(roleOf[c]);
    }
    return Optional.empty();
  }

  /** "Odin Sanchez, a former Colombian Congressman": the coded role mention apposed to a name. */
  private Optional<ActorMention> apposedRole(int h, int last, List<ActorMention> found) {
    int appos = parts.appositionAfter(h, last);
    if (appos < 0 || roleOf[appos] == null) return Optional.empty();
    return found.stream().filter(m -> m.head() == appos && m.actor().code().isPresent()).findFirst();
  }

  /** Words before a surname that are a title, not a given name ("Speaker Ryan", "Sen. Cruz"). */
  private static final Set<String> TITLES_BEFORE_SURNAMES = Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "lord",
      "speaker", "sen", "senator", "rep", "representative", "gov", "governor", "president", "chancellor", "premier",
      "minister", "secretary", "king", "queen", "prince", "princess", "pope", "general", "gen");

  /**
   * "Franklin Graham" is not Lindsey Graham: a given name right before the surname {@code h} must be the
   * known person's own. A title or an initial before it says nothing against the person.
   */
  private boolean givenNameFits(PersonEntry person, int h) {
    if (h == 0 || !tree.token(h - 1).pos().startsWith("NNP") || roleOf[h - 1] != null) return true;
    String given = tree.token(h - 1).text();
    if (given.contains(".") || given.length() < 3 || TITLES_BEFORE_SURNAMES.contains(given.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    return java.util.Arrays.stream(person.name().split("[\\s.]+")).anyMatch(w -> w.equalsIgnoreCase(given));
  }
}
