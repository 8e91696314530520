package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store where nothing can be written gives one line. (As root, file modes do not stop writes, so
 * these use places no one can write to; a read-only file system and a full disk are in
 * {@link SmallDiskIT}.)
 */
class UnwritablePlaceTest {
  @TempDir Path dir;

  @Test
  void open_underARegularFile_saysItIsAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");

    assertThatThrownBy(() -> DuckDbEventStore.open(file.resolve("parley.duckdb")))
        .isInstanceOf(StoreException.class)
        .hasMessage(file.resolve("parley.duckdb") + ": cannot write here (" + file + " is a file, not a folder)");
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void open_missingFolder_saysSo() {
    Path file = dir.resolve("no-such-folder").resolve("parley.duckdb");

    assertThatThrownBy(() -> DuckDbEventStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessage(file + ": no such folder " + file.getParent());
  }

  @Test
  void open_inProc_failsWithOneLine() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    Path file = Path.of("/proc/parley-store-test.duckdb");

    assertThatThrownBy(() -> DuckDbEventStore.open(file))
        .isInstanceOf(StoreException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith(file + ": cannot open database").doesNotContain("\n"));
  }
}
