package parley.core.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Span;
import parley.core.doc.Token;
import parley.core.lexicon.ActorEntry;
import parley.core.lexicon.ActorKind;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.PersonEntry;
import parley.core.lexicon.RoleLexicon;
import parley.core.lexicon.RoleMatch;

/**
 * The actor mentions of one sentence: each noun phrase whose head is a role word, a name from the
 * lexicon, a remembered person or a pronoun, coded from the names and roles inside it.
 */
final class NounPhraseActors {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they");

  private final DependencyTree tree;
  private final NameHit[] hits;
  private final String[] placeCountries;
  private final RoleLexicon roles;
  private final ActorLexicon actors;
  private final ArticleMemory memory;
  private final Optional<LocalDate> date;
  private final Optional<String> implied;
  private final String text;
  private final String[] roleOf;
  private final CountryClues clues;
  private final PhraseParts parts;
  private final PersonalPossessors possessors;
  /** Subjects that are people no lexicon codes ("Ambassador Ann Lee said"), by head token. */
  private final java.util.TreeMap<Integer, String> uncodedSubjects = new java.util.TreeMap<>();

  NounPhraseActors(DependencyTree tree, NameHit[] hits, String[] placeCountries, RoleLexicon roles,
      ActorLexicon actors, ArticleMemory memory, Optional<LocalDate> date, Optional<String> implied, String text) {
    this.tree = tree;
    this.hits = hits;
    this.placeCountries = placeCountries;
    this.roles = roles;
    this.actors = actors;
    this.memory = memory;
    this.date = date;
    this.implied = implied;
    this.text = text;
    this.roleOf = findRoles();
    this.clues = new CountryClues(tree, hits, placeCountries, memory, this::codeOf, this::knownPersonCode);
    this.parts = new PhraseParts(tree, text);
    this.possessors = new PersonalPossessors(tree, roleOf);
  }

