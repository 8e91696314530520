package parley.core.lexicon;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A named person and the offices they held, in order of their start. */
public record PersonEntry(String name, String surname, List<Office> offices) {
  public PersonEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(surname, "surname");
    if (offices.isEmpty()) throw new IllegalArgumentException("a person needs an office: " + name);
    offices = offices.stream().sorted(Comparator.comparing(Office::from)).toList();
  }

  /** The code of the office held on a date (the latest-starting one if several), or empty. */
  public Optional<String> codeOn(LocalDate date) {
    Office held = null;
    for (Office office : offices) {
      if (office.covers(date)) held = office;
    }
    return held == null ? Optional.empty() : Optional.of(held.code());
  }

  /** The code of the latest office that ended before a date, or empty: what the person was before. */
  public Optional<String> codeBefore(LocalDate date) {
    Office last = null;
    for (Office office : offices) {
      if (office.to().isBefore(date) && (last == null || office.to().isAfter(last.to()))) last = office;
    }
    return last == null ? Optional.empty() : Optional.of(last.code());
  }

  /** The code of the latest office: what to use when the date is unknown. */
  public String latestCode() {
    return offices.get(offices.size() - 1).code();
  }

  public boolean holdsOfficeOn(LocalDate date) {
    return codeOn(date).isPresent();
  }
}
