package parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 of a text with white space collapsed: the same story read twice hashes the same. */
public final class ContentHash {
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private ContentHash() {}

  public static String of(String text) {
    String normal = WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from this Java", e);
    }
  }
}
