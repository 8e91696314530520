package parley.core.code;

import static parley.core.code.NounPhraseActors.BODY_KINDS;
import static parley.core.code.NounPhraseActors.COUNTRY_KINDS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Span;
import parley.core.lexicon.ActorKind;

/**
 * Noun phrases headed by a role word ("South Korea's national security adviser", "British and EU
 * negotiators", "the adviser"): the role joined to the country of a name, possessive, place or body in
 * or around the phrase, else to a person, an earlier mention of the role or the dateline's country.
 */
final class RolePhrases {
  private final DependencyTree tree;
  private final NameHit[] hits;
  private final String[] roleOf;
  private final ArticleMemory memory;
  private final Optional<String> implied;
  private final String text;
  private final CountryClues clues;
  private final PhraseParts parts;
  private final PersonCodes personCodes;
  private final PhraseMentions mentions;

  RolePhrases(DependencyTree tree, NameHit[] hits, String[] roleOf, ArticleMemory memory, Optional<String> implied,
      String text, CountryClues clues, PhraseParts parts, PersonCodes personCodes, PhraseMentions mentions) {
    this.tree = tree;
    this.hits = hits;
    this.roleOf = roleOf;
    this.memory = memory;
    this.implied = implied;
    this.text = text;
    this.clues = clues;
    this.parts = parts;
    this.personCodes = personCodes;
    this.mentions = mentions;
  }

  /** "South Korea's national security adviser", "North Korean officials", "the adviser". */
  void roleHeaded(int h, boolean[] covered, List<ActorMention> out) {
    List<Integer> phrase = parts.modifierTokens(h);
    String role = FormerTitles.roleOf(tree, h,
        PartyOfficials.roleOf(tree, h, FirmOfficers.roleOf(tree, h, roleOf[h], roleOf), roleOf, phrase));
    Set<NameHit> names = new LinkedHashSet<>();
    for (int t : phrase) if (hits[t] != null) names.add(hits[t]);
    int first = phrase.get(0);
    int last = phrase.get(phrase.size() - 1);
    List<String> codes = new ArrayList<>();
    List<NameHit> coded = new ArrayList<>();
    String how = "role";
    for (NameHit name : names) {
      if (name.entry().kind() == ActorKind.PERSON || qualifiesNamedBody(name, names)) continue;
      codes.add(ActorCodes.combine(personCodes.codeOf(name.entry()), role));
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
        codes.add(personCodes.codeOf(person.get().entry()));
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
      } else if (UsPartyLabels.country(tree, phrase, implied).isPresent()) {
        codes.add(ActorCodes.combine("USA", role));
        how = "us-party-label";
      }
    }
    for (int t = first; t <= last; t++) covered[t] = true;
    int[] words = mentions.wordsOf(h, first, last);
    if (codes.isEmpty()) {
      out.add(mentions.mention(first, last, h, words, null, "role-no-country"));
      return;
    }
    boolean split = codes.size() > 1 && coded.size() == codes.size() && coordinated(coded);
    for (int i = 0; i < codes.size(); i++) {
      if (!split) {
        out.add(mentions.mention(first, last, h, words, codes.get(i), how));
        continue;
      }
      // "British and EU negotiators": two sides, each its own words ("British", "EU negotiators")
      NameHit name = coded.get(i);
      int end = i == codes.size() - 1 ? Math.max(last, words[1]) : name.last();
      Span own = mentions.span(name.first(), end);
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
        if (hits[t] != null && COUNTRY_KINDS.contains(hits[t].entry().kind())) return Optional.of(ActorCodes.country(personCodes.codeOf(hits[t].entry())));
        if (hits[t] != null && t == c && hits[t].entry().kind() != ActorKind.PERSON) return Optional.of(personCodes.codeOf(hits[t].entry()));
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

  /**
   * Roles whose bearers work across borders: with no country of their own, "human rights workers" in a
   * Belgrade story are a non-governmental body (NGOHRI), not Serbia's.
   */
  private static final Set<String> TRANSNATIONAL_ROLES = Set.of("HRI");
}
