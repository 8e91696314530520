package parley.core.doc;

import java.util.Objects;
import java.util.Optional;

/**
 * When an event happened: an ISO value ("2019-11-08", "2019-04", "2019") and how it was found:
 * the precision of the value, or {@code published} when only the publication date was known.
 */
public record EventDate(Optional<String> value, String precision) {
  public EventDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
  }

  public static EventDate unknown() {
    return new EventDate(Optional.empty(), "none");
  }

  public static EventDate published(String iso) {
    return new EventDate(Optional.ofNullable(iso), iso == null ? "none" : "published");
  }

  /** A value taken from a time expression; precision follows from its shape. */
  public static EventDate fromValue(String iso) {
    // an event date is a day at most: "2019-11-08TNI" (Friday night), "2019-11-08T10:00" date it on 2019-11-08
    String date = iso.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? iso.substring(0, 10) : iso;
    return new EventDate(Optional.of(date), precisionOf(date));
  }

  /**
   * The precision of an ISO value: {@code day}, {@code week} ("2019-W45"), {@code weekend}
   * ("2019-W45-WE"), {@code month}, {@code season} ("2019-SU", "last summer"), {@code quarter}
   * ("2019-Q3"), {@code half} ("2019-H1"), {@code year}, {@code decade} ("198", "the 1980s"), else
   * {@code other}.
   */
  static String precisionOf(String iso) {
    if (iso.matches("\\d{4}-\\d{2}-\\d{2}.*")) return "day";
    if (iso.matches("\\d{4}-W\\d{2}")) return "week";
    if (iso.matches("\\d{4}-W\\d{2}-WE")) return "weekend";
    if (iso.matches("\\d{4}-\\d{2}")) return "month";
    if (iso.matches("\\d{4}-(SP|SU|FA|AU|WI)")) return "season";
    if (iso.matches("\\d{4}-Q[1-4]")) return "quarter";
    if (iso.matches("\\d{4}-H[12]")) return "half";
    if (iso.matches("\\d{4}")) return "year";
    if (iso.matches("\\d{3}")) return "decade";
    return "other";
  }
}
