package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rebuilds, in SQL over the stored events, what follows from all of them together:
 * <ol>
 *   <li>{@code duplicates}: documents whose text is a near-copy of an earlier one (the same wire
 *       story republished), found by shared MinHash bands and checked on all 64 slots;</li>
 *   <li>{@code merged_events}: reports of one real-world event (same source and target actor
 *       codes, same CAMEO root, same mode, event days each within the window of the previous
 *       report) merged GDELT-style, with num_mentions (coded events), num_sources (outlets) and
 *       num_articles (documents, a wire copy counted with its original);</li>
 *   <li>{@code mentions}: one row per coded event, linking it to its merged event.</li>
 * </ol>
 * Events without any actor code, or without a day, are never merged with others.
 */
final class EventMerger {
  private static final String DUPLICATES = """
      INSERT INTO duplicates
      WITH bands AS (
        SELECT document_id, unnest(bands) AS hash, generate_subscripts(bands, 1) AS band
        FROM document_signatures
      ), candidates AS (
        SELECT DISTINCT a.document_id AS a, b.document_id AS b
        FROM bands a JOIN bands b ON a.band = b.band AND a.hash = b.hash AND a.document_id <> b.document_id
      ), scored AS (
        SELECT c.a, c.b, list_sum(list_transform(range(1, 65),
                 lambda i: CASE WHEN sa.signature[i] = sb.signature[i] THEN 1 ELSE 0 END)) / 64.0 AS similarity
        FROM candidates c
        JOIN document_signatures sa ON sa.document_id = c.a
        JOIN document_signatures sb ON sb.document_id = c.b
      ), earlier AS (
        SELECT s.b AS document_id, s.a AS original_id, s.similarity,
               row_number() OVER (PARTITION BY s.b ORDER BY coalesce(da.published, DATE '9999-12-31'), da.id) AS rank
        FROM scored s JOIN documents da ON da.id = s.a JOIN documents db ON db.id = s.b
        WHERE s.similarity >= ?
          AND (coalesce(da.published, DATE '9999-12-31') < coalesce(db.published, DATE '9999-12-31')
           OR (coalesce(da.published, DATE '9999-12-31') = coalesce(db.published, DATE '9999-12-31') AND da.id < db.id))
      )
      SELECT document_id, original_id, similarity FROM earlier WHERE rank = 1
      """;

  private static final String CLUSTERS = """
      CREATE TEMP TABLE merge_clusters AS
      WITH keyed AS (
        SELECT e.id, e.document_id, e.sentence, e.source_code, e.source_text, e.target_code, e.target_text,
               e.code, e.root, e.quad, e.goldstein, e.plover, e.mode, e.day,
               concat_ws('|', coalesce(e.source_code, ''), coalesce(e.target_code, ''), e.root, e.mode,
                   CASE WHEN (e.source_code IS NULL AND e.target_code IS NULL) OR e.day IS NULL
                        THEN e.id ELSE '' END) AS merge_key,
               coalesce(dup.original_id, e.document_id) AS article_id,
               coalesce(d.source, regexp_extract(d.url, '^[A-Za-z]+://([^/:]+)', 1), '') AS outlet,
               d.url, d.ingested
        FROM events e
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
      """;

  private static final String GROUPS = """
      CREATE TEMP TABLE merge_groups AS
      SELECT row_number() OVER (ORDER BY first_day NULLS LAST, merge_key, cluster) AS merged_id, *
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

  private final Connection connection;

  EventMerger(Connection connection) {
    this.connection = connection;
  }

  /** Rebuilds the three tables; the caller holds the transaction. */
  MergeSummary rebuild(MergeSettings settings) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("DELETE FROM mentions");
      st.execute("DELETE FROM merged_events");
      st.execute("DELETE FROM duplicates");
      st.execute("DROP TABLE IF EXISTS merge_clusters");
      st.execute("DROP TABLE IF EXISTS merge_groups");
    }
    try (PreparedStatement st = connection.prepareStatement(DUPLICATES)) {
      st.setDouble(1, settings.duplicateSimilarity() - 1e-9);
      st.executeUpdate();
    }
    try (PreparedStatement st = connection.prepareStatement(CLUSTERS)) {
      st.setInt(1, settings.windowDays());
      st.execute();
    }
    try (Statement st = connection.createStatement()) {
      st.execute(GROUPS);
      st.execute(MERGED);
      st.execute(MENTIONS);
      st.execute("DROP TABLE merge_clusters");
      st.execute("DROP TABLE merge_groups");
      return new MergeSummary(count(st, "merged_events"), count(st, "mentions"), count(st, "duplicates"));
    }
  }

  private static long count(Statement st, String table) throws SQLException {
    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
