package parley.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.OptionalInt;

/**
 * An expected problem with an input (a file, a JSON line, a dictionary line, an HTTP parameter):
 * reported to the user as one line naming the input and, where there is one, the line number.
 */
public final class InputException extends RuntimeException {
  private final String source;
  private final OptionalInt line;

  public InputException(String source, int line, String message) {
    super(message);
    this.source = source;
    this.line = line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  public InputException(String source, String message) {
    this(source, 0, message);
  }

  public InputException(String source, int line, String message, Throwable cause) {
    super(message, cause);
    this.source = source;
    this.line = line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * A JSON line or file that does not parse: Jackson's reason on one line, without the location
   * it appends ("[Source: ...; line: 1, column: 9]"), since the source and line are named already.
   */
  public static InputException malformedJson(String source, int line, Exception parseError) {
    String reason = parseError instanceof JsonProcessingException json
        ? json.getOriginalMessage() : String.valueOf(parseError.getMessage());
    reason = reason.split("\\n")[0]
        .replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll("\\s*at \\[Source:[^\\]]*\\]", "")
        .strip();
    return new InputException(source, line, "malformed JSON: " + reason, parseError);
  }

  public String source() {
    return source;
  }

  public OptionalInt line() {
    return line;
  }

  /** "story.json:17: malformed JSON: ..." */
  public String oneLine() {
    return source + (line.isPresent() ? ":" + line.getAsInt() : "") + ": " + getMessage();
  }
}
