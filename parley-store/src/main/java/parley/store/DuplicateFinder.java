package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Finds near-duplicate documents (the same wire story republished): documents sharing a MinHash
 * band, checked on all 64 slots; each copy points to its earliest original. The caller holds the
 * transaction.
 */
final class DuplicateFinder {
  private static final String BANDS = """
      SELECT document_id, unnest(bands) AS hash, generate_subscripts(bands, 1) AS band
      FROM document_signatures""";

  /** Rows for the copies among {@code %s} (a table of document ids, or all documents). */
  private static final String DUPLICATES = """
      INSERT INTO duplicates
      WITH bands AS (%s), copies AS (%s), candidates AS (
        SELECT DISTINCT a.document_id AS a, b.document_id AS b
        FROM bands a JOIN copies b ON a.band = b.band AND a.hash = b.hash AND a.document_id <> b.document_id
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

  /** New documents, and stored ones sharing a band with a new one: their originals may change. */
  private static final String SCOPE = """
      CREATE TEMP TABLE duplicate_scope AS
      WITH bands AS (%s), fresh AS (
        SELECT * FROM bands WHERE document_id IN (SELECT id FROM new_documents)
      )
      SELECT id AS document_id FROM new_documents
      UNION SELECT b.document_id FROM bands b JOIN fresh f ON b.band = f.band AND b.hash = f.hash
      """.formatted(BANDS);

  /** Documents whose article (the original, else itself) changed: their events count anew. */
  private static final String CHANGED = """
      CREATE TEMP TABLE changed_documents AS
      SELECT s.document_id
      FROM duplicate_scope s
      LEFT JOIN earlier_duplicates o ON o.document_id = s.document_id
      LEFT JOIN duplicates n ON n.document_id = s.document_id
      WHERE o.original_id IS DISTINCT FROM n.original_id
      UNION SELECT id FROM new_documents
      """;

  private final Connection connection;
  private final double similarity;

  DuplicateFinder(Connection connection, MergeSettings settings) {
    this.connection = connection;
    this.similarity = settings.duplicateSimilarity() - 1e-9;
  }

  /** Finds the duplicates among all documents (the table is empty). */
  void findAll() throws SQLException {
    insert("SELECT * FROM bands");
  }

  /**
   * Finds again the originals of the documents in temp table {@code new_documents} and of those
   * that share a band with them; leaves temp table {@code changed_documents}: the new documents,
   * and stored ones whose original changed.
   */
  void findNew() throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute(SCOPE);
      st.execute("CREATE TEMP TABLE earlier_duplicates AS SELECT * FROM duplicates "
          + "WHERE document_id IN (SELECT document_id FROM duplicate_scope)");
      st.execute("DELETE FROM duplicates WHERE document_id IN (SELECT document_id FROM duplicate_scope)");
    }
    insert("SELECT * FROM bands WHERE document_id IN (SELECT document_id FROM duplicate_scope)");
    try (Statement st = connection.createStatement()) {
      st.execute(CHANGED);
      st.execute("DROP TABLE duplicate_scope");
      st.execute("DROP TABLE earlier_duplicates");
    }
  }

  private void insert(String copies) throws SQLException {
    try (PreparedStatement st = connection.prepareStatement(DUPLICATES.formatted(BANDS, copies))) {
      st.setDouble(1, similarity);
      st.executeUpdate();
    }
  }
}
