package parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import parley.core.doc.ActorRef;
import parley.core.doc.Event;
import parley.core.doc.EventDate;
import parley.core.doc.EventType;
import parley.core.doc.Evidence;
import parley.core.doc.Mode;
import parley.core.doc.Span;

/** Reads a document's events back as the records they were stored from. */
public final class StoredEvents {
  private static final String SQL = "SELECT * FROM events WHERE document_id = ? ORDER BY id";
  private final DuckDbEventStore store;

  public StoredEvents(DuckDbEventStore store) {
    this.store = store;
  }

  public List<Event> of(String documentId) {
    try (PreparedStatement st = store.connection().prepareStatement(SQL)) {
      st.setString(1, documentId);
      List<Event> events = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) events.add(event(rs));
      }
      return events;
    } catch (SQLException e) {
      throw StoreErrors.of(store.name(), e);
    }
  }

  private static Event event(ResultSet rs) throws SQLException {
    ActorRef source = actor(rs, "source").orElseThrow(() -> new IllegalStateException("event without source"));
    EventType type = new EventType(rs.getString("code"), Optional.ofNullable(rs.getString("name")).orElse(""),
        rs.getDouble("goldstein"), rs.getInt("quad"), Optional.ofNullable(rs.getString("plover")).orElse(""));
    EventDate date = new EventDate(Optional.ofNullable(rs.getString("date_value")), rs.getString("date_precision"));
    Evidence evidence = new Evidence(rs.getString("evidence_text"),
        new Span(rs.getInt("evidence_start"), rs.getInt("evidence_end")));
    return new Event(rs.getString("id"), source, actor(rs, "target"), type, Mode.fromLabel(rs.getString("mode")),
        date, rs.getInt("sentence"), evidence, rs.getString("rule"));
  }

  private static Optional<ActorRef> actor(ResultSet rs, String role) throws SQLException {
    String text = rs.getString(role + "_text");
    if (text == null) return Optional.empty();
    return Optional.of(new ActorRef(Optional.ofNullable(rs.getString(role + "_code")), text,
        new Span(rs.getInt(role + "_start"), rs.getInt(role + "_end"))));
  }
}
