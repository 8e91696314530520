package parley.core.lexicon;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Actor names (countries, capitals, adjectives, organisations, groups, people) found by longest
 * match over the lower-cased words of a sentence. Built once, immutable, thread-safe.
 */
public final class ActorLexicon {
  private final PhraseIndex<ActorEntry> names;
  private final Map<String, List<PersonEntry>> bySurname;
  private final java.util.Set<String> lowerCaseNames;

  private ActorLexicon(PhraseIndex<ActorEntry> names, Map<String, List<PersonEntry>> bySurname,
      java.util.Set<String> lowerCaseNames) {
    this.names = names;
    this.bySurname = bySurname;
    this.lowerCaseNames = lowerCaseNames;
  }

  /** The lexicon shipped with Parley: {@code actors.txt} and {@code people.txt}. */
  public static ActorLexicon fromResources() {
    Builder builder = new Builder();
    ActorLexiconReader.readActors(LexiconLines.resource("actors.txt"), builder);
    ActorLexiconReader.readPeople(LexiconLines.resource("people.txt"), builder);
    return builder.build();
  }

  /** A lexicon from files in Parley's formats (see the head of {@code actors.txt}, {@code people.txt}). */
  public static ActorLexicon load(Path actors, Path people) {
    Builder builder = new Builder();
    ActorLexiconReader.readActors(LexiconLines.read(actors), builder);
    ActorLexiconReader.readPeople(LexiconLines.read(people), builder);
    return builder.build();
  }

  /** The longest name starting at word {@code from} ("north", "korea", "'s" -> PRK, length 2). */
  public Optional<ActorMatch> match(List<String> lowerWords, int from) {
    return names.match(lowerWords, from).map(hit -> new ActorMatch(hit.value(), hit.length()));
  }

  /**
   * The one person with this surname in office on the date; empty when none are, or several holding
   * offices of different codes (two Ivanovs in one government are its own either way).
   */
  public Optional<PersonEntry> personBySurname(String lowerSurname, LocalDate date) {
    List<PersonEntry> people = bySurname.getOrDefault(lowerSurname, List.of());
    List<PersonEntry> inOffice = people.stream().filter(p -> p.holdsOfficeOn(date)).toList();
    if (inOffice.isEmpty()) return Optional.empty();
    long codes = inOffice.stream().map(p -> p.codeOn(date).orElseThrow()).distinct().count();
    return codes == 1 ? Optional.of(inOffice.get(0)) : Optional.empty();
  }

  /** The one person known by this surname, whatever their dates of office; empty when none or several are. */
  public Optional<PersonEntry> personBySurname(String lowerSurname) {
    List<PersonEntry> people = bySurname.getOrDefault(lowerSurname, List.of());
    return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
  }

  /** Whether these words are a name the lexicon writes in lower case, a common noun ("peacekeepers"). */
  public boolean isWrittenInLowerCase(List<String> lowerWords) {
    return lowerCaseNames.contains(String.join(" ", lowerWords));
  }

  /** How many distinct phrases the lexicon knows. */
  public int size() {
    return names.size();
  }

  /**
   * Collects names for a lexicon. A person's name shared by several people (George Bush) stands
   * for all their offices together.
   */
  static final class Builder {
    private final PhraseIndex.Builder<ActorEntry> names = new PhraseIndex.Builder<>();
    private final Map<String, List<PersonEntry>> personNames = new LinkedHashMap<>();
    private final Map<String, List<PersonEntry>> bySurname = new HashMap<>();
    private final java.util.Set<String> lowerCaseNames = new java.util.HashSet<>();

    /**
     * Adds a name (and its variant with hyphens as spaces); returns the entry another code already
     * holds for it, which is kept, or empty when the name was added or already had this code.
     */
    Optional<ActorEntry> add(String name, ActorEntry entry) {
      Optional<ActorEntry> clash = Optional.empty();
      boolean lowerCase = name.chars().noneMatch(Character::isUpperCase);
      for (List<String> words : variants(name)) {
        if (lowerCase) lowerCaseNames.add(String.join(" ", words));
        Optional<ActorEntry> old = names.get(words);
        if (old.isPresent() && !old.get().code().equals(entry.code())) clash = old;
        if (old.isEmpty()) names.add(words, entry);
      }
      return clash;
    }

    void addPerson(PersonEntry person, List<String> personNamesOfPerson) {
      for (String name : personNamesOfPerson) {
        for (List<String> words : variants(name)) {
          personNames.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(person);
        }
      }
      bySurname.computeIfAbsent(person.surname().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(person);
    }

    ActorLexicon build() {
      personNames.forEach((phrase, people) -> names.add(PhraseIndex.words(phrase), ActorEntry.of(merged(phrase, people))));
      Map<String, List<PersonEntry>> surnames = new HashMap<>();
      bySurname.forEach((surname, people) -> surnames.put(surname, List.copyOf(people)));
      return new ActorLexicon(names.build(), Map.copyOf(surnames), java.util.Set.copyOf(lowerCaseNames));
    }

    private static PersonEntry merged(String phrase, List<PersonEntry> people) {
      if (people.size() == 1) return people.get(0);
      List<Office> offices = people.stream().flatMap(p -> p.offices().stream()).toList();
      return new PersonEntry(people.get(0).name(), people.get(0).surname(), offices);
    }

    /**
     * A name as written, with hyphens as spaces, and in the other spelling of "organization"
     * ("Organisation for Security and Co-operation in Europe" is the OSCE too).
     */
    private static List<List<String>> variants(String name) {
      List<String> spellings = new ArrayList<>(List.of(name));
      String other = otherSpelling(name);
      if (!other.equals(name)) spellings.add(other);
      List<List<String>> out = new ArrayList<>();
      for (String spelling : spellings) {
        out.add(PhraseIndex.words(spelling));
        if (spelling.indexOf('-') >= 0) out.add(PhraseIndex.words(spelling.replace('-', ' ')));
      }
      return out;
    }

    private static String otherSpelling(String name) {
      if (name.contains("rganization")) return name.replace("rganization", "rganisation");
      return name.replace("rganisation", "rganization");
    }
  }
}
