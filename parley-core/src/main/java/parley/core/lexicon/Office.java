package parley.core.lexicon;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One spell of a person in an office: the actor code they carry ({@code USAGOV}) from one day to
 * another, both included. An open end is {@link LocalDate#MIN} or {@link LocalDate#MAX}.
 */
public record Office(String code, LocalDate from, LocalDate to) {
  public Office {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) throw new IllegalArgumentException("office ends before it starts: " + from + ".." + to);
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
