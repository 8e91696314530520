package parley.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import parley.core.doc.ActorMention;
import parley.core.doc.ActorRef;
import parley.core.doc.Deadline;
import parley.core.doc.Document;
import parley.core.doc.Event;
import parley.core.doc.Quote;
import parley.core.doc.TimeExpression;

/** Appends a batch of documents to every table, with DuckDB's appender (inside the caller's transaction). */
final class DocumentRows implements AutoCloseable {
  private final DuckDBAppender documents;
  private final DuckDBAppender signatures;
  private final DuckDBAppender events;
  private final DuckDBAppender actors;
  private final DuckDBAppender quotes;
  private final DuckDBAppender times;
  private final DuckDBAppender deadlines;

  DocumentRows(DuckDBConnection connection) throws SQLException {
    documents = connection.createAppender("documents");
    signatures = connection.createAppender("document_signatures");
    events = connection.createAppender("events");
    actors = connection.createAppender("actors");
    quotes = connection.createAppender("quotes");
    times = connection.createAppender("times");
    deadlines = connection.createAppender("deadlines");
  }

  /** The document's own row and its MinHash signature, from its fingerprint. */
  void appendDocument(Document doc, Fingerprint fingerprint, LocalDateTime ingested) throws SQLException {
    documents.beginRow().append(doc.id());
    text(documents, doc.source());
    text(documents, doc.url());
    date(documents, doc.published());
    text(documents, doc.title());
    documents.append(fingerprint.hash()).append(doc.text().length()).append(ingested).endRow();
    Optional<long[]> signature = fingerprint.signature();
    if (signature.isPresent()) {
      signatures.beginRow().append(doc.id()).append(signature.get()).append(MinHash.bands(signature.get())).endRow();
    }
  }

  /** What was coded in the document: events, actor mentions, quotes, times and deadlines. */
  void appendCoded(Document doc) throws SQLException {
    for (Event e : doc.events()) appendEvent(doc, e);
    for (ActorMention a : doc.actors()) {
      actors.beginRow().append(doc.id()).append(a.sentence());
      text(actors, a.actor().code());
      actors.append(a.actor().text()).append(a.actor().span().start()).append(a.actor().span().end())
          .append(a.how()).endRow();
    }
    for (Quote q : doc.quotes()) {
      quotes.beginRow().append(doc.id());
      text(quotes, q.speaker().flatMap(ActorRef::code));
      text(quotes, q.speaker().map(ActorRef::text));
      quotes.append(q.text()).append(q.span().start()).append(q.span().end()).append(q.direct()).endRow();
    }
    for (TimeExpression t : doc.times()) {
      times.beginRow().append(doc.id()).append(t.text());
      text(times, t.value());
      times.append(t.span().start()).append(t.span().end()).endRow();
    }
    for (Deadline d : doc.deadlines()) appendDeadline(doc.id(), d);
  }

  /** One event row. */
  void appendEvent(Document doc, Event e) throws SQLException {
    events.beginRow().append(e.id()).append(doc.id());
    actor(events, Optional.of(e.source()));
    actor(events, e.target());
    events.append(e.type().code()).append(e.type().root()).append(e.type().name())
        .append(e.type().quad()).append(e.type().goldstein());
    text(events, Optional.of(e.type().plover()).filter(p -> !p.isEmpty()));
    events.append(e.mode().label());
    text(events, e.date().value());
    events.append(e.date().precision());
    date(events, EventDays.dayOf(e.date(), doc.published()));
    events.append(e.sentence()).append(e.evidence().text()).append(e.evidence().span().start())
        .append(e.evidence().span().end()).append(e.rule()).endRow();
  }

  private void appendDeadline(String id, Deadline d) throws SQLException {
    deadlines.beginRow().append(id);
    text(deadlines, d.setter().flatMap(ActorRef::code));
    text(deadlines, d.setter().map(ActorRef::text));
    text(deadlines, d.addressee().flatMap(ActorRef::code));
    text(deadlines, d.addressee().map(ActorRef::text));
    text(deadlines, d.demand());
    text(deadlines, d.due());
    text(deadlines, d.set());
    deadlines.append(d.evidence().text()).append(d.evidence().span().start())
        .append(d.evidence().span().end()).endRow();
  }

  private static void actor(DuckDBAppender appender, Optional<ActorRef> actor) throws SQLException {
    if (actor.isEmpty()) {
      appender.appendNull().appendNull().appendNull().appendNull();
      return;
    }
    text(appender, actor.get().code());
    appender.append(actor.get().text()).append(actor.get().span().start()).append(actor.get().span().end());
  }

  private static void text(DuckDBAppender appender, Optional<String> value) throws SQLException {
    if (value.isPresent()) appender.append(value.get());
    else appender.appendNull();
  }

  private static void date(DuckDBAppender appender, Optional<LocalDate> value) throws SQLException {
    if (value.isPresent()) appender.append(value.get());
    else appender.appendNull();
  }

  /**
   * Flushes every appender; a constraint violation surfaces here. (DuckDB's {@code close()} alone
   * drops a failed flush silently, so flush first.)
   */
  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (DuckDBAppender a : List.of(documents, signatures, events, actors, quotes, times, deadlines)) {
      try {
        if (first == null) a.flush();
        a.close();
      } catch (SQLException e) {
        if (first == null) first = e;
      }
    }
    if (first != null) throw first;
  }
}
