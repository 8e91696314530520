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
      WITH candidates AS (
        SELECT DISTINCT a.document_id AS a, b.document_id AS b
        FROM document_bands a JOIN document_bands b
          ON a.band = b.band AND a.hash = b.hash AND a.document_id <> b.document_id
      ), scored AS (
        SELECT c.a, c.b, count(*) / 64.0 AS similarity
        FROM candidates c
        JOIN document_minhash ma ON ma.document_id = c.a
        JOIN document_minhash mb ON mb.document_id = c.b AND mb.slot = ma.slot AND mb.value = ma.value
        GROUP BY c.a, c.b
        HAVING count(*) / 64.0 >= ?
      ), earlier AS (
        SELECT s.b AS document_id, s.a AS original_id, s.similarity,
               row_number() OVER (PARTITION BY s.b ORDER BY coalesce(da.published, DATE '9999-12-31'), da.id) AS rank
        FROM scored s JOIN documents da ON da.id = s.a JOIN documents db ON db.id = s.b
        WHERE coalesce(da.published, DATE '9999-12-31') < coalesce(db.published, DATE '9999-12-31')
           OR (coalesce(da.published, DATE '9999-12-31') = coalesce(db.published, DATE '9999-12-31') AND da.id < db.id)
      )
      SELECT document_id, original_id, similarity FROM earlier WHERE rank = 1
      """;

  private static final String CLUSTERS = """
      CREATE TEMP TABLE merge_clusters AS
      WITH keyed AS (
        SELECT e.id, e.document_id, e.sentence, e.source_code, e.source_text, e.target_code, e.target_text,
               e.code, e.root, e.quad, e.goldstein, e.plover, e.mode, e.day,
               coalesce(e.source_code, '') AS skey, coalesce(e.target_code, '') AS tkey,
               CASE WHEN (e.source_code IS NULL AND e.target_code IS NULL) OR e.day IS NULL
                    THEN e.id ELSE '' END AS solo,
               coalesce(dup.original_id, e.document_id) AS article_id,
               coalesce(d.source, regexp_extract(d.url, '^[A-Za-z]+://([^/:]+)', 1), '') AS outlet,
               d.url, d.ingested
        FROM events e
        JOIN documents d ON d.id = e.document_id
        LEFT JOIN duplicates dup ON dup.document_id = e.document_id
      ), gaps AS (
        SELECT *, CASE WHEN lag(day) OVER w IS NULL OR date_diff('day', lag(day) OVER w, day) > ?
                       THEN 1 ELSE 0 END AS starts
        FROM keyed
        WINDOW w AS (PARTITION BY skey, tkey, root, mode, solo ORDER BY day, id)
      ), numbered AS (
        SELECT *, sum(starts) OVER (PARTITION BY skey, tkey, root, mode, solo ORDER BY day, id
                                    ROWS UNBOUNDED PRECEDING) AS cluster
        FROM gaps
      ), dated AS (
        SELECT *, min(day) OVER (PARTITION BY skey, tkey, root, mode, solo, cluster) AS first_day
        FROM numbered
      )
      SELECT *, dense_rank() OVER (ORDER BY first_day NULLS LAST, skey, tkey, root, mode, solo, cluster) AS merged_id
      FROM dated
      """;

  private static final String MERGED = """
      INSERT INTO merged_events
      SELECT merged_id,
             min(day), max(day),
             arg_min(source_code, ord), arg_min(source_text, ord),
             arg_min(target_code, ord), arg_min(target_text, ord),
             arg_min(code, ord), arg_min(root, ord), arg_min(quad, ord), arg_min(goldstein, ord),
             arg_min(plover, ord), arg_min(mode, ord),
             arg_min(sentence, ord) < 3,
             count(*), count(DISTINCT outlet), count(DISTINCT article_id),
             arg_min(id, ord), arg_min(document_id, ord), arg_min(url, ord), min(ingested)
      FROM (SELECT *, coalesce(strftime(day, '%Y%m%d'), '99999999') || id AS ord FROM merge_clusters)
      GROUP BY merged_id
      """;

  private static final String MENTIONS = """
      INSERT INTO mentions
      SELECT merged_id, id, document_id, article_id, sentence, article_id <> document_id
      FROM merge_clusters
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
      st.execute(MERGED);
      st.execute(MENTIONS);
      st.execute("DROP TABLE merge_clusters");
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
