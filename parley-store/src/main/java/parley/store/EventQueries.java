package parley.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The questions {@code parley query} asks of a store. */
public final class EventQueries {
  /** Periods a dyad series is counted by. */
  public enum Period { week, month, year }

  private final DuckDbEventStore store;

  public EventQueries(DuckDbEventStore store) {
    this.store = store;
  }

  /** Coded events matching a filter, by day. */
  public Rows events(EventFilter filter) {
    StringBuilder where = new StringBuilder(" WHERE true");
    List<Object> parameters = new ArrayList<>();
    filter.actor().ifPresent(a -> {
      where.append(" AND (starts_with(source_code, ?) OR starts_with(target_code, ?))");
      parameters.add(upper(a));
      parameters.add(upper(a));
    });
    if (filter.dyadA().isPresent()) {
      appendDyad(where, parameters, upper(filter.dyadA().get()), upper(filter.dyadB().get()));
    }
    filter.code().ifPresent(c -> add(where, parameters, " AND starts_with(code, ?)", c));
    filter.root().ifPresent(r -> add(where, parameters, " AND root = ?", r.length() == 1 ? "0" + r : r));
    filter.quad().ifPresent(q -> add(where, parameters, " AND quad = ?", q));
    filter.mode().ifPresent(m -> add(where, parameters, " AND mode = ?", m.toLowerCase(Locale.ROOT)));
    filter.from().ifPresent(d -> add(where, parameters, " AND day >= ?", d));
    filter.to().ifPresent(d -> add(where, parameters, " AND day <= ?", d));
    filter.text().ifPresent(t ->
        add(where, parameters, " AND contains(lower(evidence_text), ?)", t.toLowerCase(Locale.ROOT)));
    String sql = "SELECT id, day, source_code AS source, target_code AS target, code, quad, goldstein, mode, "
        + "document_id AS document, evidence_text AS evidence FROM events" + where
        + " ORDER BY day NULLS LAST, document_id, id" + (filter.limit() > 0 ? " LIMIT " + filter.limit() : "");
    return run(sql, parameters);
  }

  /**
   * Events between two actors (both directions) per period: counts per quad class, Goldstein sum and
   * mean. Counts merged events (one real-world event once) unless {@code raw}, then every report.
   */
  public Rows dyad(String a, String b, Period by, Optional<String> mode, boolean raw,
      Optional<LocalDate> from, Optional<LocalDate> to) {
    String first = upper(a);
    String second = upper(b);
    List<Object> parameters = new ArrayList<>(List.of(first, second, first, second, second, first));
    StringBuilder where = new StringBuilder(" WHERE day IS NOT NULL");
    appendDyad(where, parameters, first, second);
    mode.ifPresent(m -> add(where, parameters, " AND mode = ?", m.toLowerCase(Locale.ROOT)));
    from.ifPresent(d -> add(where, parameters, " AND day >= ?", d));
    to.ifPresent(d -> add(where, parameters, " AND day <= ?", d));
    String sql = "SELECT strftime(date_trunc('" + by.name() + "', day), '%Y-%m-%d') AS period, "
        + "CASE WHEN starts_with(source_code, ?) AND starts_with(target_code, ?) THEN ? || '>' || ? "
        + "ELSE ? || '>' || ? END AS direction, "
        + "count(*) AS events, "
        + "count(*) FILTER (WHERE quad = 1) AS verbal_coop, count(*) FILTER (WHERE quad = 2) AS material_coop, "
        + "count(*) FILTER (WHERE quad = 3) AS verbal_conflict, count(*) FILTER (WHERE quad = 4) AS material_conflict, "
        + "round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 3) AS goldstein_mean "
        + "FROM " + (raw ? "events" : "merged_events") + where + " GROUP BY 1, 2 ORDER BY 1, 2";
    return run(sql, parameters);
  }

  /** Deadlines falling due after a date (ISO strings compare in order), soonest first. */
  public Rows deadlines(Optional<LocalDate> dueAfter, int limit) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE true");
    dueAfter.ifPresent(d -> add(where, parameters, " AND due > ?", d.toString()));
    String sql = "SELECT due, setter_code AS setter, addressee_code AS addressee, demand, set_on AS set, "
        + "document_id AS document, evidence_text AS evidence FROM deadlines" + where
        + " ORDER BY due NULLS LAST, document_id" + limit(limit);
    return run(sql, parameters);
  }

  /** The most active actors: events as source, as target, in total. */
  public Rows actors(Optional<String> mode, int limit) {
    List<Object> parameters = new ArrayList<>();
    String modeFilter = "";
    if (mode.isPresent()) {
      modeFilter = " AND mode = ?";
      parameters.add(mode.get().toLowerCase(Locale.ROOT));
      parameters.add(mode.get().toLowerCase(Locale.ROOT));
    }
    String sql = "SELECT code, sum(as_source) AS as_source, sum(as_target) AS as_target, "
        + "sum(as_source + as_target) AS total FROM ("
        + "SELECT source_code AS code, 1 AS as_source, 0 AS as_target FROM events WHERE source_code IS NOT NULL" + modeFilter
        + " UNION ALL SELECT target_code, 0, 1 FROM events WHERE target_code IS NOT NULL" + modeFilter
        + ") GROUP BY code ORDER BY total DESC, code" + limit(limit);
    return run(sql, parameters);
  }

  private static void appendDyad(StringBuilder where, List<Object> parameters, String a, String b) {
    where.append(" AND ((starts_with(source_code, ?) AND starts_with(target_code, ?))"
        + " OR (starts_with(source_code, ?) AND starts_with(target_code, ?)))");
    parameters.addAll(List.of(a, b, b, a));
  }

  private static void add(StringBuilder where, List<Object> parameters, String clause, Object value) {
    where.append(clause);
    parameters.add(value);
  }

  private static String limit(int limit) {
    return limit > 0 ? " LIMIT " + limit : "";
  }

  private static String upper(String code) {
    return code.toUpperCase(Locale.ROOT);
  }

  private Rows run(String sql, List<Object> parameters) {
    try (PreparedStatement st = store.connection().prepareStatement(sql)) {
      return SqlRows.run(st, parameters);
    } catch (SQLException e) {
      throw StoreErrors.of(store.name(), e);
    }
  }
}
