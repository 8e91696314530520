package parley.core.lexicon;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Parley's actor formats into an {@link ActorLexicon.Builder}.
 *
 * <p>{@code actors.txt}: {@code CODE  KIND  Name | Alias | Capital@capital | Adjective@adj | People@people}
 * with KIND one of country, organisation, group. {@code people.txt}: one office spell a line,
 * {@code Name | Alias | Surname@surname  CODE  FROM..TO}, dates ISO, either end open.
 */
final class ActorLexiconReader {
  private static final String CODE = "[A-Z]{3}(?:[A-Z]{3})*";

  private ActorLexiconReader() {}

  static void readActors(List<LexiconLines.Line> lines, ActorLexicon.Builder builder) {
    for (LexiconLines.Line line : LexiconLines.content(lines)) {
      String[] parts = line.text().trim().split("\\s+", 3);
      if (parts.length < 3) throw line.error("expected CODE KIND names, found '" + line.text().trim() + "'");
      String code = checkedCode(line, parts[0]);
      ActorKind kind = switch (parts[1]) {
        case "country" -> ActorKind.COUNTRY;
        case "organisation" -> ActorKind.ORGANISATION;
        case "group" -> ActorKind.GROUP;
        default -> throw line.error("unknown kind '" + parts[1] + "' (country, organisation, group)");
      };
      List<String> names = names(line, parts[2]);
      String canonical = nameOf(names.get(0));
      for (String name : names) {
        ActorKind nameKind = kindOf(line, name, kind);
        Optional<ActorEntry> clash = builder.add(nameOf(name), new ActorEntry(code, nameKind, canonical));
        if (clash.isPresent()) {
          throw line.error("'" + nameOf(name) + "' already names " + clash.get().code() + " (" + clash.get().name() + ")");
        }
      }
    }
  }

  static void readPeople(List<LexiconLines.Line> lines, ActorLexicon.Builder builder) {
    Map<String, Person> people = new LinkedHashMap<>();
    for (LexiconLines.Line line : LexiconLines.content(lines)) {
      String text = line.text().trim();
      int rangeStart = text.lastIndexOf(' ') + 1;
      String before = text.substring(0, Math.max(0, rangeStart)).trim();
      int codeStart = before.lastIndexOf(' ') + 1;
      if (rangeStart == 0 || codeStart == 0) throw line.error("expected names CODE FROM..TO, found '" + text + "'");
      Office office = office(line, checkedCode(line, before.substring(codeStart)), text.substring(rangeStart));
      List<String> names = names(line, before.substring(0, codeStart));
      Person person = people.computeIfAbsent(names.get(0), Person::new);
      for (String name : names) {
        if (name.endsWith("@surname")) person.surname = nameOf(name);
        else if (name.contains("@")) throw line.error("unknown mark in '" + name + "' (only @surname)");
        else person.names.add(name);
      }
      person.offices.add(office);
    }
    for (Person person : people.values()) {
      String surname = person.surname != null ? person.surname : lastWord(person.name);
      builder.addPerson(new PersonEntry(person.name, surname, person.offices), List.copyOf(person.names));
    }
  }

  private static final class Person {
    final String name;
    final Set<String> names = new LinkedHashSet<>();
    final List<Office> offices = new ArrayList<>();
    String surname;

    Person(String name) {
      this.name = name;
    }
  }

  private static Office office(LexiconLines.Line line, String code, String range) {
    int dots = range.indexOf("..");
    if (dots < 0) throw line.error("expected a date range FROM..TO, found '" + range + "'");
    try {
      LocalDate from = dots == 0 ? LocalDate.MIN : LocalDate.parse(range.substring(0, dots));
      LocalDate to = dots + 2 == range.length() ? LocalDate.MAX : LocalDate.parse(range.substring(dots + 2));
      if (from.isAfter(to)) throw line.error("office ends before it starts: '" + range + "'");
      return new Office(code, from, to);
    } catch (DateTimeParseException e) {
      throw line.error("bad date in '" + range + "': " + e.getParsedString());
    }
  }

  private static List<String> names(LexiconLines.Line line, String text) {
    List<String> names = new ArrayList<>();
    for (String name : text.split("\\|")) {
      String trimmed = name.trim();
      if (trimmed.isEmpty() || nameOf(trimmed).isEmpty()) throw line.error("empty name in '" + text.trim() + "'");
      names.add(trimmed);
    }
    return names;
  }

  private static ActorKind kindOf(LexiconLines.Line line, String name, ActorKind kind) {
    int at = name.lastIndexOf('@');
    if (at < 0) return kind;
    return switch (name.substring(at + 1)) {
      case "capital" -> ActorKind.CAPITAL;
      case "adj" -> ActorKind.ADJECTIVE;
      case "people" -> ActorKind.PEOPLE;
      default -> throw line.error("unknown mark '" + name.substring(at) + "' (@capital, @adj, @people)");
    };
  }

  private static String nameOf(String name) {
    int at = name.lastIndexOf('@');
    return (at < 0 ? name : name.substring(0, at)).trim();
  }

  private static String lastWord(String name) {
    List<String> words = PhraseIndex.words(name);
    return words.get(words.size() - 1);
  }

  private static String checkedCode(LexiconLines.Line line, String code) {
    if (!code.matches(CODE)) throw line.error("not a CAMEO actor code: '" + code + "'");
    return code;
  }
}
