package parley.core.quote;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import parley.core.doc.ActorRef;
import parley.core.doc.Span;

/**
 * What one article has said about its speakers so far: full names by each of their words ("Chung"
 * gives "Chung Eui-yong"), names by role ("the adviser"), and the last named speaker for "they"; for
 * "he" and "she" the latest person (not coded as a bare country) who spoke or was the named subject
 * of a main clause ({@link MainClauseSubjects}), passing over one of the other sex when the article
 * tells it ("Mr." or "Mrs." before the name, or "Smith said she ..."). One
 * instance per document; not shared.
 */
final class SpeakerMemory {
  private record Person(String name, Optional<String> code) {}

  private final Map<String, Person> byWord = new HashMap<>();
  private final Map<String, Person> byRole = new HashMap<>();
  private final Deque<Person> recentPeople = new ArrayDeque<>();
  private final Map<String, Character> sexByName = new HashMap<>();
  private Person last;
  private Person lastPerson;
  private Person lastGroup;
  private boolean groupIsLatest;
  private Person lastCompany;

  /** A name that says it is a company: "Greenvale Corp", "Rhine Holdings AG", "Orbis Inc". */
  private static final java.util.regex.Pattern COMPANY = java.util.regex.Pattern.compile(
      "\\b(Corp|Corporation|Inc|Co|Cos|Ltd|Plc|PLC|Group|AG|SA|NV|LLC|Holdings|Industries|Bancorp)\\b\\.?\\s*(<[^>]*>)?$");

  /** Role nouns that, with "the", stand for the company the article last named ("The company said"). */
  private static final Set<String> COMPANY_ROLES = Set.of("company", "firm", "corporation");

  /** "They", "them", "their": may stand for a group of unnamed speakers ("analysts said ... they added"). */
  private static final Set<String> PLURAL = Set.of("they", "them", "their");

  /** Pronouns for a man and for a woman. */
  private static final Set<String> MALE = Set.of("he", "him", "his");
  private static final Set<String> FEMALE = Set.of("she", "her", "hers");

  /** Pronouns that stand for a person, never for a country ("he said" after "the United States believed"). */
  private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his", "hers");

  /**
   * Resolves a mention to a speaker, remembering names and roles for later mentions; a collective
   * speaker (a state, body or group: {@link CollectiveSpeakers}) is never one a later "he" stands for.
   */
  ActorRef resolve(SpeakerMention mention, Optional<String> code, boolean collective) {
    return switch (mention.kind()) {
      case NAME -> {
        Person p = known(mention.text()).orElse(new Person(mention.text(), code));
        Person person = new Person(p.name(), code.isPresent() ? code : p.code());
        noteTitle(person.name(), mention.text());
        remember(person, mention.role(), collective);
        yield new ActorRef(person.code(), person.name(), mention.span());
      }
      case PRONOUN -> {
        String word = key(mention.text());
        Person p = PERSONAL.contains(word) ? personFor(word)
            : PLURAL.contains(word) && groupIsLatest && lastGroup != null ? lastGroup : last;
        yield p == null ? new ActorRef(code, mention.text(), mention.span())
            : new ActorRef(p.code(), p.name(), mention.span());
      }
      case ROLE -> {
        Person p = byRole.get(mention.role());
        if (p == null && lastCompany != null && COMPANY_ROLES.contains(mention.role())
            && key(mention.text()).equals("the " + mention.role())) {
          p = lastCompany;
        }
        if (p == null) {
          Person role = new Person(mention.text(), code);
          switch (RoleSpeakers.of(mention.text(), mention.role())) {
            case PERSON -> {
              char sex = RoleSpeakers.sex(mention.role());
              if (sex != '?') sexByName.putIfAbsent(role.name(), sex);
              notePerson(role);
            }
            case PEOPLE -> {
              lastGroup = role;
              groupIsLatest = true;
            }
            case OTHER -> { }
          }
          yield new ActorRef(code, mention.text(), mention.span());
        }
        yield new ActorRef(code.isPresent() ? code : p.code(), p.name(), mention.span());
      }
    };
  }

  /**
   * Notes the named subject of a main clause ("Carson defied the question."): a later "he said"
   * may stand for them though they have not spoken.
   */
  void noteSubject(String name, Optional<String> code, boolean collective) {
    Person p = known(name).orElse(new Person(name, code));
    noteTitle(p.name(), name);
    if (!collective && !p.code().or(() -> code).map(c -> c.length() == 3).orElse(false)) notePerson(p);
    noteCompany(p);
  }

  /** Notes a named company, for a later "the company said". */
  private void noteCompany(Person p) {
    if (COMPANY.matcher(p.name()).find() || p.code().map(c -> c.endsWith("BUS")).orElse(false)) lastCompany = p;
  }

  /** Notes that a pronoun stood for a named person in their own sentence ("Smith said she ..."): their sex. */
  void noteSex(String name, String pronoun) {
    String word = key(pronoun);
    if (MALE.contains(word)) sexByName.putIfAbsent(name, 'm');
    if (FEMALE.contains(word)) sexByName.putIfAbsent(name, 'f');
  }

  /** "Mr. Kaplan" is a man, "Mrs. Clinton" and "Ms. Epstein" women. */
  private void noteTitle(String name, String words) {
    String first = key(words.strip().split("\\s+")[0]).replace(".", "");
    if (first.equals("mr")) sexByName.putIfAbsent(name, 'm');
    if (first.equals("mrs") || first.equals("ms") || first.equals("miss")) sexByName.putIfAbsent(name, 'f');
  }

  /** The latest person a personal pronoun can stand for: of its sex when the article tells it. */
  private Person personFor(String pronoun) {
    char sex = MALE.contains(pronoun) ? 'm' : FEMALE.contains(pronoun) ? 'f' : '?';
    for (Person p : recentPeople) {
      char known = sexByName.getOrDefault(p.name(), '?');
      if (sex == '?' || known == '?' || known == sex) return p;
    }
    return lastPerson;
  }

  private void notePerson(Person p) {
    lastPerson = p;
    recentPeople.removeIf(q -> q.name().equals(p.name()));
    recentPeople.addFirst(p);
    if (recentPeople.size() > 8) recentPeople.removeLast();
  }

  /** Notes a name seen in the text (not necessarily speaking) so a later surname finds it. */
  void noteName(String name, Optional<String> code) {
    if (name.split(" ").length < 2) return;
    Person p = new Person(name, code);
    for (String word : name.split(" ")) byWord.putIfAbsent(key(word), p);
  }

  /** A speaker given only by printed words ("WALLACE"): the full name when the article knows it. */
  ActorRef named(String words, Span span) {
    Person p = known(words).orElse(new Person(words, Optional.empty()));
    return new ActorRef(p.code(), p.name(), span);
  }

  Optional<ActorRef> lastSpeaker(Span span) {
    return last == null ? Optional.empty() : Optional.of(new ActorRef(last.code(), last.name(), span));
  }

  private Optional<Person> known(String name) {
    if (name.contains(" ")) return Optional.empty();
    return Optional.ofNullable(byWord.get(key(name)));
  }

  private void remember(Person p, String role, boolean collective) {
    last = p;
    groupIsLatest = false;
    noteCompany(p);
    boolean country = p.code().map(c -> c.length() == 3).orElse(false);
    if (!country && !collective) notePerson(p);
    for (String word : p.name().split(" ")) {
      if (word.length() > 1) byWord.put(key(word), p);
    }
    if (!role.isEmpty()) byRole.put(role, p);
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
