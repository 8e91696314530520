package parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import parley.core.doc.ActorRef;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.EventType;
import parley.core.doc.Evidence;
import parley.core.doc.Mode;
import parley.core.doc.Span;

/** Made-up documents full of plausible events, for measuring the store (never for results). */
public final class SyntheticEvents {
  private static final String[] COUNTRIES = {"USA", "CHN", "RUS", "PRK", "KOR", "JPN", "IRN", "ISR", "PSE",
      "UKR", "GBR", "FRA", "DEU", "IND", "PAK", "AFG", "SYR", "TUR", "EGY", "SAU"};
  private static final String[] ROLES = {"", "", "GOV", "MIL", "REB", "OPP", "BUS"};
  private static final String[] CODES = {"010", "020", "036", "042", "057", "061", "071", "111", "112",
      "130", "141", "160", "173", "190", "193", "0311", "0251"};
  private static final LocalDate START = LocalDate.of(2015, 1, 1);

  private final SplittableRandom random;
  private final int eventsPerDocument;
  private long documents;

  public SyntheticEvents(long seed, int eventsPerDocument) {
    this.random = new SplittableRandom(seed);
    this.eventsPerDocument = eventsPerDocument;
  }

  /** The next {@code count} documents. */
  public List<Document> next(int count) {
    List<Document> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) out.add(document());
    return out;
  }

  private Document document() {
    String id = "synthetic-" + (++documents);
    LocalDate published = START.plusDays(random.nextInt(3650));
    List<Event> events = new ArrayList<>(eventsPerDocument);
    for (int e = 1; e <= eventsPerDocument; e++) events.add(event(id + "#e" + e, published));
    String text = "Synthetic story " + id + " with words " + random.nextLong() + " and " + random.nextLong() + ".";
    return Document.of(id, text, Optional.of(published))
        .withMetadata(Optional.of("Synthetic " + id), Optional.empty(), Optional.empty(),
            Optional.of("outlet" + random.nextInt(50)))
        .withEvents(events);
  }

  private Event event(String id, LocalDate published) {
    String code = CODES[random.nextInt(CODES.length)];
    int quad = EventType.quadOfRoot(code);
    EventType type = new EventType(code, "", quad * 2.5 - 6, quad, "");
    String day = published.minusDays(random.nextInt(3)).toString();
    return new Event(id, actor(), Optional.of(actor()), type, Mode.ASSERTED, EventDate.fromValue(day),
        random.nextInt(20), new Evidence("synthetic evidence sentence for " + id, new Span(0, 40)), "synthetic");
  }

  private ActorRef actor() {
    String code = COUNTRIES[random.nextInt(COUNTRIES.length)] + ROLES[random.nextInt(ROLES.length)];
    return ActorRef.of(code, code.toLowerCase(java.util.Locale.ROOT), new Span(0, 3));
  }
}
