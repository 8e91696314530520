package parley.core.read;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a file name carries: an ISO date ({@code seoul-2019-11-10.txt},
 * {@code 2019-11-10_story.txt}) in the name, not in the folders above it.
 */
final class FileNameDate {
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}-\\d{2}-\\d{2}(?!\\d)");

  private FileNameDate() {}

  static Optional<LocalDate> of(String sourceName) {
    String name = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
    Matcher m = ISO.matcher(name);
    return m.find() ? PublishedDate.parse(m.group()) : Optional.empty();
  }
}
