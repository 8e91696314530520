package parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text with white space collapsed: the same story read twice hashes the same. */
public final class ContentHash {
  private ContentHash() {}

  public static String of(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal(text).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this Java", e);
    }
  }

  /**
   * The text stripped ({@link String#strip()}), each run of regex white space ({@code \s}: space,
   * tab, new line, vertical tab, form feed, carriage return) made one space.
   */
  static String normal(String text) {
    String stripped = text.strip();
    StringBuilder out = new StringBuilder(stripped.length());
    boolean inSpace = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!inSpace) out.append(' ');
        inSpace = true;
      } else {
        out.append(c);
        inSpace = false;
      }
    }
    return out.toString();
  }
}
