package parley.store;

/**
 * An expected problem with the store (locked, not a Parley database, read-only, disk full), told
 * to the user as one line that starts with the database file name.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
