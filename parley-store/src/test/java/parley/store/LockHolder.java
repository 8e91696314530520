package parley.store;

import java.nio.file.Path;

/** Holds a store open in another process until its stdin closes (for the lock test). */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (DuckDbEventStore store = DuckDbEventStore.open(Path.of(args[0]))) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to let go
      }
    }
  }
}