  List<ActorMention> mentions() {
    List<ActorMention> out = new ArrayList<>();
    boolean[] covered = new boolean[tree.size()];
    for (int h = 0; h < tree.size(); h++) {
      if (hits[h] != null || roleOf[h] == null || isModifierOfActorHead(h)) continue;
      roleHeaded(h, covered, out);
    }
    for (int h = 0; h < tree.size(); h++) {
      if (covered[h] || hits[h] != null || roleOf[h] != null || !isGroupNoun(h) || isModifierOfActorHead(h)) continue;
      groupHeaded(h, covered, out);
    }
    for (int h = 0; h < tree.size(); h++) {
      if (covered[h]) continue;
      if (hits[h] != null && isHitHead(h)) {
        nameHeaded(h, covered, out);
      } else if (hits[h] == null && tree.token(h).pos().startsWith("NNP") && isPhraseHead(h)) {
        unknownNameHeaded(h, covered, out);
      } else if (PRONOUNS.contains(tree.token(h).lower())) {
        Optional<ActorMention> antecedent = tree.relation(h).startsWith("nsubj") ? personBefore(h, out) : purposeObject(h, out);
        if (antecedent.isPresent()) {
          out.add(pronoun(h, antecedent.get()));
        } else if (memory.lastPersonCode().isPresent()) {
          out.add(mention(h, h, h, memory.lastPersonCode().get(), "pronoun"));
        }
      } else if (GROUP_PRONOUNS.contains(tree.token(h).lower()) && tree.relation(h).startsWith("nsubj")) {
        Optional<ActorMention> antecedent = groupBefore(h, out);
        if (antecedent.isEmpty()) antecedent = uncodedReporter(h, out);
        if (antecedent.isPresent()) {
          out.add(pronoun(h, antecedent.get()));
        } else if (memory.lastGroupCode().isPresent()) {
          out.add(mention(h, h, h, memory.lastGroupCode().get(), "pronoun"));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.head(), b.head()));
    possessors.resolve(out);
    resolvePairs(out);
    noteCentre(out);
    return out;
  }

  /** "The two sides agreed", "talks between both countries": the pair named last, in this sentence or before. */
  private void resolvePairs(List<ActorMention> out) {
    DyadAnaphora dyads = new DyadAnaphora(tree, text);
    int sentence = tree.sentence().index();
    for (int h = 0; h < tree.size(); h++) {
      if (!dyads.isPairPhrase(h)) continue;
      final int head = h;
      List<ActorMention> before = out.stream().filter(m -> m.head() < head).toList();
      Optional<String[]> pair = dyads.pairIn(before).filter(p -> dyads.fits(head, p));
      if (pair.isEmpty()) pair = memory.pairBefore(sentence, DyadAnaphora.REACH).filter(p -> dyads.fits(head, p));
      if (pair.isEmpty()) continue;
      out.removeIf(m -> m.head() == head);
      out.addAll(dyads.sides(h, pair.get()));
    }
    out.sort((a, b) -> Integer.compare(a.head(), b.head()));
    dyads.pairIn(out).ifPresent(p -> memory.notePair(p, sentence));
  }

  /** "South Korea's national security adviser", "North Korean officials", "the adviser". */
  private void roleHeaded(int h, boolean[] covered, List<ActorMention> out) {
    String role = roleOf[h];
    List<Integer> phrase = parts.modifierTokens(h);
    Set<NameHit> names = new LinkedHashSet<>();
    for (int t : phrase) if (hits[t] != null) names.add(hits[t]);
    int first = phrase.get(0);
    int last = phrase.get(phrase.size() - 1);
    List<String> codes = new ArrayList<>();
    List<NameHit> coded = new ArrayList<>();
    String how = "role";
    for (NameHit name : names) {
      if (name.entry().kind() == ActorKind.PERSON || qualifiesNamedBody(name, names)) continue;
      codes.add(ActorCodes.combine(codeOf(name.entry()), role));
      coded.add(name);
    }
    Optional<String> personName = parts.appositeName(h);
    if (codes.isEmpty()) {
      if (!OTHER_SIDE_ROLES.contains(tree.lemma(h))) {
        clues.possessiveCountry(h).ifPresent(country -> codes.add(ActorCodes.combine(country, role)));
      }
    }
    if (codes.isEmpty()) {
      clues.placeCountry(h, phrase).ifPresent(country -> codes.add(ActorCodes.combine(country, role)));
      if (!codes.isEmpty()) how = "place";
    }
    if (codes.isEmpty()) {
      bodyOnTheVerb(h, phrase.get(phrase.size() - 1)).ifPresent(country -> codes.add(ActorCodes.combine(country, role)));
      if (!codes.isEmpty()) how = "from-body";
    }
    if (!codes.isEmpty() && how.equals("role") && names.isEmpty()) how = "possessive";
    if (codes.isEmpty()) {
      Optional<NameHit> person = names.stream().filter(n -> n.entry().kind() == ActorKind.PERSON).findFirst();
      if (person.isPresent()) {
        codes.add(codeOf(person.get().entry()));
        how = "person";
      } else if (parts.isDefinite(h) && memory.roleCode(tree.lemma(h)).isPresent()) {
        codes.add(memory.roleCode(tree.lemma(h)).get());
        how = "anaphora";
      } else if (personName.isPresent() && memory.personCode(personName.get()).isPresent()) {
        codes.add(memory.personCode(personName.get()).get());
        how = "remembered";
      } else if (TRANSNATIONAL_ROLES.contains(role)) {
        codes.add("NGO" + role);
        how = "transnational-role";
      } else if (implied.isPresent()) {
        codes.add(ActorCodes.combine(implied.get(), role));
        how = "implied-by-dateline";
      }
    }
    for (int t = first; t <= last; t++) covered[t] = true;
    int[] words = wordsOf(h, first, last);
    if (codes.isEmpty()) {
      out.add(mention(first, last, h, words, null, "role-no-country"));
      return;
    }
    boolean split = codes.size() > 1 && coded.size() == codes.size() && coordinated(coded);
    for (int i = 0; i < codes.size(); i++) {
      if (!split) {
        out.add(mention(first, last, h, words, codes.get(i), how));
        continue;
      }
      // "British and EU negotiators": two sides, each its own words ("British", "EU negotiators")
      NameHit name = coded.get(i);
      int end = i == codes.size() - 1 ? Math.max(last, words[1]) : name.last();
      Span own = span(name.first(), end);
      out.add(new ActorMention(tree.sentence().index(), first, last, h, ActorRef.of(codes.get(i), own.of(text), own), how));
    }
    memory.rememberRole(tree.lemma(h), codes.get(0));
    personName.ifPresent(name -> memory.rememberPerson(name, codes.get(0)));
  }

  /**
   * "received ministers from the Georgian government", with "from" attached to the verb by the parser:
   * a from-phrase right after the object that names a body (a role word or an organisation, not a
   * place: "withdrew troops from Syria" are not Syria's) is where the object's people come from.
   */
  private Optional<String> bodyOnTheVerb(int h, int last) {
    String rel = tree.relation(h);
    int verb = tree.head(h);
    if (!(rel.equals("obj") || rel.equals("nsubj:pass")) || verb < 0 || !tree.token(verb).isVerb()) return Optional.empty();
    for (int c : tree.children(verb)) {
      if (!tree.relation(c).startsWith("obl") || !tree.caseOf(c).equals("from")) continue;
      int marker = tree.firstChild(c, "case");
      if (marker != last + 1) continue;
      boolean body = roleOf[c] != null || (hits[c] != null && BODY_KINDS.contains(hits[c].entry().kind()));
      if (!body) continue;
      for (int t : parts.modifierTokens(c)) {
        if (hits[t] != null && COUNTRY_KINDS.contains(hits[t].entry().kind())) return Optional.of(ActorCodes.country(codeOf(hits[t].entry())));
        if (hits[t] != null && t == c && hits[t].entry().kind() != ActorKind.PERSON) return Optional.of(codeOf(hits[t].entry()));
      }
      Optional<String> owner = clues.possessiveCountry(c);
      if (owner.isPresent()) return owner;
    }
    return Optional.empty();
  }

  /**
   * "leaders of Egypt's Muslim Brotherhood": a country that only qualifies an organisation or group named in
   * the same phrase says whose body it is; the role belongs to that body (EGYOPP), not to the country's
   * government.
   */
  private boolean qualifiesNamedBody(NameHit name, Set<NameHit> names) {
    if (!COUNTRY_KINDS.contains(name.entry().kind())) return false;
    for (int t = name.first(); t <= name.last(); t++) {
      int head = tree.head(t);
      if (name.covers(head)) continue;
      for (NameHit other : names) {
        if (other != name && other.covers(head) && BODY_KINDS.contains(other.entry().kind())) return true;
      }
    }
    return false;
  }

  /** Whether names qualifying one noun are coordinated ("British and EU", "Kenyan, Somali and Ugandan"), nothing else between them. */
  private boolean coordinated(List<NameHit> names) {
    for (int i = 1; i < names.size(); i++) {
      int from = names.get(i - 1).last() + 1;
      int to = names.get(i).first();
      if (from >= to) return false;
      for (int t = from; t < to; t++) {
        String rel = tree.relation(t);
        if (!(rel.equals("cc") || rel.equals("punct"))) return false;
      }
    }
    return true;
  }

  /** "his counterpart": the possessor's opposite number, of another country, not of the possessor's. */
  private static final Set<String> OTHER_SIDE_ROLES = Set.of("counterpart");

  private static final Set<ActorKind> COUNTRY_KINDS = java.util.EnumSet.of(ActorKind.COUNTRY, ActorKind.CAPITAL,
      ActorKind.ADJECTIVE, ActorKind.PEOPLE);
  private static final Set<ActorKind> BODY_KINDS = java.util.EnumSet.of(ActorKind.ORGANISATION, ActorKind.GROUP);

  /**
   * Roles whose bearers work across borders: with no country of their own, "human rights workers" in a
   * Belgrade story are a non-governmental body (NGOHRI), not Serbia's.
   */
  private static final Set<String> TRANSNATIONAL_ROLES = Set.of("HRI");

  /**
   * "Anti-war groups", "a Syrian rights organisation", "the committee": a collective noun names an actor
   * even with no role code; it takes the country of a name, possessive or place in its phrase, and
   * otherwise stays uncoded (not the dateline's country: a group in Athens need not be Greek).
   */
  private void groupHeaded(int h, boolean[] covered, List<ActorMention> out) {
    if (membersNamed(h)) return;
    List<Integer> phrase = parts.modifierTokens(h);
    Optional<NameHit> body = namedBody(h);
    if (body.isPresent()) {
      int first = phrase.get(0);
      int last = Math.max(phrase.get(phrase.size() - 1), body.get().last());
      for (int t = first; t <= last; t++) covered[t] = true;
      out.add(mention(first, last, h, wordsOf(h, first, last), codeOf(body.get().entry()), "group-name"));
      return;
    }
    Optional<String> code = Optional.empty();
    for (int t : phrase) {
      if (hits[t] != null && hits[t].entry().kind() != ActorKind.PERSON) {
        code = Optional.of(codeOf(hits[t].entry()));
        break;
      }
    }
    if (code.isEmpty()) code = clues.possessiveCountry(h).or(() -> clues.placeCountry(h, phrase));
    String how = code.isPresent() ? "group" : "role-no-country";
    if (code.isEmpty() && COUNTRY_NOUNS.contains(tree.lemma(h)) && parts.isDefinite(h) && phrase.size() == 1) {
      code = countryBefore(h).or(() -> memory.lastGroupCode().map(ActorCodes::country));
      how = "anaphora";
    }
    if (code.isEmpty() && namesApposed(h)) return;
    int first = phrase.get(0);
    int last = phrase.get(phrase.size() - 1);
    for (int t = first; t <= last; t++) covered[t] = true;
    out.add(mention(first, last, h, wordsOf(h, first, last), code.orElse(null), code.isPresent() ? how : "role-no-country"));
  }

  /**
   * "the Somali militant group al-Shabab", "the Palestinian group Hamas": an organisation or group named
   * right after a collective noun is the actor the noun stands for, and its code wins over the country
   * that qualifies the noun.
   */
  private Optional<NameHit> namedBody(int h) {
    for (int c : tree.children(h)) {
      String rel = tree.relation(c);
      if (c <= h || !(rel.equals("appos") || rel.equals("dep") || rel.equals("compound") || rel.equals("flat"))) continue;
      if (hits[c] != null && BODY_KINDS.contains(hits[c].entry().kind()) && hits[c].first() <= h + 2) {
        return Optional.of(hits[c]);
      }
    }
    return Optional.empty();
  }

  private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation");

  /** "Iraqi troops entered the country": the nearest country named before "the country" in the sentence. */
  private Optional<String> countryBefore(int h) {
    for (int t = h - 1; t >= 0; t--) {
      if (hits[t] == null) continue;
      ActorKind kind = hits[t].entry().kind();
      if (kind == ActorKind.COUNTRY || kind == ActorKind.CAPITAL || kind == ActorKind.ADJECTIVE || kind == ActorKind.PEOPLE) {
        return Optional.of(ActorCodes.country(hits[t].entry().code()));
      }
    }
    return Optional.empty();
  }

  /** "a group of British lawmakers": the members named after "of" are the actors, not the collective noun. */
  private boolean membersNamed(int h) {
    for (int c : tree.children(h, "nmod")) {
      if (tree.caseOf(c).equals("of") && (hits[c] != null || roleOf[c] != null || isGroupNoun(c))) return true;
    }
    return false;
  }

  /** "the two countries, Japan and Peru": the apposed names are the actors, not the collective noun. */
  private boolean namesApposed(int h) {
    for (int c : tree.children(h, "appos")) {
      if (hits[c] != null || roleOf[c] != null) return true;
    }
    return false;
  }

  private static final Set<String> GROUP_NOUNS = Set.of("group", "organization", "organisation", "movement",
      "coalition", "alliance", "committee", "council", "commission", "association", "federation", "agency",
      "front", "network", "faction", "bloc", "watchdog", "charity", "country", "nation", "ally", "donor");

  private boolean isGroupNoun(int h) {
    String pos = tree.token(h).pos();
    return (pos.equals("NN") || pos.equals("NNS")) && GROUP_NOUNS.contains(tree.lemma(h).toLowerCase(java.util.Locale.ROOT))
        && isPhraseHead(h);
  }

  /** A lexicon name: a country, capital, organisation or a person in office on the article's date. */
  private void nameHeaded(int h, boolean[] covered, List<ActorMention> out) {
    NameHit hit = hits[h];
    String code = qualifyingCountry(h, hit).map(country -> country + codeOf(hit.entry()).substring(3))
        .orElse(codeOf(hit.entry()));
    for (int t = hit.first(); t <= hit.last(); t++) covered[t] = true;
    int[] words = wordsOf(h, hit.first(), hit.last());
    out.add(mention(hit.first(), hit.last(), h, words, code, hit.entry().kind().name().toLowerCase()));
    if (hit.entry().kind() == ActorKind.PERSON) {
      String name = span(hit.first(), hit.last()).of(text);
      memory.rememberPerson(name, code);
    }
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
  private void unknownNameHeaded(int h, boolean[] covered, List<ActorMention> out) {
    List<Integer> phrase = parts.modifierTokens(h);
    int nameStart = h;
    while (nameStart > 0 && tree.token(nameStart - 1).pos().startsWith("NNP") && hits[nameStart - 1] == null
        && roleOf[nameStart - 1] == null && phrase.contains(nameStart - 1)) {
      nameStart--;
    }
    String name = span(nameStart, h).of(text);
    String surname = tree.token(h).text();
    String role = null;
    Set<String> countries = new LinkedHashSet<>();
    for (int t : phrase) {
      if (roleOf[t] != null && role == null) role = roleOf[t];
      if (hits[t] != null && hits[t].entry().kind() != ActorKind.PERSON) countries.add(codeOf(hits[t].entry()));
    }
    if (role == null) role = sharedTitle(h).orElse(null);
    if (countries.isEmpty()) clues.placeCountry(h, titled(phrase, nameStart, h, role)).ifPresent(countries::add);
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
    } else if (date.isPresent() && actors.personBySurname(surname.toLowerCase(), date.get()).isPresent()) {
      PersonEntry person = actors.personBySurname(surname.toLowerCase(), date.get()).get();
      code = person.codeOn(date.get());
      how = "surname";
    } else if (date.isEmpty() && actors.personBySurname(surname.toLowerCase()).isPresent()) {
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
    int[] words = wordsOf(h, first, last);
    out.add(mention(first, last, h, words, code.orElse(null), how));
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

  /** The role word of a person mention ("ambassador" in "Burundi's ambassador", "Ambassador Ann Lee"). */
  private Optional<String> titleOf(ActorMention m) {
    for (int t = m.first(); t <= m.last(); t++) {
      if (roleOf[t] != null) return Optional.of(tree.lemma(t).toLowerCase(java.util.Locale.ROOT));
    }
    return Optional.empty();
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

  /** The code of a person known by one name ("Putin"): met earlier in the article, or by surname in the lexicon. */
  private Optional<String> knownPersonCode(String name) {
    Optional<String> remembered = memory.personCode(name);
    if (remembered.isPresent()) return remembered;
    String surname = name.toLowerCase(java.util.Locale.ROOT);
    if (date.isPresent()) return actors.personBySurname(surname, date.get()).flatMap(p -> p.codeOn(date.get()));
    return actors.personBySurname(surname).map(PersonEntry::latestCode);
  }

  /** "Odin Sanchez, a former Colombian Congressman": the coded role mention apposed to a name. */
  private Optional<ActorMention> apposedRole(int h, int last, List<ActorMention> found) {
    int appos = parts.appositionAfter(h, last);
    if (appos < 0 || roleOf[appos] == null) return Optional.empty();
    return found.stream().filter(m -> m.head() == appos && m.actor().code().isPresent()).findFirst();
  }

  /**
   * The words a mention stands for: the whole noun phrase around its coded tokens, with an apposition
   * that names the same actor ("A Lebanese lawyer, Kareem Majbour").
   */
  private int[] wordsOf(int h, int first, int last) {
    int[] words = parts.extent(h, first, last);
    int appos = parts.appositionAfter(h, words[1]);
    if (appos >= 0) words[1] = parts.extent(appos, appos, appos)[1];
    return words;
  }

  /**
   * What "it", "they", "he" and "she" will mean in the next sentences: the first coded subject of
   * this sentence (the centre of attention), not merely the last name mentioned. A person subject no
   * lexicon codes is the centre too: "he" then has no code rather than an earlier person's.
   */
  private void noteCentre(List<ActorMention> found) {
    boolean group = false;
    boolean person = false;
    int firstUncoded = uncodedSubjects.isEmpty() ? Integer.MAX_VALUE : uncodedSubjects.firstKey();
    boolean centre = false;
    for (ActorMention m : found) {
      if (m.actor().code().isEmpty() || !tree.relation(m.head()).startsWith("nsubj")) continue;
      if (!centre && m.head() < firstUncoded) {
        boolean personal = PersonalPossessors.PERSON_HOWS.contains(m.how()) || possessors.isPersonRole(m) || m.how().equals("pronoun");
        String title = !personal ? "" : titleOf(m).orElse("-");
        memory.noteCentre(m.actor().code().get(), title, tree.sentence().index());
      }
      centre = true;
      boolean isPerson = PersonalPossessors.PERSON_HOWS.contains(m.how()) || possessors.isPersonRole(m)
          || (m.how().equals("pronoun") && PRONOUNS.contains(tree.token(m.head()).lower()));
      if (isPerson && !person && m.head() > firstUncoded) {
        memory.noteUncodedPerson(uncodedSubjects.get(firstUncoded));
        person = true;
      } else if (isPerson && !person) {
        memory.notePerson(m.actor().text(), m.actor().code().get());
        person = true;
      } else if (!isPerson && !group) {
        memory.noteGroup(m.actor().code().get());
        group = true;
      }
    }
    if (!person && firstUncoded != Integer.MAX_VALUE) memory.noteUncodedPerson(uncodedSubjects.get(firstUncoded));
  }


  /** "Bangladesh says it will not accept...": the nearest group named earlier in the sentence. */
  private static Optional<ActorMention> groupBefore(int h, List<ActorMention> found) {
    ActorMention best = null;
    for (ActorMention m : found) {
      if (m.head() < h && m.actor().code().isPresent() && !m.how().equals("pronoun") && !PersonalPossessors.PERSON_HOWS.contains(m.how())
          && (best == null || m.head() > best.head())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "The committee declared that it will not end the strike": with no coded antecedent, a subject pronoun
   * of a reported clause stands for the reporter when the reporter is an actor no lexicon knows.
   */
  private Optional<ActorMention> uncodedReporter(int h, List<ActorMention> found) {
    int clause = tree.head(h);
    if (clause < 0 || !tree.relation(clause).equals("ccomp") || tree.head(clause) < 0) return Optional.empty();
    int reporter = tree.firstChild(tree.head(clause), "nsubj");
    return found.stream()
        .filter(m -> m.head() == reporter && reporter < h && m.how().equals("role-no-country"))
        .findFirst();
  }

  /**
   * "Erdogan said he would...": for a pronoun subject, the nearest person named earlier in the sentence as
   * the subject of another clause ("Erdogan called him" is someone else: an object pronoun is not its own
   * clause's subject).
   */
  private Optional<ActorMention> personBefore(int h, List<ActorMention> found) {
    ActorMention best = null;
    for (ActorMention m : found) {
      if (m.head() < h && m.actor().code().isPresent() && PersonalPossessors.PERSON_HOWS.contains(m.how())
          && tree.relation(m.head()).startsWith("nsubj") && (best == null || m.head() > best.head())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * "called the Argentine president to congratulate him": an object pronoun in a purpose clause (an
   * adverbial to-infinitive, done by the main verb's subject) cannot be that subject, so it stands for
   * the person the main verb acts on.
   */
  private Optional<ActorMention> purposeObject(int h, List<ActorMention> found) {
    String rel = tree.relation(h);
    if (!(rel.equals("obj") || rel.equals("iobj"))) return Optional.empty();
    int clause = tree.head(h);
    if (clause < 0 || !tree.token(clause).pos().equals("VB")) return Optional.empty();
    if (!(tree.relation(clause).startsWith("advcl") || TelephoneCall.callersPurpose(tree, clause))) return Optional.empty();
    int object = tree.isToInfinitive(clause) ? tree.firstChild(tree.head(clause), "obj") : -1;
    if (object < 0) return Optional.empty();
    return found.stream()
        .filter(m -> m.head() == object && m.actor().code().isPresent())
        .findFirst();
  }

  /**
   * A pronoun whose antecedent is named earlier in the same sentence stands for it: the pronoun's tokens,
   * the antecedent's code and words ("The Afghan government said it would free..." has the government
   * as the one who frees).
   */
  private ActorMention pronoun(int h, ActorMention antecedent) {
    // an uncoded antecedent keeps its kind, so the pronoun is as much an actor as what it stands for
    String how = antecedent.actor().code().isPresent() ? "pronoun" : antecedent.how();
    return new ActorMention(tree.sentence().index(), h, h, h, antecedent.actor(), how);
  }

  /**
   * A person is coded by the office held on the article's date; out of office that day, by the
   * country of their offices only (a former or future leader is not the government); with no date,
   * by the latest office.
   */
  private String codeOf(ActorEntry entry) {
    if (entry.kind() != ActorKind.PERSON) return entry.code();
    if (date.isEmpty()) return entry.person().map(PersonEntry::latestCode).orElse(entry.code());
    return entry.codeOn(date.get()).orElseGet(() -> ActorCodes.country(entry.person().map(PersonEntry::latestCode).orElse(entry.code())));
  }

  /**
   * Role words by lemma, else as written ("forces" is a role though its lemma "force" is not: the
   * lexicon lists the plural where the singular means something else).
   */
  private String[] findRoles() {
    String[] out = new String[tree.size()];
    List<String> lemmas = new ArrayList<>(tree.size());
    List<String> words = new ArrayList<>(tree.size());
    for (Token t : tree.sentence().tokens()) {
      lemmas.add(t.lemma());
      words.add(t.lower());
    }
    for (int i = 0; i < tree.size(); i++) {
      Optional<RoleMatch> match = roles.match(lemmas, i);
      if (match.isEmpty()) match = roles.match(words, i);
      if (match.isEmpty()) continue;
      int last = i + match.get().length() - 1;
      if (tree.token(last).isNoun()) out[last] = match.get().code();
      i = last;
    }
    return out;
  }

  private boolean isHitHead(int t) {
    NameHit hit = hits[t];
    int head = tree.head(t);
    if (!tree.hasParse()) return t == hit.last();
    return head < hit.first() || head > hit.last() || head < 0;
  }

  private boolean isPhraseHead(int t) {
    String rel = tree.relation(t);
    return !(rel.equals("compound") || rel.equals("flat") || rel.startsWith("amod"));
  }

  /** A role word modifying a name or another role ("government troops" keeps "troops" as head). */
  private boolean isModifierOfActorHead(int h) {
    String rel = tree.relation(h);
    int head = tree.head(h);
    if (head < 0) return false;
    boolean modifier = rel.equals("compound") || rel.equals("amod") || rel.equals("flat");
    return modifier && (roleOf[head] != null || tree.token(head).pos().startsWith("NNP"));
  }

  private Span span(int first, int last) {
    return tree.sentence().spanOf(first, last);
  }

  private ActorMention mention(int first, int last, int head, String code, String how) {
    return mention(first, last, head, new int[] {first, last}, code, how);
  }

  /** A mention of tokens {@code first..last} whose words span {@code words} (the whole phrase, at least those tokens). */
  private ActorMention mention(int first, int last, int head, int[] words, String code, String how) {
    Span s = span(Math.min(first, words[0]), Math.max(last, words[1]));
    return new ActorMention(tree.sentence().index(), first, last, head,
        ActorRef.of(code, s.of(text), s), how);
  }
}
