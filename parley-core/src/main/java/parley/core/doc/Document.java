package parley.core.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as it flows through Parley. Immutable: every stage returns a new document with what it
 * added ({@link #withSentences}, {@link #withEvents}, ...). All offsets point into {@link #text()}.
 */
public record Document(
    String id,
    String text,
    Optional<LocalDate> published,
    Optional<String> title,
    Optional<Dateline> dateline,
    Optional<String> url,
    Optional<String> source,
    List<Zone> zones,
    List<Sentence> sentences,
    List<ActorMention> actors,
    List<Event> events,
    List<Quote> quotes,
    List<TimeExpression> times,
    List<Deadline> deadlines) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    zones = List.copyOf(zones);
    sentences = List.copyOf(sentences);
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    deadlines = List.copyOf(deadlines);
  }

  /** A document fresh from a reader: text and metadata, nothing annotated yet. */
  public static Document of(String id, String text, Optional<LocalDate> published) {
    return new Document(id, text, published, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public Document withMetadata(Optional<String> newTitle, Optional<Dateline> newDateline,
      Optional<String> newUrl, Optional<String> newSource) {
    return new Document(id, text, published, newTitle, newDateline, newUrl, newSource, zones,
        sentences, actors, events, quotes, times, deadlines);
  }

  public Document withPublished(Optional<LocalDate> date) {
    return new Document(id, text, date, title, dateline, url, source, zones, sentences, actors,
        events, quotes, times, deadlines);
  }

  public Document withZones(List<Zone> newZones) {
    return new Document(id, text, published, title, dateline, url, source, newZones, sentences,
        actors, events, quotes, times, deadlines);
  }

  public Document withSentences(List<Sentence> newSentences) {
    return new Document(id, text, published, title, dateline, url, source, zones, newSentences,
        actors, events, quotes, times, deadlines);
  }

  public Document withActors(List<ActorMention> newActors) {
    return new Document(id, text, published, title, dateline, url, source, zones, sentences,
        newActors, events, quotes, times, deadlines);
  }

  public Document withEvents(List<Event> newEvents) {
    return new Document(id, text, published, title, dateline, url, source, zones, sentences,
        actors, newEvents, quotes, times, deadlines);
  }

  public Document withQuotes(List<Quote> newQuotes) {
    return new Document(id, text, published, title, dateline, url, source, zones, sentences,
        actors, events, newQuotes, times, deadlines);
  }

  public Document withTimes(List<TimeExpression> newTimes) {
    return new Document(id, text, published, title, dateline, url, source, zones, sentences,
        actors, events, quotes, newTimes, deadlines);
  }

  public Document withDeadlines(List<Deadline> newDeadlines) {
    return new Document(id, text, published, title, dateline, url, source, zones, sentences,
        actors, events, quotes, times, newDeadlines);
  }

  /** The section a character offset falls in; BODY where no zone says otherwise. */
  public Section sectionAt(int offset) {
    for (Zone zone : zones) {
      if (zone.span().start() <= offset && offset < zone.span().end()) return zone.section();
    }
    return Section.BODY;
  }

  /** Actor mentions of one sentence. */
  public List<ActorMention> actorsIn(int sentence) {
    return actors.stream().filter(a -> a.sentence() == sentence).toList();
  }

  public String slice(Span span) {
    return span.of(text);
  }
}
