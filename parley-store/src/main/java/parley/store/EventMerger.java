package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Keeps, in SQL over the stored events, what follows from all of them together:
 * <ol>
 *   <li>{@code duplicates}: documents whose text is a near-copy of an earlier one ({@link DuplicateFinder});</li>
 *   <li>{@code merged_events}: reports of one real-world event (same source and target actor
 *       codes, same CAMEO root, same mode, event days each within the window of the previous
 *       report) merged GDELT-style, with num_mentions (coded events), num_sources (outlets) and
 *       num_articles (documents, a wire copy counted with its original);</li>
 *   <li>{@code mentions}: one row per coded event, linking it to its merged event.</li>
 * </ol>
 * Events without any actor code, or without a day, are never merged with others. A merged event's
 * id comes from its merge key and first day, so it keeps its id when later reports join it.
 *
 * <p>{@link #merge} is incremental: documents not in {@code merged_documents} are new; only the
 * merged events of their merge keys that lie within the window of their days are merged again
 * (a merge key's reports chain only within the window, so the others cannot change). Different
 * settings from the last merge's rebuild everything.
 */
final class EventMerger {
  /** One merge key a real-world event; an event with no actor code or no day is its own key. */
  private static final String KEY = """
      concat_ws('|', coalesce(source_code, ''), coalesce(target_code, ''), root, mode,
          CASE WHEN (source_code IS NULL AND target_code IS NULL) OR day IS NULL THEN %s ELSE '' END)""";

  private static final String CLUSTERS = """
      CREATE TEMP TABLE merge_clusters AS
      WITH keyed AS (
        SELECT e.id, e.document_id, e.sentence, e.source_code, e.source_text, e.target_code, e.target_text,
               e.code, e.root, e.quad, e.goldstein, e.plover, e.mode, e.day, %s AS merge_key,
               coalesce(dup.original_id, e.document_id) AS article_id,
               coalesce(d.source, regexp_extract(d.url, '^[A-Za-z]+://([^/:]+)', 1), '') AS outlet,
               d.url, d.ingested
        FROM %s e
        JOIN documents d ON d.id = e.document_id
        LEFT JOIN duplicates dup ON dup.document_id = e.document_id
      ), gaps AS (
        SELECT *, CASE WHEN date_diff('day', lag(day) OVER w, day) <= ? THEN 0 ELSE 1 END AS starts
        FROM keyed
        WINDOW w AS (PARTITION BY merge_key ORDER BY day, id)
      )
      SELECT *, sum(starts) OVER w AS cluster, row_number() OVER w AS ord
      FROM gaps
      WINDOW w AS (PARTITION BY merge_key ORDER BY day, id ROWS UNBOUNDED PRECEDING)
      """.formatted(KEY.formatted("e.id"), "%s");

  private static final String GROUPS = """
      CREATE TEMP TABLE merge_groups AS
      SELECT CAST(('0x' || left(md5(merge_key || '|' || coalesce(CAST(first_day AS VARCHAR), '')), 15)) AS BIGINT)
               AS merged_id, *
      FROM (
        SELECT merge_key, cluster,
               min(day) AS first_day, max(day) AS last_day,
               arg_min(source_code, ord) AS source_code, arg_min(source_text, ord) AS source_name,
               arg_min(target_code, ord) AS target_code, arg_min(target_text, ord) AS target_name,
               arg_min(code, ord) AS code, arg_min(root, ord) AS root, arg_min(quad, ord) AS quad,
               arg_min(goldstein, ord) AS goldstein, arg_min(plover, ord) AS plover, arg_min(mode, ord) AS mode,
               arg_min(sentence, ord) < 3 AS is_root_event,
               count(*) AS num_mentions, count(DISTINCT outlet) AS num_sources,
               count(DISTINCT article_id) AS num_articles,
               arg_min(id, ord) AS first_event_id, arg_min(document_id, ord) AS first_document_id,
               arg_min(url, ord) AS source_url, min(ingested) AS date_added
        FROM merge_clusters
        GROUP BY merge_key, cluster)
      """;

  private static final String MERGED = """
      INSERT INTO merged_events
      SELECT merged_id, first_day, last_day, source_code, source_name, target_code, target_name, code, root,
             quad, goldstein, plover, mode, is_root_event, num_mentions, num_sources, num_articles,
             first_event_id, first_document_id, source_url, date_added
      FROM merge_groups
      """;

  private static final String MENTIONS = """
      INSERT INTO mentions
      SELECT g.merged_id, c.id, c.document_id, c.article_id, c.sentence, c.article_id <> c.document_id
      FROM merge_clusters c JOIN merge_groups g ON g.merge_key = c.merge_key AND g.cluster = c.cluster
      """;

  /** The events of the changed documents, with their merge keys. */
  private static final String TOUCHED = """
      CREATE TEMP TABLE touched_events AS
      SELECT id, document_id, day, %s AS merge_key
      FROM events WHERE document_id IN (SELECT document_id FROM changed_documents)
      """.formatted(KEY.formatted("id"));

  /** Merged events within the window of a touched event of their key, or holding one. */
  private static final String STALE = """
      CREATE TEMP TABLE stale_merged AS
      WITH days AS (SELECT DISTINCT merge_key, day FROM touched_events WHERE day IS NOT NULL)
      SELECT m.id
      FROM (SELECT id, day, last_day, %s AS merge_key FROM merged_events) m
      JOIN days t ON t.merge_key = m.merge_key AND m.day <= t.day + ? AND m.last_day >= t.day - ?
      UNION
      SELECT merged_event_id FROM mentions
      WHERE (event_id, document_id) IN (SELECT (id, document_id) FROM touched_events)
      """.formatted(KEY.formatted("first_event_id"));

  /** The events to merge again: those of the stale merged events, and the touched ones. */
  private static final String REMERGED = """
      CREATE TEMP TABLE remerged_events AS
      SELECT e.* FROM events e
      SEMI JOIN (SELECT event_id AS id, document_id FROM mentions
                 WHERE merged_event_id IN (SELECT id FROM stale_merged)
                 UNION SELECT id, document_id FROM touched_events) r
        ON r.id = e.id AND r.document_id = e.document_id
      """;

  private final Connection connection;

  EventMerger(Connection connection) {
    this.connection = connection;
  }

  /** Brings the three tables up to date with the stored documents; the caller holds the transaction. */
  MergeSummary merge(MergeSettings settings) throws SQLException {
    if (!lastSettings().equals(Optional.of(settings))) return rebuild(settings);
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TEMP TABLE new_documents AS SELECT id FROM documents "
          + "WHERE id NOT IN (SELECT document_id FROM merged_documents)");
      if (count(st, "new_documents") > 0) {
        new DuplicateFinder(connection, settings).findNew();
        st.execute(TOUCHED);
        staleMerged(settings.windowDays());
        st.execute(REMERGED);
        st.execute("DELETE FROM mentions WHERE merged_event_id IN (SELECT id FROM stale_merged)");
        st.execute("DELETE FROM merged_events WHERE id IN (SELECT id FROM stale_merged)");
        cluster("remerged_events", settings.windowDays());
        st.execute("INSERT INTO merged_documents SELECT id FROM new_documents");
        for (String table : new String[] {"changed_documents", "touched_events", "stale_merged", "remerged_events"}) {
          st.execute("DROP TABLE " + table);
        }
      }
      st.execute("DROP TABLE new_documents");
      return summary(st);
    }
  }

  /** Rebuilds the three tables from all stored documents; the caller holds the transaction. */
  MergeSummary rebuild(MergeSettings settings) throws SQLException {
    try (Statement st = connection.createStatement()) {
      for (String table : new String[] {"mentions", "merged_events", "duplicates", "merged_documents", "merge_settings"}) {
        st.execute("DELETE FROM " + table);
      }
      new DuplicateFinder(connection, settings).findAll();
      cluster("events", settings.windowDays());
      st.execute("INSERT INTO merged_documents SELECT id FROM documents");
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO merge_settings VALUES (?, ?)")) {
        insert.setInt(1, settings.windowDays());
        insert.setDouble(2, settings.duplicateSimilarity());
        insert.executeUpdate();
      }
      return summary(st);
    }
  }

  private Optional<MergeSettings> lastSettings() throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT window_days, duplicate_similarity FROM merge_settings")) {
      return rs.next() ? Optional.of(new MergeSettings(rs.getInt(1), rs.getDouble(2))) : Optional.empty();
    }
  }

  private void staleMerged(int windowDays) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(STALE)) {
      st.setInt(1, windowDays);
      st.setInt(2, windowDays);
      st.execute();
    }
  }

  /** Merges the events of a table (all columns of {@code events}) into merged events and mentions. */
  private void cluster(String events, int windowDays) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(CLUSTERS.formatted(events))) {
      st.setInt(1, windowDays);
      st.execute();
    }
    try (Statement st = connection.createStatement()) {
      st.execute(GROUPS);
      st.execute(MERGED);
      st.execute(MENTIONS);
      st.execute("DROP TABLE merge_clusters");
      st.execute("DROP TABLE merge_groups");
    }
  }

  private static MergeSummary summary(Statement st) throws SQLException {
    return new MergeSummary(count(st, "merged_events"), count(st, "mentions"), count(st, "duplicates"));
  }

  private static long count(Statement st, String table) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
