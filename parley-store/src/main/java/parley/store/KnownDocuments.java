package parley.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import parley.core.doc.Document;

/**
 * The ids and content hashes of the documents a store holds, loaded once into memory (about 30 to
 * 60 bytes a document and key kind), then grown with each document let through: telling whether an
 * article is new costs a hash look-up, however large the store, where asking DuckDB costs a scan
 * of the documents table (it does not use its index for these look-ups). Ids are kept by SHA-256 of
 * the id, texts by their {@link ContentHash}, 128 bits of each.
 */
public final class KnownDocuments {
  private final DigestSet ids = new DigestSet();
  private final DigestSet texts = new DigestSet();

  /** An empty set: nothing is known. */
  public KnownDocuments() {}

  /**
   * Records the document's id and text; whether both were new (no known document has its id or
   * its text). A document seen before under either is recorded all the same, as the caller skips it.
   */
  public boolean add(Document doc) {
    return addStored(doc.id(), ContentHash.of(doc.text()));
  }

  /** Whether a document with this id or this text is known. */
  public boolean knows(Document doc) {
    long[] id = idKey(doc.id());
    long[] text = textKey(ContentHash.of(doc.text()));
    return ids.contains(id[0], id[1]) || texts.contains(text[0], text[1]);
  }

  /** Records a stored document by its id and its content hash (hex); whether both were new. */
  boolean addStored(String id, String textHash) {
    long[] idKey = idKey(id);
    long[] textKey = textKey(textHash);
    boolean newId = ids.add(idKey[0], idKey[1]);
    boolean newText = texts.add(textKey[0], textKey[1]);
    return newId && newText;
  }

  /** Documents recorded (by distinct ids). */
  public int size() {
    return ids.size();
  }

  private static long[] idKey(String id) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      ByteBuffer bytes = ByteBuffer.wrap(digest);
      return new long[] {bytes.getLong(), bytes.getLong()};
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this Java", e);
    }
  }

  private static long[] textKey(String hexHash) {
    return new long[] {HexFormat.fromHexDigitsToLong(hexHash, 0, 16), HexFormat.fromHexDigitsToLong(hexHash, 16, 32)};
  }
}
