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
   * country of their offices only (a former or future leader is not the government); with no date,
   * by the latest office.
   */
  String codeOf(ActorEntry entry) {
    if (entry.kind() != ActorKind.PERSON) return entry.code();
    if (date.isEmpty()) return entry.person().map(PersonEntry::latestCode).orElse(entry.code());
    return entry.codeOn(date.get()).orElseGet(() -> ActorCodes.country(entry.person().map(PersonEntry::latestCode).orElse(entry.code())));
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
