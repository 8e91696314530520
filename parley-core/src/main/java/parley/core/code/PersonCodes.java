package parley.core.code;

import java.time.LocalDate;
import java.util.Optional;
import parley.core.lexicon.ActorEntry;
import parley.core.lexicon.ActorKind;
import parley.core.lexicon.ActorLexicon;
import parley.core.lexicon.PersonEntry;

/**
 * The code of a lexicon entry or of a person known by one name on the article's date: a person is
 * coded by the office held that day; other entries by their own code.
 */
final class PersonCodes {
  private final ActorLexicon actors;
  private final ArticleMemory memory;
  private final Optional<LocalDate> date;

  PersonCodes(ActorLexicon actors, ArticleMemory memory, Optional<LocalDate> date) {
    this.actors = actors;
    this.memory = memory;
    this.date = date;
  }

  /**
   * A person is coded by the office held on the article's date; out of office that day, by the
   * country of their offices only (a future leader is not the government), and one who has left a
   * state's public office is among its elites (CAMEO ELI: "former government officials"); with no
   * date, by the latest office.
   */
  String codeOf(ActorEntry entry) {
    if (entry.kind() != ActorKind.PERSON) return entry.code();
    if (date.isEmpty()) return entry.person().map(PersonEntry::latestCode).orElse(entry.code());
    return entry.codeOn(date.get()).orElseGet(() -> outOfOffice(entry, date.get()));
  }

  private static String outOfOffice(ActorEntry entry, LocalDate day) {
    String country = ActorCodes.country(entry.person().map(PersonEntry::latestCode).orElse(entry.code()));
    Optional<String> before = entry.person().flatMap(p -> p.codeBefore(day));
    boolean leftOffice = before.filter(code -> ActorCodes.isCountry(ActorCodes.country(code)) && code.length() > 3
        && FormerTitles.isOffice(code.substring(3))).isPresent();
    return leftOffice ? ActorCodes.combine(ActorCodes.country(before.get()), FormerTitles.ELITE) : country;
  }

  /** The code of a person known by one name ("Putin"): met earlier in the article, or by surname in the lexicon. */
  Optional<String> knownPersonCode(String name) {
    Optional<String> remembered = memory.personCode(name);
    if (remembered.isPresent()) return remembered;
    String surname = name.toLowerCase(java.util.Locale.ROOT);
    if (date.isPresent()) return actors.personBySurname(surname, date.get()).flatMap(p -> p.codeOn(date.get()));
    return actors.personBySurname(surname).map(PersonEntry::latestCode);
  }
}
