package parley.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the inputs named on a command line: files, folders (recursively), {@code -} for stdin.
 * Picks the reader by name: {@code .jsonl}, {@code .ndjson}, {@code .json} (optionally
 * {@code .gz}) are JSON lines, anything else a plain-text story.
 */
public final class ArticleFiles {
  private final Optional<LocalDate> defaultPublished;

  public ArticleFiles(Optional<LocalDate> defaultPublished) {
    this.defaultPublished = defaultPublished;
  }

  /** Reads every input; an unreadable input is rejected and the others still read. */
  public void readAll(List<String> inputs, InputStream stdin, ArticleSink sink) {
    for (String input : inputs) {
      try {
        if (input.equals("-")) {
          readStream(stdin, "<stdin>", sniffJson(stdin), sink);
        } else {
          for (Path file : expand(Path.of(input), input)) readFile(file, sink);
        }
      } catch (InputException e) {
        sink.reject(e);
      }
    }
  }

  /** The files an input names: itself, or the regular files under a folder in name order. */
  public static List<Path> expand(Path path, String name) {
    if (!Files.exists(path)) throw new InputException(name, "no such file or folder");
    if (!Files.isDirectory(path)) return List.of(path);
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new InputException(name, "cannot list folder: " + e.getMessage());
    }
    if (files.isEmpty()) throw new InputException(name, "folder holds no files");
    return files;
  }

  public void readFile(Path file, ArticleSink sink) {
    String name = file.toString();
    if (!Files.isReadable(file)) throw new InputException(name, "not readable");
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean gzip = lower.endsWith(".gz");
      InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
      String base = gzip ? lower.substring(0, lower.length() - 3) : lower;
      boolean json = base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json");
      readStream(in, name, json, sink);
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
  }

  private void readStream(InputStream in, String name, boolean json, ArticleSink sink) {
    ArticleReader reader = json ? new JsonLinesReader(defaultPublished) : new PlainTextReader(defaultPublished);
    reader.read(in, name, sink);
  }

  private static boolean sniffJson(InputStream in) {
    if (!in.markSupported()) return false;
    try {
      in.mark(16);
      int c;
      do {
        c = in.read();
      } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
      in.reset();
      return c == '{';
    } catch (IOException e) {
      return false;
    }
  }
}
