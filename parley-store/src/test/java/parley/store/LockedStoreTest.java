package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockedStoreTest {
  @TempDir Path dir;

  @Test
  void open_whileAnotherProcessWrites_saysTheDatabaseIsLocked() throws Exception {
    Path file = dir.resolve("parley.duckdb");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream()));
      assertThat(lines.readLine()).isEqualTo("locked");
      assertThatThrownBy(() -> DuckDbEventStore.open(file))
          .isInstanceOf(StoreException.class)
          .hasMessage(file + ": database is locked by another process");
      assertThatThrownBy(() -> DuckDbEventStore.openReadOnly(file))
          .hasMessage(file + ": database is locked by another process");
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(20, TimeUnit.SECONDS)) holder.destroyForcibly();
    }
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      assertThat(store.counts().documents()).isZero();
    }
  }
}
