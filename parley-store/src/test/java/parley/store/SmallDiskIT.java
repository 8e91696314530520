package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import parley.core.doc.Document;

/**
 * A store on a 4 MB tmpfs: a full disk and a read-only file system give one line and leave what
 * was stored readable. Needs the right to mount (root in a container that allows it); skipped
 * otherwise.
 */
class SmallDiskIT {
  @TempDir Path dir;
  private Path disk;
  private boolean mounted;

  @BeforeEach
  void mountSmallDisk() throws Exception {
    disk = dir.resolve("disk");
    java.nio.file.Files.createDirectories(disk);
    mounted = run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString());
    assumeTrue(mounted, "cannot mount a tmpfs here");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) run("umount", disk.toString());
  }

  @Test
  void write_diskFull_saysSoAndKeepsEarlierBatches() {
    Path file = disk.resolve("parley.duckdb");
    SyntheticEvents synthetic = new SyntheticEvents(7, 10);
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      store.write(synthetic.next(100));
    }
    List<Document> tooBig = synthetic.next(10_000);
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      assertThatThrownBy(() -> store.write(tooBig))
          .isInstanceOf(StoreException.class)
          .hasMessage(file + ": disk full; nothing of the last batch was stored");
    }
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(file)) {
      assertThat(store.counts().documents()).isEqualTo(100);
      assertThat(store.counts().events()).isEqualTo(1_000);
    }
  }

  @Test
  void open_readOnlyFileSystem_saysCannotWriteHereAndStillReads() throws Exception {
    Path file = disk.resolve("parley.duckdb");
    try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
      store.write(new SyntheticEvents(7, 10).next(10));
    }
    assumeTrue(run("mount", "-o", "remount,ro", disk.toString()), "cannot remount read-only");

    assertThatThrownBy(() -> DuckDbEventStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessage(file + ": cannot write here (read-only file or folder)");
    assertThatThrownBy(() -> DuckDbEventStore.open(disk.resolve("new.duckdb")))
        .isInstanceOf(StoreException.class)
        .hasMessage(disk.resolve("new.duckdb") + ": cannot write here (read-only file or folder)");
    try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(file)) {
      assertThat(store.counts().events()).isEqualTo(100);
    }
  }

  private static boolean run(String... command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
