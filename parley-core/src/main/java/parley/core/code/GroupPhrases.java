package parley.core.code;

import static parley.core.code.NounPhraseActors.BODY_KINDS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.lexicon.ActorKind;

/**
 * Noun phrases headed by a collective noun ("anti-war groups", "the Palestinian group Hamas", "the
 * country"): the organisation or group named with the noun, else the country of a name, possessive or
 * place in the phrase; "the country" is the country named before it. Members named after "of" or
 * names apposed are the actors instead.
 */
final class GroupPhrases {
  private final DependencyTree tree;
  private final NameHit[] hits;
  private final String[] roleOf;
  private final ArticleMemory memory;
  private final CountryClues clues;
  private final PhraseParts parts;
  private final PersonCodes personCodes;
  private final PhraseMentions mentions;

  GroupPhrases(DependencyTree tree, NameHit[] hits, String[] roleOf, ArticleMemory memory, CountryClues clues,
      PhraseParts parts, PersonCodes personCodes, PhraseMentions mentions) {
    this.tree = tree;
    this.hits = hits;
    this.roleOf = roleOf;
    this.memory = memory;
    this.clues = clues;
    this.parts = parts;
    this.personCodes = personCodes;
    this.mentions = mentions;
  }

  /**
   * "Anti-war groups", "a Syrian rights organisation", "the committee": a collective noun names an actor
   * even with no role code; it takes the country of a name, possessive or place in its phrase, and
   * otherwise stays uncoded (not the dateline's country: a group in Athens need not be Greek).
   */
  void groupHeaded(int h, boolean[] covered, List<ActorMention> out) {
    if (membersNamed(h)) return;
    List<Integer> phrase = parts.modifierTokens(h);
    Optional<NameHit> body = namedBody(h);
    if (body.isPresent()) {
      int first = phrase.get(0);
      int last = Math.max(phrase.get(phrase.size() - 1), body.get().last());
      for (int t = first; t <= last; t++) covered[t] = true;
      out.add(mentions.mention(first, last, h, mentions.wordsOf(h, first, last), personCodes.codeOf(body.get().entry()), "group-name"));
      return;
    }
    Optional<String> code = Optional.empty();
    for (int t : phrase) {
      if (hits[t] != null && hits[t].entry().kind() != ActorKind.PERSON) {
        code = Optional.of(personCodes.codeOf(hits[t].entry()));
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
    out.add(mentions.mention(first, last, h, mentions.wordsOf(h, first, last), code.orElse(null), code.isPresent() ? how : "role-no-country"));
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

  boolean isGroupNoun(int h) {
    String pos = tree.token(h).pos();
    return (pos.equals("NN") || pos.equals("NNS")) && GROUP_NOUNS.contains(tree.lemma(h).toLowerCase(java.util.Locale.ROOT))
        && parts.isPhraseHead(h);
  }
}
