package parley.core.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding with the checks every reader needs: empty, binary, invalid UTF-8, BOM. */
final class TextDecoder {
  private TextDecoder() {}

  static String decode(byte[] bytes, String sourceName) {
    if (bytes.length == 0) throw new InputException(sourceName, "empty input");
    int probe = Math.min(bytes.length, 8192);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) throw new InputException(sourceName, "binary input (NUL byte at offset " + i + ")");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (MalformedInputException e) {
      throw new InputException(sourceName, lineOf(bytes, firstBadByte(bytes)),
          "invalid UTF-8 (byte offset " + firstBadByte(bytes) + ")");
    } catch (CharacterCodingException e) {
      throw new InputException(sourceName, "cannot decode as UTF-8: " + e.getMessage());
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    if (text.isBlank()) throw new InputException(sourceName, "empty input (only whitespace)");
    return text;
  }

  private static int firstBadByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') line++;
    }
    return line;
  }
}
