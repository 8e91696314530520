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
    this.clues = new CountryClues(tree, hits, placeCountries, memory, this::codeOf);
    this.parts = new PhraseParts(tree, text);
  }

  List<ActorMention> mentions() {
    List<ActorMention> out = new ArrayList<>();
    boolean[] covered = new boolean[tree.size()];
    for (int h = 0; h < tree.size(); h++) {
      if (hits[h] != null || roleOf[h] == null || isModifierOfActorHead(h)) continue;
      roleHeaded(h, covered, out);
    }
    for (int h = 0; h < tree.size(); h++) {
      if (covered[h]) continue;
      if (hits[h] != null && isHitHead(h)) {
        nameHeaded(h, covered, out);
      } else if (hits[h] == null && tree.token(h).pos().startsWith("NNP") && isPhraseHead(h)) {
        unknownNameHeaded(h, covered, out);
      } else if (PRONOUNS.contains(tree.token(h).lower()) && memory.lastPersonCode().isPresent()) {
        out.add(mention(h, h, h, memory.lastPersonCode().get(), "pronoun"));
      } else if (GROUP_PRONOUNS.contains(tree.token(h).lower()) && tree.relation(h).startsWith("nsubj")) {
        Optional<String> antecedent = groupBefore(h, out).or(memory::lastGroupCode);
        if (antecedent.isPresent()) out.add(mention(h, h, h, antecedent.get(), "pronoun"));
      }
    }
    out.sort((a, b) -> Integer.compare(a.head(), b.head()));
    noteCentre(out);
    return out;
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
    String how = "role";
    for (NameHit name : names) {
      if (name.entry().kind() == ActorKind.PERSON) continue;
      codes.add(ActorCodes.combine(codeOf(name.entry()), role));
    }
    Optional<String> personName = parts.appositeName(h);
    if (codes.isEmpty()) {
      clues.possessiveCountry(h).ifPresent(country -> codes.add(ActorCodes.combine(country, role)));
    }
    if (codes.isEmpty()) {
      clues.placeCountry(h, phrase).ifPresent(country -> codes.add(ActorCodes.combine(country, role)));
      if (!codes.isEmpty()) how = "place";
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
      } else if (implied.isPresent()) {
        codes.add(ActorCodes.combine(implied.get(), role));
        how = "implied-by-dateline";
      }
    }
    for (int t = first; t <= last; t++) covered[t] = true;
    if (codes.isEmpty()) {
      out.add(mention(first, last, h, null, "role-no-country"));
      return;
    }
    for (String code : codes) out.add(mention(first, last, h, code, how));
    memory.rememberRole(tree.lemma(h), codes.get(0));
    personName.ifPresent(name -> memory.rememberPerson(name, codes.get(0)));
  }

  /** A lexicon name: a country, capital, organisation or a person in office on the article's date. */
  private void nameHeaded(int h, boolean[] covered, List<ActorMention> out) {
    NameHit hit = hits[h];
    String code = codeOf(hit.entry());
    for (int t = hit.first(); t <= hit.last(); t++) covered[t] = true;
    out.add(mention(hit.first(), hit.last(), h, code, hit.entry().kind().name().toLowerCase()));
    if (hit.entry().kind() == ActorKind.PERSON) {
      String name = span(hit.first(), hit.last()).of(text);
      memory.rememberPerson(name, code);
    }
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
    Optional<String> code = Optional.empty();
    String how;
    if (role != null && !countries.isEmpty()) {
      code = Optional.of(ActorCodes.combine(countries.iterator().next(), role));
      how = "titled-name";
    } else if (memory.personCode(name).or(() -> memory.personCode(surname)).isPresent()) {
      code = memory.personCode(name).or(() -> memory.personCode(surname));
      how = "remembered";
    } else if (date.isPresent() && actors.personBySurname(surname.toLowerCase(), date.get()).isPresent()) {
      PersonEntry person = actors.personBySurname(surname.toLowerCase(), date.get()).get();
      code = person.codeOn(date.get());
      how = "surname";
    } else if (role != null && implied.isPresent()) {
      code = Optional.of(ActorCodes.combine(implied.get(), role));
      how = "titled-name-implied";
    } else if (!countries.isEmpty()) {
      code = Optional.of(countries.iterator().next());
      how = "name-with-country";
    } else {
      return;
    }
    if (code.isEmpty()) return;
    int first = phrase.get(0);
    int last = phrase.get(phrase.size() - 1);
    for (int t = first; t <= last; t++) covered[t] = true;
    out.add(mention(first, last, h, code.get(), how));
    if (!how.equals("remembered")) memory.rememberPerson(name, code.get());
    else memory.notePerson(name, code.get());
  }

  /**
   * What "it", "they", "he" and "she" will mean in the next sentences: the first coded subject of
   * this sentence (the centre of attention), not merely the last name mentioned.
   */
  private void noteCentre(List<ActorMention> found) {
    boolean group = false;
    boolean person = false;
    for (ActorMention m : found) {
      if (m.actor().code().isEmpty() || !tree.relation(m.head()).startsWith("nsubj")) continue;
      boolean isPerson = PERSON_HOWS.contains(m.how()) || (m.how().equals("pronoun") && PRONOUNS.contains(tree.token(m.head()).lower()));
      if (isPerson && !person) {
        memory.notePerson(m.actor().text(), m.actor().code().get());
        person = true;
      } else if (!isPerson && !group) {
        memory.noteGroup(m.actor().code().get());
        group = true;
      }
    }
  }

  private static final Set<String> PERSON_HOWS = Set.of("person", "remembered", "surname", "titled-name",
      "titled-name-implied", "name-with-country");

  /** "Bangladesh says it will not accept...": the nearest group named earlier in the sentence. */
  private static Optional<String> groupBefore(int h, List<ActorMention> found) {
    ActorMention best = null;
    for (ActorMention m : found) {
      if (m.head() < h && m.actor().code().isPresent() && !m.how().equals("pronoun") && !m.how().equals("person")
          && (best == null || m.head() > best.head())) {
        best = m;
      }
    }
    return best == null ? Optional.empty() : best.actor().code();
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

  private String[] findRoles() {
    String[] out = new String[tree.size()];
    List<String> lemmas = new ArrayList<>(tree.size());
    for (Token t : tree.sentence().tokens()) lemmas.add(t.lemma());
    for (int i = 0; i < tree.size(); i++) {
      Optional<RoleMatch> match = roles.match(lemmas, i);
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
    Span s = span(first, last);
    return new ActorMention(tree.sentence().index(), first, last, head,
        ActorRef.of(code, s.of(text), s), how);
  }
}
