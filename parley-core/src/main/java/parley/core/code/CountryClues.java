package parley.core.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import parley.core.lexicon.ActorEntry;
import parley.core.lexicon.ActorKind;

/**
 * Where a role word with no country in its own words gets one: a possessive pronoun ("its
 * ambassador", "his government"), or a country or place just after it ("a court in Guyana").
 */
final class CountryClues {
  private final DependencyTree tree;
  private final NameHit[] hits;
  private final String[] placeCountries;
  private final ArticleMemory memory;
  private final Function<ActorEntry, String> codeOf;
  private final Function<String, Optional<String>> personCode;

  CountryClues(DependencyTree tree, NameHit[] hits, String[] placeCountries, ArticleMemory memory,
      Function<ActorEntry, String> codeOf, Function<String, Optional<String>> personCode) {
    this.tree = tree;
    this.hits = hits;
    this.placeCountries = placeCountries;
    this.memory = memory;
    this.codeOf = codeOf;
    this.personCode = personCode;
  }

  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their");

  /**
   * "Karachi police", "a court in Guyana", "the mayor of the city of Nablus", "protesters in the Romanian
   * city of Cluj": a country or place in or just after the phrase gives the country.
   */
  Optional<String> placeCountry(int h, List<Integer> phrase) {
    for (int t : phrase) {
      if (placeCountries[t] != null) return Optional.of(placeCountries[t]);
    }
    Optional<String> ledOrBased = participleCountry(h);
    if (ledOrBased.isPresent()) return ledOrBased;
    for (int c : tree.children(h)) {
      if (!tree.relation(c).startsWith("nmod")) continue;
      String prep = tree.caseOf(c);
      if (!(prep.equals("in") || prep.equals("of") || prep.equals("from"))) continue;
      Optional<String> found = countryAt(c);
      if (found.isEmpty()) {
        for (int g : tree.children(c)) {
          if (tree.relation(g).startsWith("nmod") && tree.caseOf(g).equals("of")) found = countryAt(g);
          if (found.isPresent()) break;
        }
      }
      if (found.isEmpty()) {
        for (int g : tree.children(c)) {
          if (tree.relation(g).equals("amod") || tree.relation(g).equals("compound")) found = countryAt(g);
          if (found.isPresent()) break;
        }
      }
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  /** Participles whose country is the phrase's: led, based, owned or run by it. Not "backed" or "allied". */
  private static final Set<String> OWN_COUNTRY_PARTICIPLES = Set.of("lead", "base", "own", "run");

  /**
   * "the Saudi-led coalition", "a UK-based group", "Chinese-owned firms": the country of a compound
   * participle that says who leads, hosts or owns the phrase's head. "Russian-backed separatists" are
   * not Russia's.
   */
  private Optional<String> participleCountry(int h) {
    for (int a : tree.children(h, "amod")) {
      if (!tree.token(a).pos().equals("VBN") || !OWN_COUNTRY_PARTICIPLES.contains(tree.lemma(a))) continue;
      for (int c : tree.children(a)) {
        if (c < a && !tree.relation(c).equals("punct")) {
          Optional<String> found = countryAt(c);
          if (found.isPresent()) return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Putin said his government...": "his" is the person named as a subject earlier in the sentence,
   * when there is one, rather than a person of earlier sentences.
   */
  private int namedSubjectBefore(int possessive) {
    for (int t = possessive - 1; t >= 0; t--) {
      if (tree.relation(t).startsWith("nsubj") && tree.token(t).isProperNoun() && placeCountries[t] == null) return t;
    }
    return -1;
  }

  /** The country of a person named at a token: from the lexicon or the article so far; none for a stranger. */
  private Optional<String> personCountry(int t) {
    NameHit hit = hits[t];
    if (hit != null) return Optional.of(ActorCodes.country(codeOf.apply(hit.entry())));
    return personCode.apply(tree.token(t).text()).map(ActorCodes::country);
  }

  /** A country named or implied at a token: a country name, or a place in the gazetteer. */
  Optional<String> countryAt(int t) {
    if (hits[t] != null && hits[t].entry().kind() != ActorKind.PERSON) {
      String code = codeOf.apply(hits[t].entry());
      return Optional.of(ActorCodes.country(code));
    }
    return Optional.ofNullable(placeCountries[t]);
  }

  /**
   * "the Sudanese government recalled its ambassador": "its" is the nearest actor named before;
   * "his government": the country of the last person mentioned.
   */
  Optional<String> possessiveCountry(int h) {
    for (int c : tree.children(h, "nmod:poss")) {
      String word = tree.token(c).lower();
      if (word.equals("his") || word.equals("her")) {
        int subject = namedSubjectBefore(c);
        if (subject >= 0) return personCountry(subject);
        return memory.lastPersonCode().map(ActorCodes::country);
      }
      if (!POSSESSIVE_PRONOUNS.contains(word)) continue;
      int clauseSubject = PossessorClauseSubject.of(tree, c);
      Optional<String> subject = countryOfSubject(clauseSubject)
          .or(() -> countryOfSubject(new ReportedSpeaker(tree).speakerOfPossessor(c, clauseSubject)));
      if (subject.isPresent()) return subject;
      for (int t = c - 1; t >= 0; t--) {
        if (hits[t] != null && hits[t].entry().kind() != ActorKind.PERSON) {
          String code = codeOf.apply(hits[t].entry());
          return Optional.of(ActorCodes.country(code));
        }
      }
    }
    return Optional.empty();
  }


  /** The country a clause's subject names: its own name, or a country that qualifies it ("the Sudanese government"). */
  private Optional<String> countryOfSubject(int subject) {
    if (subject < 0) return Optional.empty();
    if (hits[subject] != null) {
      return hits[subject].entry().kind() == ActorKind.PERSON ? Optional.empty()
          : Optional.of(ActorCodes.country(codeOf.apply(hits[subject].entry())));
    }
    for (int c : tree.children(subject)) {
      String rel = tree.relation(c);
      boolean qualifier = rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss");
      if (qualifier && hits[c] != null && hits[c].entry().kind() != ActorKind.PERSON) {
        return Optional.of(ActorCodes.country(codeOf.apply(hits[c].entry())));
      }
    }
    return Optional.empty();
  }
}
